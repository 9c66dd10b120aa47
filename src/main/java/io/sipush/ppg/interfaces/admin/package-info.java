/**
 * The admin REST API under {@code /ppg/api} (JAX-RS 2.1, JSON-B): PI accounts and their
 * policies. Only the {@code ppg-admin} role may call it (HTTP Basic, the {@code admin} user of
 * the server's basic registry, whose password is {@code PPG_ADMIN_PASSWORD}). Errors are JSON
 * {@code {"error": "..."}} with a 4xx status, never a stack trace; password hashes never leave
 * the server.
 */
package io.sipush.ppg.interfaces.admin;
