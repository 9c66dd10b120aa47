/**
 * The terminal registry: which SIP contacts a terminal's address of record has registered, until
 * when, and which push application IDs (RFC 3840 feature tag {@code +g.oma.pusheventapp}) each
 * contact accepts. Registrations come from the terminal itself or, in IMS, as third-party
 * REGISTERs from the S-CSCF (3GPP TS 24.229 §5.4.1.7). Container-free.
 */
package io.sipush.ppg.terminal;
