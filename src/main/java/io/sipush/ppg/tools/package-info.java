/**
 * The command-line tools that ship with the PPG (docs/tools.md): a Push Initiator client, a
 * minimal OMA DM server, a SIP terminal simulator and the demo of the seed's use cases 5.2 and
 * 5.3. {@link io.sipush.ppg.tools.Main} dispatches the sub-commands.
 *
 * <p>Compiled with the main code but packaged in {@code target/ppg-tools.jar}, never in the WAR.
 * Container-free: they use the PAP codec ({@code pap}) and the content code ({@code content}),
 * the JDK's HTTP client and server, and JAIN-SIP.
 */
package io.sipush.ppg.tools;
