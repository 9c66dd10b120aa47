package io.sipush.ppg.pushinitiator.application;

import java.util.Optional;

/**
 * What the credentials of a PAP request proved. {@link Outcome#OUTSIDE_ALLOW_LIST}: the name is
 * an enabled account, but the client's address is not in its IP allow-list, so the password was
 * not even looked at; the request is answered 2001 and nothing of it is carried out.
 */
public record Authentication(Outcome outcome, String name) {

    public enum Outcome {
        ACCEPTED,
        OUTSIDE_ALLOW_LIST,
        REFUSED
    }

    static final Authentication REFUSED = new Authentication(Outcome.REFUSED, null);

    static Authentication accepted(String name) {
        return new Authentication(Outcome.ACCEPTED, name);
    }

    /** The PI name when the request may be read at all (accepted or to be answered 2001). */
    public Optional<String> piName() {
        return outcome == Outcome.REFUSED ? Optional.empty() : Optional.of(name);
    }

    public boolean isAccepted() {
        return outcome == Outcome.ACCEPTED;
    }
}
