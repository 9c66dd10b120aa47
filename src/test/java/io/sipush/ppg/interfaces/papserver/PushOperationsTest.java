package io.sipush.ppg.interfaces.papserver;

import static org.assertj.core.api.Assertions.assertThat;

import io.sipush.ppg.config.PpgSettings;
import io.sipush.ppg.delivery.InFlight;
import io.sipush.ppg.delivery.InFlightMessages;
import io.sipush.ppg.pap.CancelMessage;
import io.sipush.ppg.pap.CancelResponse;
import io.sipush.ppg.pap.CancelResult;
import io.sipush.ppg.pap.CcqMessage;
import io.sipush.ppg.pap.CcqResponse;
import io.sipush.ppg.pap.DeliveryMethod;
import io.sipush.ppg.pap.MessageState;
import io.sipush.ppg.pap.PapException;
import io.sipush.ppg.pap.PapVersion;
import io.sipush.ppg.pap.Priority;
import io.sipush.ppg.pap.PushAddress;
import io.sipush.ppg.pap.PushApplicationId;
import io.sipush.ppg.pap.PushMessage;
import io.sipush.ppg.pap.PushResponse;
import io.sipush.ppg.pap.QualityOfService;
import io.sipush.ppg.pap.ReplaceMethod;
import io.sipush.ppg.pap.StatusCode;
import io.sipush.ppg.pap.StatusQueryMessage;
import io.sipush.ppg.pap.StatusQueryResponse;
import io.sipush.ppg.pap.StatusQueryResult;
import io.sipush.ppg.pap.codec.PapDecoder;
import io.sipush.ppg.pap.codec.PapEncoder;
import io.sipush.ppg.pap.mime.ContentEntity;
import io.sipush.ppg.pap.mime.PushSubmissionEntity;
import io.sipush.ppg.push.application.WiredServices;
import io.sipush.ppg.terminal.AddressOfRecord;
import io.sipush.ppg.terminal.ContactBinding;
import io.sipush.ppg.terminal.InMemoryTerminalRegistry;
import io.sipush.ppg.terminal.Registration;
import io.sipush.ppg.terminal.application.ClientCapabilitiesService;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The PAP replies of each operation, on the application services with an in-memory store. */
class PushOperationsTest {
    private static final String PI = "dm-server";
    private static final String ALICE = "WAPPUSH=sip%3Aalice%40ims.example.org/TYPE=USER";
    private static final String BOB = "WAPPUSH=sip%3Abob%40ims.example.org/TYPE=USER";
    private static final String CAROL = "WAPPUSH=+15551234567/TYPE=PLMN";

    private final PpgSettings settings = PpgSettings.from(Map.of());
    private final WiredServices services = new WiredServices(settings);
    private final InMemoryTerminalRegistry registry = new InMemoryTerminalRegistry();
    private final PushOperations operations = new PushOperations();

    @BeforeEach
    void wire() {
        operations.submissions = services.submissions;
        operations.status = services.status;
        operations.cancellations = services.cancellations;
        operations.capabilities = new ClientCapabilitiesService(registry, settings);
        operations.settings = settings;
        operations.inFlight = inFlight;
    }

    /** MESSAGEs in flight as a test puts them, in place of the SIP application sessions. */
    private static final class InFlightForTest implements InFlightMessages {
        private final Map<Long, InFlight> byDelivery = new java.util.concurrent.ConcurrentHashMap<>();
        private final List<Long> cancelled = new java.util.ArrayList<>();

        @Override
        public Optional<InFlight> find(long pushKey, long deliveryId) {
            return Optional.ofNullable(byDelivery.get(deliveryId)).filter(m -> m.pushKey() == pushKey);
        }

        @Override
        public Optional<InFlight> cancelled(long pushKey, long deliveryId) {
            Optional<InFlight> out = find(pushKey, deliveryId);
            out.ifPresent(m -> cancelled.add(deliveryId));
            return out;
        }
    }

