package io.sipush.ppg.terminal;

/** Raised when a REGISTER changed the contacts of an address of record (bound, refreshed or removed). */
public record RegistrationChanged(String aor) {}
