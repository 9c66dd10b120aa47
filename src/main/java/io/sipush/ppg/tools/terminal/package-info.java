/**
 * The terminal simulator: a JAIN-SIP user agent that registers with the push application IDs it
 * accepts, receives OTA-SIP MESSAGEs, checks a CP bootstrap's MAC (with its IMSI or PIN) and a
 * DM notification's digest (with the server credentials of its DM account), refuses what fails
 * with a 4xx, and after a valid notification runs the DM session against the server address of
 * its DM account, applying what the server replaces to a small in-memory DM tree.
 *
 * <p>The checks ({@link io.sipush.ppg.tools.terminal.ContentInspector}) and the DM client
 * ({@link io.sipush.ppg.tools.terminal.DmClient}) are free of SIP; only
 * {@link io.sipush.ppg.tools.terminal.TerminalSimulator} uses JAIN-SIP.
 */
package io.sipush.ppg.tools.terminal;