    private final InFlightForTest inFlight = new InFlightForTest();

    /** Puts a MESSAGE in flight for every delivery of the PI's push. */
    private void inFlight(String pushId, Instant since, String transport) throws Exception {
        for (io.sipush.ppg.push.application.AddressStatus s : services.status.status(PI, pushId)) {
            inFlight.byDelivery.put(s.deliveryId(), new InFlight(s.pushKey(), s.deliveryId(), since, transport, false));
        }
    }

    private static PushAddress address(String value) throws PapException {
        return PushAddress.parse(value);
    }

    private static PushSubmissionEntity entity(boolean withCapabilities) {
        return new PushSubmissionEntity(
                new byte[] {'<'},
                new ContentEntity("text/plain", new byte[] {1}, PushApplicationId.SYNCML_DM, Map.of()),
                withCapabilities ? Optional.of(new byte[] {'<'}) : Optional.empty());
    }

    private PushResponse push(PushMessage message) throws PapException {
        PapReply reply = operations.push(PI, message, entity(false));
        assertThat(reply.response()).isInstanceOf(PushResponse.class);
        assertThat(reply.httpStatus())
                .isEqualTo(((PushResponse) reply.response()).code() == StatusCode.ACCEPTED_FOR_PROCESSING ? 202 : 200);
        return roundTrip((PushResponse) reply.response());
    }

    @SuppressWarnings("unchecked")
    private static <T> T roundTrip(T response) throws PapException {
        return (T) new PapDecoder().decodeResponse(new PapEncoder().encode((io.sipush.ppg.pap.PapResponse) response));
    }

    private List<StatusQueryResult> status(String pushId, String... addresses) throws PapException {
        List<PushAddress> list = new java.util.ArrayList<>();
        for (String a : addresses) {
            list.add(address(a));
        }
        StatusQueryResponse response = roundTrip((StatusQueryResponse) operations
                .statusQuery(PI, StatusQueryMessage.of(PapVersion.V2_1, pushId, list))
                .response());
        return response.results();
    }

    private List<CancelResult> cancel(String pushId, String... addresses) throws PapException {
        List<PushAddress> list = new java.util.ArrayList<>();
        for (String a : addresses) {
            list.add(address(a));
        }
        CancelResponse response = roundTrip((CancelResponse) operations
                .cancel(PI, CancelMessage.of(PapVersion.V2_0, pushId, list))
                .response());
        assertThat(response.version()).isEqualTo(PapVersion.V2_0);
        return response.results();
    }

    @ParameterizedTest
    @EnumSource(PapVersion.class)
    void push_is_answered_1001_in_the_version_of_the_request(PapVersion version) throws PapException {
        PushResponse response = push(PushMessage.builder(version, "p-" + version)
                .address(address(ALICE))
                .build());

        assertThat(response.code()).isEqualTo(StatusCode.ACCEPTED_FOR_PROCESSING);
        assertThat(response.version()).isEqualTo(version);
        assertThat(response.pushId()).isEqualTo("p-" + version);
        assertThat(response.replyTime()).isNotNull();
    }

