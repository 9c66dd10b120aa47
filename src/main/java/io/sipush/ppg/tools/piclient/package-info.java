/**
 * The Push Initiator client: PAP push-message (any content, a DM notification Package #0 or a
 * CP bootstrap), cancel-message, statusquery-message and ccq-message over HTTP with Basic
 * credentials, and a readable summary of the PPG's reply.
 */
package io.sipush.ppg.tools.piclient;
