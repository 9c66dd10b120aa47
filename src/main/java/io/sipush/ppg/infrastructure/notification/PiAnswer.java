package io.sipush.ppg.infrastructure.notification;

import io.sipush.ppg.pap.ResultNotificationResponse;
import java.util.Objects;
import java.util.Optional;

/**
 * How the Push Initiator took one POST of a resultnotification-message: it answered with a
 * resultnotification-response, or the attempt failed, and why.
 */
public record PiAnswer(Optional<ResultNotificationResponse> response, String failure) {
    public PiAnswer {
        Objects.requireNonNull(response, "response");
        if (response.isEmpty() == (failure == null)) {
            throw new IllegalArgumentException("either a response or a failure");
        }
    }

    public static PiAnswer answered(ResultNotificationResponse response) {
        return new PiAnswer(Optional.of(response), null);
    }

    public static PiAnswer failed(String why) {
        return new PiAnswer(Optional.empty(), Objects.requireNonNull(why, "why"));
    }

    public boolean isAnswered() {
        return response.isPresent();
    }
}
