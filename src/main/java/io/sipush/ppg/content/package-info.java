/**
 * Push content that the PPG builds, decodes and verifies, independent of any container.
 *
 * <ul>
 *   <li>{@link io.sipush.ppg.content.dm}: OMA DM General Package #0 (the session-initiation
 *       notification, {@code application/vnd.syncml.notification}).</li>
 *   <li>{@link io.sipush.ppg.content.cp}: OMA Client Provisioning bootstrap documents
 *       ({@code application/vnd.wap.connectivity-wbxml}), their WBXML codec and SEC/MAC.</li>
 * </ul>
 *
 * <p>Nothing here imports a container API ({@code javax.servlet}, {@code javax.ejb}, JPA, CDI), so
 * every class can be unit-tested on its own; the PI tools and the terminal simulator use it as well
 * as the PPG. {@code LayeringRulesTest} holds that rule.
 */
package io.sipush.ppg.content;
