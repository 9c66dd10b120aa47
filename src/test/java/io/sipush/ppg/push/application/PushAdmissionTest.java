package io.sipush.ppg.push.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.sipush.ppg.pap.DeliveryMethod;
import io.sipush.ppg.pap.PapException;
import io.sipush.ppg.pap.PapVersion;
import io.sipush.ppg.pap.Priority;
import io.sipush.ppg.pap.PushAddress;
import io.sipush.ppg.pap.PushApplicationId;
import io.sipush.ppg.pap.PushMessage;
import io.sipush.ppg.pap.QualityOfService;
import io.sipush.ppg.pap.StatusCode;
import io.sipush.ppg.pap.codec.PapDecoder;
import io.sipush.ppg.pap.mime.ContentEntity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PushAdmissionTest {
    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private static final ContentEntity CONTENT =
            new ContentEntity("text/plain", new byte[] {1}, PushApplicationId.SYNCML_DM, Map.of());

    private static PushMessage.Builder push() throws PapException {
        return PushMessage.builder(PapVersion.V2_1, "p-1")
                .address(PushAddress.parse("WAPPUSH=sip%3Aalice%40ims.example.org/TYPE=USER"));
    }

    private static PushMessage withQos(String network, boolean networkRequired, String bearer, boolean bearerRequired)
            throws PapException {
        return push().qualityOfService(new QualityOfService(
                        Priority.HIGH, DeliveryMethod.CONFIRMED, network, networkRequired, bearer, bearerRequired))
                .build();
    }

    private static PapException refusal(PushMessage message, Instant now) {
        return catchThrowableOfType(() -> PushAdmission.check(message, CONTENT, now), PapException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"SIP", "sip", "IMS", "ims", "IP", " Ip "})
    void required_network_of_ours_is_accepted(String network) {
        assertThatCode(() -> PushAdmission.check(withQos(network, true, null, false), CONTENT, NOW))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"GSM", "CDMA", "SIPX", "ANY"})
    void required_network_we_do_not_offer_gets_3009(String network) throws PapException {
        PapException e = refusal(withQos(network, true, null, false), NOW);

        assertThat(e.code()).isEqualTo(StatusCode.REQUIRED_NETWORK_NOT_AVAILABLE);
        assertThat(e.getMessage()).contains(network);
    }

    @ParameterizedTest
    @ValueSource(strings = {"SIP", "Any", "any", "ANY"})
    void required_bearer_of_ours_is_accepted(String bearer) {
        assertThatCode(() -> PushAdmission.check(withQos(null, false, bearer, true), CONTENT, NOW))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"SMS", "CSD", "GPRS", "USSD"})
    void required_bearer_we_do_not_offer_gets_3010(String bearer) throws PapException {
        PapException e = refusal(withQos(null, false, bearer, true), NOW);

        assertThat(e.code()).isEqualTo(StatusCode.REQUIRED_BEARER_NOT_AVAILABLE);
        assertThat(e.getMessage()).contains(bearer);
    }

    @ParameterizedTest
    @CsvSource({"GSM,SMS", "CDMA,CSD"})
    void network_and_bearer_that_are_not_required_are_ignored(String network, String bearer) {
        assertThatCode(() -> PushAdmission.check(withQos(network, false, bearer, false), CONTENT, NOW))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(longs = {-86400, -1, 0})
    void push_expired_on_arrival_gets_3003(long secondsFromNow) throws PapException {
        Instant limit = NOW.plusSeconds(secondsFromNow);

        PapException e = refusal(push().deliverBeforeTimestamp(limit).build(), NOW);

        assertThat(e.code()).isEqualTo(StatusCode.NOT_POSSIBLE);
        assertThat(e.getMessage()).contains("expired", "not stored");
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 60, 86400})
    void push_with_time_left_is_accepted(long secondsFromNow) {
        assertThatCode(() -> PushAdmission.check(
                        push().deliverBeforeTimestamp(NOW.plusSeconds(secondsFromNow))
                                .build(),
                        CONTENT,
                        NOW))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest
    @CsvSource({
        "push-message-2.1-network-required-gsm.xml, 3009",
        "push-message-2.1-bearer-required-sms.xml, 3010",
        "push-message-2.1-deliver-before-in-the-past.xml, 3003",
        "push-message-2.1-network-ims-and-bearer-any-required.xml, 0",
        "push-message-2.1-network-and-bearer-named-but-not-required.xml, 0",
        "push-message-2.1-everything.xml, 0"
    })
    void corpus_push_gets_the_code_of_the_ppg(String fixture, int code) throws Exception {
        Path file = Path.of(System.getProperty("basedir", "."), "it", "pap-corpus", "valid", fixture);
        PushMessage message = (PushMessage) new PapDecoder().decodeRequest(Files.readAllBytes(file));
        Instant arrival = Instant.parse("2030-06-01T12:00:00Z");

        PapException e = refusal(message, arrival);

        if (code == 0) {
            assertThat(e).isNull();
        } else {
            assertThat(e.code().code()).isEqualTo(code);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {256, 1000})
    void source_reference_longer_than_the_store_keeps_gets_2000(int length) throws PapException {
        PapException e = refusal(push().sourceReference("r".repeat(length)).build(), NOW);

        assertThat(e.code()).isEqualTo(StatusCode.BAD_REQUEST);
        assertThat(e.getMessage()).contains("source-reference");
    }
}
