/**
 * Application services of the push aggregate (PAP 2.0 §9.2–§9.5): accept a push, report its
 * per-address status, cancel it, and notify the PI of results (§9.4, result notification). Each
 * call is one transaction; callers are the PAP interface, and for result notifications the
 * delivery's final-state transaction and the notification sender. For the operator (admin API
 * and console): search pushes of every PI and read one with its history, cancel one as its PI
 * could, and count what the store holds.
 */
package io.sipush.ppg.push.application;
