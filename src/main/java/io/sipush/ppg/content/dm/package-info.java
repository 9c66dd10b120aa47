/**
 * OMA DM General Package #0 (OMA-TS-DM_Notification-V1_2 §6): the model, the byte encoder and
 * decoder, the MD5 digest, and a verifier that also tries the resynchronisation nonce.
 *
 * <p>Typical server side: build a {@link io.sipush.ppg.content.dm.Package0} with
 * {@link io.sipush.ppg.content.dm.Package0Builder}, then
 * {@link io.sipush.ppg.content.dm.Package0Encoder#encode} it with the server's credentials and
 * nonce. Receiving side: {@link io.sipush.ppg.content.dm.Package0Verifier#verify}.
 */
package io.sipush.ppg.content.dm;
