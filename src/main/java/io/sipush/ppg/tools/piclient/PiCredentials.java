package io.sipush.ppg.tools.piclient;

import io.sipush.ppg.tools.cli.UsageException;

/** A Push Initiator account's name and password, as {@code name:password} on the command line. */
public record PiCredentials(String name, String password) {

    public static PiCredentials parse(String text) throws UsageException {
        int colon = text.indexOf(':');
        if (colon <= 0 || colon == text.length() - 1) {
            throw new UsageException("PI credentials must be name:password");
        }
        return new PiCredentials(text.substring(0, colon), text.substring(colon + 1));
    }

    @Override
    public String toString() {
        return name + ":***";
    }
}
