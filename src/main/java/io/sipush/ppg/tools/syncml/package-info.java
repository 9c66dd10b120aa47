/**
 * The small part of SyncML DM 1.2 (OMA-TS-DM_RepPro-V1_2, XML, {@code application/vnd.syncml.dm+xml})
 * that the DM server and the terminal simulator speak: the header, Alert, Replace and Status, a
 * writer and a reader that refuses DOCTYPEs, and the builders of the session's packages.
 */
package io.sipush.ppg.tools.syncml;
