/**
 * The admin REST API under {@code /ppg/api} (JAX-RS 2.1, JSON-B, described by mpOpenAPI at
 * {@code /openapi}): PI accounts and their policies, the pushes of every PI with their history and
 * cancellation, the registered terminals, and counters. Only the {@code ppg-admin} role may call
 * it (HTTP Basic on every request, the {@code admin} user of the server's basic registry, whose
 * password is {@code PPG_ADMIN_PASSWORD}). Errors are JSON {@code {"error": "..."}} with a 4xx
 * status, never a stack trace; password hashes never leave the server. The resources only
 * translate between HTTP and the application services.
 */
package io.sipush.ppg.interfaces.admin;
