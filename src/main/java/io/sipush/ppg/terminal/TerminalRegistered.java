package io.sipush.ppg.terminal;

/** Raised when a REGISTER bound at least one contact to an address of record. */
public record TerminalRegistered(String aor) {}
