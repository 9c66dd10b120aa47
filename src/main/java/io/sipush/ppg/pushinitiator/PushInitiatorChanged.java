package io.sipush.ppg.pushinitiator;

/** An account's password, state or policy changed, or the account was removed. */
public record PushInitiatorChanged(String name) {}
