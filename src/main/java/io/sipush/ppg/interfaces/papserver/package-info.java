/**
 * The PAP endpoint (WAP-247-PAP-20010429-a §8, OMA-TS-PAP-V2_1 §8: PAP over HTTP POST). It
 * authenticates the Push Initiator, decodes the request with the container-free PAP codec, calls
 * the application services and encodes the reply. HTTP 202 for an accepted push, 200 for every
 * other PAP reply, 401 without valid credentials, never a 5xx or a stack trace.
 */
package io.sipush.ppg.interfaces.papserver;
