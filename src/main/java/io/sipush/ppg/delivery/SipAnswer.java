package io.sipush.ppg.delivery;

/**
 * A final SIP answer to a push MESSAGE, as the engine judges it.
 *
 * @param status the final status code (a container-generated 408 on time-out)
 * @param reason the reason phrase, or null
 * @param retryAfterSeconds the Retry-After header's value, or -1
 * @param redirectContact the first Contact of a 3xx answer, or null
 */
record SipAnswer(int status, String reason, int retryAfterSeconds, String redirectContact) {

    /** The answer as the delivery's history and reason name it: {@code SIP 503 Busy}. */
    String text() {
        return "SIP " + status + (reason == null || reason.isBlank() ? "" : " " + reason);
    }

    boolean redirects() {
        return status >= 300 && status < 400 && redirectContact != null && !redirectContact.isBlank();
    }
}
