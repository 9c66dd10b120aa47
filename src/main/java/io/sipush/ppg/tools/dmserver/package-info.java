/**
 * A minimal OMA DM server for the demo and for trying a deployment: it answers a terminal's
 * Package #1 with Status and the Replace of its management plan (after a user confirmation
 * Alert when the plan asks for one), takes the terminal's statuses in Package #3, ends the
 * session, and logs each step. No DM-level authentication: it is a test tool.
 */
package io.sipush.ppg.tools.dmserver;
