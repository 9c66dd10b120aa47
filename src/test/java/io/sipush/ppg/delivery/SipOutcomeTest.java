package io.sipush.ppg.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.sipush.ppg.pap.DeliveryMethod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class SipOutcomeTest {

    @ParameterizedTest(name = "{0} with {1} is {2}")
    @CsvSource({
        "200, CONFIRMED,       DELIVERED",
        "200, PREFERCONFIRMED, DELIVERED",
        "200, UNCONFIRMED,     DELIVERED",
        "200, NOTSPECIFIED,    DELIVERED",
        "202, PREFERCONFIRMED, DELIVERED",
        "202, UNCONFIRMED,     DELIVERED",
        "202, NOTSPECIFIED,    DELIVERED",
        "408, NOTSPECIFIED,    RETRY",
        "408, CONFIRMED,       RETRY",
        "480, UNCONFIRMED,     RETRY",
        "480, CONFIRMED,       RETRY",
        "503, PREFERCONFIRMED, RETRY",
        "503, CONFIRMED,       RETRY",
        "301, NOTSPECIFIED,    UNDELIVERABLE",
        "302, UNCONFIRMED,     UNDELIVERABLE",
        "400, NOTSPECIFIED,    UNDELIVERABLE",
        "403, NOTSPECIFIED,    UNDELIVERABLE",
        "404, NOTSPECIFIED,    UNDELIVERABLE",
        "404, CONFIRMED,       UNDELIVERABLE",
        "415, UNCONFIRMED,     UNDELIVERABLE",
        "486, NOTSPECIFIED,    UNDELIVERABLE",
        "488, PREFERCONFIRMED, UNDELIVERABLE",
        "600, NOTSPECIFIED,    UNDELIVERABLE",
        "603, NOTSPECIFIED,    UNDELIVERABLE",
        "603, CONFIRMED,       UNDELIVERABLE",
        "604, UNCONFIRMED,     UNDELIVERABLE",
    })
    void final_answer_maps_to_the_contract_outcome(int status, DeliveryMethod method, SipOutcome expected) {
        assertThat(SipOutcome.of(status, method)).isEqualTo(expected);
    }

    @ParameterizedTest
    @EnumSource(DeliveryMethod.class)
    void a_200_is_delivered_for_every_delivery_method(DeliveryMethod method) {
        assertThat(SipOutcome.of(200, method)).isEqualTo(SipOutcome.DELIVERED);
    }

    @Test
    void accepted_by_an_intermediary_is_no_confirmation() {
        assertThat(SipOutcome.of(202, DeliveryMethod.CONFIRMED)).isNotEqualTo(SipOutcome.DELIVERED);
    }
}
