/**
 * OTA-SIP on the SIP Servlet API (JSR 289): the only package that imports {@code
 * javax.servlet.sip}. It sends each push as a SIP MESSAGE (RFC 3428) with {@code Accept-Contact:
 * *;+g.oma.pusheventapp="<app>"} (RFC 3841), passes final answers to the delivery engine, answers
 * trusted digest challenges, and answers REGISTER (RFC 3261 §10) for the terminal registry. Each
 * push in flight has one SIP application session, created and found again by the push's key
 * ({@link io.sipush.ppg.delivery.otasip.PushSessions}); it carries that key and the MESSAGEs out,
 * the state lives in the store, and the PAP side reaches it through {@link
 * io.sipush.ppg.delivery.InFlightMessages}.
 */
package io.sipush.ppg.delivery.otasip;
