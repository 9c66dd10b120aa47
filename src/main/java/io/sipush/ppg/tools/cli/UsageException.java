package io.sipush.ppg.tools.cli;

/** The command line is wrong: an unknown or missing option, or a value that cannot be read. */
public class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
