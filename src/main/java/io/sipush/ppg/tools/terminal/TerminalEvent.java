package io.sipush.ppg.tools.terminal;

/** Something the terminal simulator did, for the demo and tests to wait on. */
public sealed interface TerminalEvent
        permits TerminalEvent.Received, TerminalEvent.SessionEnded, TerminalEvent.SessionFailed {

    /** A MESSAGE arrived and was answered according to the verdict. */
    record Received(String contentType, int bytes, Verdict verdict) implements TerminalEvent {}

    /** A DM session ended normally. */
    record SessionEnded(SessionOutcome outcome) implements TerminalEvent {}

    /** A DM session could not be run to its end. */
    record SessionFailed(String sessionId, String reason) implements TerminalEvent {}
}
