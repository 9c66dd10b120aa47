package io.sipush.ppg.terminal;

/** The operator named a terminal that has no unexpired registration here. */
public class TerminalNotRegisteredException extends Exception {
    private static final long serialVersionUID = 1L;

    public TerminalNotRegisteredException(String address) {
        super("no terminal is registered as " + address);
    }
}