    @Test
    void refusals_after_decoding_are_push_responses_with_their_code() throws PapException {
        QualityOfService gsm = new QualityOfService(Priority.HIGH, DeliveryMethod.CONFIRMED, "GSM", true, null, false);
        QualityOfService sms = new QualityOfService(null, null, null, false, "SMS", true);

        assertThat(push(PushMessage.builder(PapVersion.V2_1, "n")
                                .address(address(ALICE))
                                .qualityOfService(gsm)
                                .build())
                        .code())
                .isEqualTo(StatusCode.REQUIRED_NETWORK_NOT_AVAILABLE);
        assertThat(push(PushMessage.builder(PapVersion.V2_1, "b")
                                .address(address(ALICE))
                                .qualityOfService(sms)
                                .build())
                        .code())
                .isEqualTo(StatusCode.REQUIRED_BEARER_NOT_AVAILABLE);
        PushResponse expired = push(PushMessage.builder(PapVersion.V1_0, "e")
                .address(address(ALICE))
                .deliverBeforeTimestamp(Instant.now().minusSeconds(60))
                .build());
        assertThat(expired.code()).isEqualTo(StatusCode.NOT_POSSIBLE);
        assertThat(expired.version()).isEqualTo(PapVersion.V1_0);
        assertThat(expired.desc()).contains("expired");
        assertThat(push(PushMessage.builder(PapVersion.V2_1, "r")
                                .address(address(ALICE))
                                .replace("missing", ReplaceMethod.ALL)
                                .build())
                        .code())
                .isEqualTo(StatusCode.PUSH_ID_NOT_FOUND);
        assertThat(services.store.size()).isZero();
        assertThat(status("e").get(0).code()).isEqualTo(StatusCode.PUSH_ID_NOT_FOUND);
    }

    @Test
    void duplicate_push_id_gets_2007() throws PapException {
        push(PushMessage.builder(PapVersion.V2_1, "d").address(address(ALICE)).build());

        PushResponse second = push(
                PushMessage.builder(PapVersion.V2_1, "d").address(address(BOB)).build());

        assertThat(second.code()).isEqualTo(StatusCode.DUPLICATE_PUSH_ID);
    }

    @Test
    void accepted_push_says_what_it_ignores_and_what_it_replaced() throws PapException {
        push(PushMessage.builder(PapVersion.V2_1, "old").address(address(ALICE)).build());
        PushMessage replacing = PushMessage.builder(PapVersion.V2_1, "new")
                .address(address(ALICE))
                .address(address(BOB))
                .replace("old", ReplaceMethod.PENDING_ONLY)
                .progressNotesRequested(true)
                .build();

        PushResponse response =
                (PushResponse) operations.push(PI, replacing, entity(true)).response();

        assertThat(response.code()).isEqualTo(StatusCode.ACCEPTED_FOR_PROCESSING);
        assertThat(response.desc())
                .contains("replaces push-id 'old' (pending-only): 1 of its deliveries cancelled")
                .contains("sent to 1 of 2 addresses")
                .contains("capabilities entity is not checked")
                .contains("no progress notes");
    }

    @Test
    void status_query_answers_per_address_with_2003_for_an_address_not_pushed_to() throws PapException {
        push(PushMessage.builder(PapVersion.V2_1, "s")
                .address(address(ALICE))
                .address(address(CAROL))
                .build());

        List<StatusQueryResult> all = status("s");
        List<StatusQueryResult> named = status("s", BOB, "wappush=+15551234567/type=plmn");

        assertThat(all).hasSize(2).allMatch(r -> r.code() == StatusCode.OK);
        assertThat(all).allMatch(r -> r.messageState() == MessageState.PENDING && r.eventTime() != null);
        assertThat(all.get(0).addresses()).containsExactly(address(ALICE));
        assertThat(named)
                .extracting(StatusQueryResult::code)
                .containsExactly(StatusCode.ADDRESS_NOT_FOUND, StatusCode.OK);
        assertThat(named.get(0).messageState()).isEqualTo(MessageState.UNKNOWN);
        assertThat(named.get(0).addresses()).containsExactly(address(BOB));
        assertThat(named.get(1).addresses()).containsExactly(address(CAROL));
    }

