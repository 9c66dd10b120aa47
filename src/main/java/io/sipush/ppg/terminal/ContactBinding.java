package io.sipush.ppg.terminal;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One Contact of a registration (RFC 3261 §10.2.1): where the terminal can be reached, until
 * when, with which preference and which push application IDs it announced with {@code
 * +g.oma.pusheventapp} (RFC 3840 §9, OMA Push OTA-SIP).
 *
 * @param path the REGISTER's {@code Path} (RFC 3327), top first: the proxies of the SIP/IP core
 *     that requests to this contact go through; empty when the terminal registered directly
 */
public record ContactBinding(
        String contactUri, Instant expiresAt, float q, List<String> pushApplicationIds, List<String> path) {

    public ContactBinding {
        Objects.requireNonNull(contactUri, "contactUri");
        Objects.requireNonNull(expiresAt, "expiresAt");
        pushApplicationIds = List.copyOf(pushApplicationIds);
        path = List.copyOf(path);
    }

    /** A contact registered directly, without a Path. */
    public ContactBinding(String contactUri, Instant expiresAt, float q, List<String> pushApplicationIds) {
        this(contactUri, expiresAt, q, pushApplicationIds, List.of());
    }

    public boolean isActiveAt(Instant now) {
        return expiresAt.isAfter(now);
    }

    /** True when the contact announced no push applications at all, or this one. */
    public boolean accepts(String applicationShortName) {
        return pushApplicationIds.isEmpty() || pushApplicationIds.contains(applicationShortName);
    }

    public boolean announces(String applicationShortName) {
        return pushApplicationIds.contains(applicationShortName);
    }

    /** True when the Contact URI asks for TCP ({@code ;transport=tcp}). */
    public boolean wantsTcp() {
        return contactUri.toLowerCase(Locale.ROOT).contains(";transport=tcp");
    }
}
