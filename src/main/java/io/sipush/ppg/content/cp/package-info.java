/**
 * OMA Client Provisioning bootstrap content (OMA-WAP-TS-ProvCont-V1_1, OMA-WAP-TS-ProvBoot-V1_1).
 *
 * <ul>
 *   <li>A general WBXML 1.3 codec (WAP-192-WBXML): {@link io.sipush.ppg.content.cp.WbxmlEncoder},
 *       {@link io.sipush.ppg.content.cp.WbxmlDecoder}, driven by a
 *       {@link io.sipush.ppg.content.cp.WbxmlTokenTable}.</li>
 *   <li>The provisioning document model ({@link io.sipush.ppg.content.cp.ProvisioningDocument},
 *       {@link io.sipush.ppg.content.cp.Characteristic}, {@link io.sipush.ppg.content.cp.Parm}),
 *       its token tables ({@link io.sipush.ppg.content.cp.ProvisioningTokens}) and codec
 *       ({@link io.sipush.ppg.content.cp.ProvisioningWbxml}).</li>
 *   <li>The DM account bootstrap builder
 *       ({@link io.sipush.ppg.content.cp.DmAccountBootstrap}).</li>
 *   <li>SEC/MAC: {@link io.sipush.ppg.content.cp.SecurityMethod},
 *       {@link io.sipush.ppg.content.cp.BootstrapMac},
 *       {@link io.sipush.ppg.content.cp.BootstrapContentType} and
 *       {@link io.sipush.ppg.content.cp.BootstrapVerifier}.</li>
 * </ul>
 */
package io.sipush.ppg.content.cp;
