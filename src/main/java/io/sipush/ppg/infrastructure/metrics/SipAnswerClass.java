package io.sipush.ppg.infrastructure.metrics;

/** The label of a final SIP answer: its class (RFC 3261 §7.2: 1xx to 6xx), or a failure to get one. */
final class SipAnswerClass {
    static final String TRANSPORT_ERROR = "transport_error";
    static final String[] CLASSES = {"1xx", "2xx", "3xx", "4xx", "5xx", "6xx"};

    private SipAnswerClass() {}

    /** Index into {@link #CLASSES}, or -1 for a status outside 100..699. */
    static int indexOf(int sipStatus) {
        return sipStatus >= 100 && sipStatus < 700 ? sipStatus / 100 - 1 : -1;
    }
}