    @Test
    void cancel_answers_per_address_then_2008_once_final_and_2004_for_an_unknown_push() throws PapException {
        push(PushMessage.builder(PapVersion.V2_0, "c")
                .address(address(ALICE))
                .address(address(BOB))
                .build());

        List<CancelResult> first = cancel("c", ALICE, CAROL);
        List<CancelResult> again = cancel("c");
        List<CancelResult> unknown = cancel("nope", ALICE);

        assertThat(first).extracting(CancelResult::code).containsExactly(StatusCode.OK, StatusCode.ADDRESS_NOT_FOUND);
        assertThat(again)
                .extracting(CancelResult::code)
                .containsExactly(StatusCode.CANCELLATION_NOT_POSSIBLE, StatusCode.OK);
        assertThat(again.get(0).desc()).contains("cancelled");
        assertThat(unknown).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo(StatusCode.PUSH_ID_NOT_FOUND);
            assertThat(r.addresses()).containsExactly(address(ALICE));
        });
        assertThat(status("c")).allMatch(r -> r.messageState() == MessageState.CANCELLED);
    }

    @Test
    void status_of_a_push_whose_message_is_in_flight_says_since_when_which_attempt_and_transport() throws Exception {
        push(PushMessage.builder(PapVersion.V2_1, "flying")
                .address(address(ALICE))
                .build());
        Instant since = Instant.parse("2026-12-06T15:00:01Z");
        inFlight("flying", since, "TCP");

        StatusQueryResult result = status("flying").get(0);

        assertThat(result.messageState()).isEqualTo(MessageState.PENDING);
        assertThat(result.desc()).contains("in flight since 2026-12-06T15:00:01Z, attempt 1, over TCP");
    }

    @Test
    void status_of_a_pending_push_with_nothing_in_flight_does_not_say_in_flight() throws Exception {
        push(PushMessage.builder(PapVersion.V2_1, "waiting")
                .address(address(ALICE))
                .build());

        assertThat(status("waiting").get(0).desc()).doesNotContain("in flight");
    }

    @Test
    void cancel_of_a_push_in_flight_is_answered_from_its_message_and_marks_it_cancelled() throws Exception {
        push(PushMessage.builder(PapVersion.V2_1, "stop-it")
                .address(address(ALICE))
                .build());
        inFlight("stop-it", Instant.parse("2026-12-06T15:00:02Z"), "UDP");

        CancelResult result = cancel("stop-it").get(0);

        assertThat(result.code()).isEqualTo(StatusCode.OK);
        assertThat(result.desc())
                .contains("in flight since 2026-12-06T15:00:02Z, attempt 1, over UDP")
                .contains("no longer delivers");
        assertThat(inFlight.cancelled).hasSize(1);
        assertThat(status("stop-it").get(0).messageState()).isEqualTo(MessageState.CANCELLED);
    }

    @Test
    void ccq_for_a_registered_terminal_names_its_push_application_ids() throws PapException {
        String home = settings.homeDomain();
        AddressOfRecord alice = AddressOfRecord.parse("sip:alice@ims.example.org", home);
        registry.apply(
                new Registration(
                        alice,
                        List.of(new ContactBinding(
                                "sip:t@127.0.0.1:5070",
                                Instant.now().plusSeconds(600),
                                1.0f,
                                List.of("syncml.dm", "wml.ua"))),
                        List.of(),
                        false),
                Instant.now());

        CcqResponse registered = (CcqResponse) operations
                .clientCapabilities(CcqMessage.of(PapVersion.V1_0, "q1", "x-wap-application:syncml.dm", address(ALICE)))
                .response();
        CcqResponse unknown = (CcqResponse) operations
                .clientCapabilities(CcqMessage.of(PapVersion.V2_1, "q2", null, address(BOB)))
                .response();

        assertThat(registered.code()).isEqualTo(StatusCode.OK);
        assertThat(registered.version()).isEqualTo(PapVersion.V1_0);
        assertThat(registered.desc())
                .contains("registered=true", "push-application-ids=syncml.dm,wml.ua", "app-id syncml.dm=accepted");
        assertThat(registered.capabilities()).containsEntry("contacts", "1");
        assertThat(unknown.code()).isEqualTo(StatusCode.CAPABILITIES_NOT_AVAILABLE);
        assertThat(unknown.desc()).contains("registered=false");
        assertThat(unknown.address()).isEqualTo(address(BOB));
    }
}
