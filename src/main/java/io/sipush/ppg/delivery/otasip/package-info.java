/**
 * OTA-SIP on the SIP Servlet API (JSR 289): the only package that imports {@code
 * javax.servlet.sip}. It sends each push as a SIP MESSAGE (RFC 3428) with {@code Accept-Contact:
 * *;+g.oma.pusheventapp="<app>"} (RFC 3841), passes final answers to the delivery engine, and
 * answers REGISTER (RFC 3261 §10) for the terminal registry. Each push has one SIP application
 * session, created by the push's key; it carries only that key, the state lives in the store.
 */
package io.sipush.ppg.delivery.otasip;
