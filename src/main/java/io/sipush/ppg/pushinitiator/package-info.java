/**
 * Push Initiator accounts (after Kannel's wap-push-user, WAP-247 §4 "Authentication of the PI"):
 * who may submit pushes, with which password (PBKDF2-hashed, never stored in clear), and the
 * authentication of PAP requests with HTTP Basic (RFC 7617).
 */
package io.sipush.ppg.pushinitiator;
