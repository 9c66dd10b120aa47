package io.sipush.ppg.pap.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sipush.ppg.pap.BadMessageResponse;
import io.sipush.ppg.pap.CancelMessage;
import io.sipush.ppg.pap.CancelResponse;
import io.sipush.ppg.pap.CancelResult;
import io.sipush.ppg.pap.CcqMessage;
import io.sipush.ppg.pap.CcqResponse;
import io.sipush.ppg.pap.DeliveryMethod;
import io.sipush.ppg.pap.MessageState;
import io.sipush.ppg.pap.PapException;
import io.sipush.ppg.pap.PapRequest;
import io.sipush.ppg.pap.PapResponse;
import io.sipush.ppg.pap.PapVersion;
import io.sipush.ppg.pap.Priority;
import io.sipush.ppg.pap.PushAddress;
import io.sipush.ppg.pap.PushMessage;
import io.sipush.ppg.pap.PushResponse;
import io.sipush.ppg.pap.QualityOfService;
import io.sipush.ppg.pap.ReplaceMethod;
import io.sipush.ppg.pap.ResultNotificationMessage;
import io.sipush.ppg.pap.ResultNotificationResponse;
import io.sipush.ppg.pap.StatusCode;
import io.sipush.ppg.pap.StatusQueryMessage;
import io.sipush.ppg.pap.StatusQueryResponse;
import io.sipush.ppg.pap.StatusQueryResult;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class PapRoundTripTest {

    private static final Instant T1 = Instant.parse("2030-01-01T10:00:00Z");
    private static final Instant T2 = Instant.parse("2030-01-02T10:00:00Z");

    private final PapEncoder encoder = new PapEncoder();
    private final PapDecoder decoder = new PapDecoder();

    private static PushAddress address(String value) {
        try {
            return PushAddress.parse(value);
        } catch (PapException e) {
            throw new AssertionError(e);
        }
    }

    private static final PushAddress ALICE = address("WAPPUSH=sip%3Aalice%40ims.example.org/TYPE=USER@ppg.example.org");
    private static final PushAddress PLMN = address("WAPPUSH=+1-555-123-4567/TYPE=PLMN");
    private static final QualityOfService QOS =
            new QualityOfService(Priority.LOW, DeliveryMethod.CONFIRMED, "IMS", true, "SIP", true);
    private static final String AWKWARD = "R&D <\"quoted\"> 'apos'\ttab\nline\r\u263A\uD83D\uDE00";

    static Stream<PapRequest> requests() throws PapException {
        return Stream.of(
                PushMessage.builder(PapVersion.V2_1, "p1")
                        .address(ALICE)
                        .address(PLMN)
                        .deliverBeforeTimestamp(T2)
                        .deliverAfterTimestamp(T1)
                        .sourceReference(AWKWARD)
                        .ppgNotifyRequestedTo("https://pi.example.com/notify?a=1&b=2")
                        .progressNotesRequested(true)
                        .replace("p0", ReplaceMethod.PENDING_ONLY)
                        .qualityOfService(QOS)
                        .build(),
                PushMessage.builder(PapVersion.V1_0, "minimal").address(PLMN).build(),
                PushMessage.builder(PapVersion.V2_0, "replace-all")
                        .address(PLMN)
                        .replace("old", ReplaceMethod.ALL)
                        .build(),
                CancelMessage.of(PapVersion.V2_0, "p1", List.of(ALICE, PLMN)),
                CancelMessage.of(PapVersion.V1_0, "p1", List.of()),
                StatusQueryMessage.of(PapVersion.V2_1, "p1", List.of(PLMN)),
                CcqMessage.of(PapVersion.V2_0, "q1", "x-wap-application:syncml.dm", ALICE),
                CcqMessage.of(PapVersion.V2_1, "q2", null, PLMN),
                ResultNotificationResponse.of(PapVersion.V2_0, "p1", StatusCode.OK, "thanks", PLMN),
                ResultNotificationResponse.of(PapVersion.V2_1, "p1", StatusCode.OK, null, null));
    }

    static Stream<PapResponse> responses() {
        return Stream.of(
                new PushResponse(
                        PapVersion.V2_1,
                        "p1",
                        "ppg.example.org",
                        "SIPush PPG",
                        T1,
                        StatusCode.ACCEPTED_FOR_PROCESSING,
                        "Accepted for processing"),
                new PushResponse(PapVersion.V1_0, "p1", null, null, null, StatusCode.DUPLICATE_PUSH_ID, null),
                new BadMessageResponse(
                        PapVersion.V2_0, StatusCode.BAD_REQUEST, AWKWARD, "<push-message push-id=\"x\" & broken>"),
                new BadMessageResponse(PapVersion.V2_1, StatusCode.VERSION_NOT_SUPPORTED, null, null),
                new CancelResponse(
                        PapVersion.V2_0,
                        "p1",
                        List.of(
                                new CancelResult(StatusCode.OK, "cancelled", List.of(PLMN)),
                                new CancelResult(StatusCode.CANCELLATION_NOT_POSSIBLE, null, List.of(ALICE)))),
                new StatusQueryResponse(
                        PapVersion.V2_1,
                        "p1",
                        List.of(
                                new StatusQueryResult(StatusCode.OK, "ok", MessageState.DELIVERED, T2, List.of(ALICE)),
                                new StatusQueryResult(StatusCode.OK, null, MessageState.PENDING, null, List.of()))),
                new CcqResponse(
                        PapVersion.V2_0, "q1", StatusCode.CAPABILITIES_NOT_AVAILABLE, "not known", ALICE, Map.of()),
                new ResultNotificationMessage(
                        PapVersion.V2_1,
                        "p1",
                        "ppg.example.org",
                        "PPG",
                        T1,
                        T2,
                        MessageState.EXPIRED,
                        StatusCode.SERVICE_UNAVAILABLE,
                        "gone",
                        PLMN,
                        QOS),
                new ResultNotificationMessage(
                        PapVersion.V1_0,
                        "p1",
                        null,
                        null,
                        null,
                        T2,
                        MessageState.DELIVERED,
                        StatusCode.OK,
                        null,
                        ALICE,
                        null));
    }

    @TestFactory
    Stream<DynamicTest> encode_then_decode_is_identity_for_every_request() throws PapException {
        return requests()
                .map(request -> DynamicTest.dynamicTest(
                        describe(request),
                        () -> assertEquals(request, decoder.decodeRequest(encoder.encode(request)))));
    }

    @TestFactory
    Stream<DynamicTest> encode_then_decode_is_identity_for_every_response() {
        return responses()
                .map(response -> DynamicTest.dynamicTest(
                        describe(response),
                        () -> assertEquals(response, decoder.decodeResponse(encoder.encode(response)))));
    }

    @TestFactory
    Stream<DynamicTest> valid_corpus_survives_decode_encode_decode() {
        return PapCorpus.valid().stream()
                .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
                    PapRequest first = decoder.decodeRequest(PapCorpus.read(file));
                    assertEquals(first, decoder.decodeRequest(encoder.encode(first)));
                }));
    }

    @Test
    void ccq_capabilities_are_not_part_of_the_control_entity() throws PapException {
        CcqResponse withCapabilities = new CcqResponse(
                PapVersion.V2_1,
                "q1",
                StatusCode.OK,
                null,
                PLMN,
                Map.of("CcppAccept", "application/vnd.syncml.notification"));
        CcqResponse decoded = (CcqResponse) decoder.decodeResponse(encoder.encode(withCapabilities));
        assertEquals(Map.of(), decoded.capabilities());
        assertEquals(withCapabilities.queryId(), decoded.queryId());
    }

    private static String describe(Object message) {
        String text = message.toString();
        return text.length() > 80 ? text.substring(0, 80) : text;
    }
}
