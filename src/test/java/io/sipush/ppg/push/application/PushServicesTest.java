package io.sipush.ppg.push.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.sipush.ppg.config.PpgSettings;
import io.sipush.ppg.pap.MessageState;
import io.sipush.ppg.pap.PapException;
import io.sipush.ppg.pap.PapVersion;
import io.sipush.ppg.pap.PushAddress;
import io.sipush.ppg.pap.PushApplicationId;
import io.sipush.ppg.pap.PushMessage;
import io.sipush.ppg.pap.ReplaceMethod;
import io.sipush.ppg.pap.StatusCode;
import io.sipush.ppg.pap.mime.ContentEntity;
import io.sipush.ppg.push.Delivery;
import io.sipush.ppg.push.DeliveryBacklogException;
import io.sipush.ppg.push.DeliveryEnded;
import io.sipush.ppg.push.DuplicatePushIdException;
import io.sipush.ppg.push.Push;
import io.sipush.ppg.push.PushAccepted;
import io.sipush.ppg.push.PushIdNotFoundException;
import io.sipush.ppg.push.application.PushCancellationService.Cancellation;
import io.sipush.ppg.push.application.PushCancellationService.Outcome;
import io.sipush.ppg.push.application.PushSubmissionService.Submission;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The application services on an in-memory store: submit, replace, status, cancel. */
class PushServicesTest {
    private static final String PI = "dm-server";
    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private static final String ALICE = "WAPPUSH=sip%3Aalice%40ims.example.org/TYPE=USER@ppg.example.org";
    private static final String BOB = "WAPPUSH=sip%3Abob%40ims.example.org/TYPE=USER";
    private static final String CAROL = "WAPPUSH=+1-555-123-4567/TYPE=PLMN";
    private static final String CAROL_AS_TEL = "wappush=tel%3A%2B15551234567/type=user";
    private static final ContentEntity CONTENT = new ContentEntity(
            "application/vnd.syncml.notification", new byte[] {7}, PushApplicationId.SYNCML_DM, Map.of());

    private final WiredServices services = new WiredServices(PpgSettings.from(Map.of()));
    private final InMemoryPushStore store = services.store;
    private final RecordingEvent<PushAccepted> accepted = services.accepted;
    private final RecordingEvent<DeliveryEnded> ended = services.ended;
    private final PushSubmissionService submissions = services.submissions;
    private final PushStatusService status = services.status;
    private final PushCancellationService cancellations = services.cancellations;

    private static PushMessage.Builder push(String pushId, String... addresses) throws PapException {
        PushMessage.Builder builder = PushMessage.builder(PapVersion.V2_1, pushId);
        for (String address : addresses) {
            builder.address(PushAddress.parse(address));
        }
        return builder;
    }

    private Submission submit(PushMessage message) throws Exception {
        return submissions.submit(PI, message, CONTENT, NOW);
    }

    private static List<PushAddress> addresses(String... values) throws PapException {
        List<PushAddress> list = new java.util.ArrayList<>();
        for (String value : values) {
            list.add(PushAddress.parse(value));
        }
        return list;
    }

    private static Delivery deliveryTo(Push push, String papAddress) {
        return push.deliveries().stream()
                .filter(d -> d.papAddress().equals(papAddress))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void push_to_several_addresses_stores_one_pending_delivery_each_and_starts_them() throws Exception {
        Submission s = submit(push("p1", ALICE, BOB, CAROL).build());

        assertThat(s.push().deliveries()).extracting(Delivery::papAddress).containsExactly(ALICE, BOB, CAROL);
        assertThat(s.push().deliveries()).allMatch(d -> d.state() == MessageState.PENDING);
        assertThat(s.replacedPushId()).isNull();
        assertThat(accepted.fired).hasSize(1);
        assertThat(accepted.fired.get(0).deliveryIds()).hasSize(3);
        assertThat(ended.fired).isEmpty();
    }

    @Test
    void two_forms_of_one_terminal_make_one_delivery_under_the_first_form() throws Exception {
        Submission s = submit(push("p1", CAROL, ALICE, CAROL_AS_TEL).build());

        assertThat(s.push().deliveries()).extracting(Delivery::papAddress).containsExactly(CAROL, ALICE);
    }

    @Test
    void priority_source_reference_and_timestamps_are_stored() throws Exception {
        Instant after = NOW.plusSeconds(60);
        Instant before = NOW.plusSeconds(3600);
        Submission s = submit(push("p1", ALICE)
                .sourceReference("DM server 7")
                .deliverAfterTimestamp(after)
                .deliverBeforeTimestamp(before)
                .qualityOfService(new io.sipush.ppg.pap.QualityOfService(
                        io.sipush.ppg.pap.Priority.HIGH,
                        io.sipush.ppg.pap.DeliveryMethod.CONFIRMED,
                        null,
                        false,
                        null,
                        false))
                .build());

        Push push = s.push();
        assertThat(push.priority()).isEqualTo(io.sipush.ppg.pap.Priority.HIGH);
        assertThat(push.deliveryMethod()).isEqualTo(io.sipush.ppg.pap.DeliveryMethod.CONFIRMED);
        assertThat(push.sourceReference()).contains("DM server 7");
        assertThat(push.deliverAfter()).contains(after);
        assertThat(push.deliverBefore()).contains(before);
        assertThat(accepted.fired.get(0).firstAttemptAt()).isEqualTo(after);
    }

    @Test
    void a_push_to_a_terminal_known_to_have_no_route_is_stored_waiting_for_its_registration() throws Exception {
        submissions.reachability = (aor, applicationId, now) -> aor.contains("alice");

        Push push = submit(push("p1", ALICE, BOB).build()).push();

        Delivery alice = deliveryTo(push, ALICE);
        assertThat(alice.state()).isEqualTo(MessageState.PENDING);
        assertThat(alice.nextAttemptAt()).isEmpty();
        assertThat(alice.reason()).contains("waiting for the terminal to register");
        assertThat(deliveryTo(push, BOB).nextAttemptAt()).contains(NOW);
        assertThat(accepted.fired.get(0).tickets()).hasSize(2);
    }

    @Test
    void a_push_to_be_delivered_later_is_stored_due_then_even_to_a_terminal_without_route() throws Exception {
        submissions.reachability = (aor, applicationId, now) -> true;
        Instant after = NOW.plusSeconds(3_600);

        Push push =
                submit(push("p1", ALICE).deliverAfterTimestamp(after).build()).push();

        assertThat(deliveryTo(push, ALICE).nextAttemptAt()).contains(after);
    }

    @Test
    void duplicate_push_id_is_refused_and_nothing_more_is_stored() throws Exception {
        submit(push("p1", ALICE).build());

        assertThatThrownBy(() -> submit(push("p1", BOB).build())).isInstanceOf(DuplicatePushIdException.class);
        assertThat(store.size()).isEqualTo(1);
    }

    @Test
    void while_delivery_is_behind_a_push_is_refused_and_nothing_is_stored() throws Exception {
        submissions.capacity = () -> Optional.of("the PPG is busy");

        assertThatThrownBy(() -> submit(push("p1", ALICE).build()))
                .isInstanceOf(DeliveryBacklogException.class)
                .hasMessage("the PPG is busy");
        assertThat(store.size()).isZero();
        assertThat(accepted.fired).isEmpty();
    }

    @Test
    void same_push_id_of_another_pi_is_no_duplicate() throws Exception {
        submit(push("p1", ALICE).build());

        submissions.submit("other-pi", push("p1", ALICE).build(), CONTENT, NOW);

        assertThat(store.size()).isEqualTo(2);
    }

    @Test
    void push_expired_on_arrival_is_refused_with_3003_and_not_stored() throws Exception {
        PapException e = catchThrowableOfType(
                () -> submit(push("p1", ALICE).deliverBeforeTimestamp(NOW).build()), PapException.class);

        assertThat(e.code()).isEqualTo(StatusCode.NOT_POSSIBLE);
        assertThat(store.size()).isZero();
        assertThat(accepted.fired).isEmpty();
    }

    @Test
    void replacing_an_unknown_push_gets_2004_and_stores_nothing() throws Exception {
        PapException e = catchThrowableOfType(
                () -> submit(push("p2", ALICE).replace("p1", ReplaceMethod.ALL).build()), PapException.class);

        assertThat(e.code()).isEqualTo(StatusCode.PUSH_ID_NOT_FOUND);
        assertThat(e.getMessage()).contains("p1");
        assertThat(store.size()).isZero();
    }

    @Test
    void replacing_another_pis_push_gets_2004() throws Exception {
        submissions.submit("other-pi", push("p1", ALICE).build(), CONTENT, NOW);

        PapException e = catchThrowableOfType(
                () -> submit(push("p2", ALICE).replace("p1", ReplaceMethod.ALL).build()), PapException.class);

        assertThat(e.code()).isEqualTo(StatusCode.PUSH_ID_NOT_FOUND);
    }

    @Test
    void replace_all_cancels_what_is_pending_and_sends_the_new_push_everywhere() throws Exception {
        Push old = submit(push("p1", ALICE, BOB).build()).push();
        deliveryTo(old, ALICE).delivered(NOW, 200);
        accepted.fired.clear();

        Submission s = submit(
                push("p2", ALICE, BOB, CAROL).replace("p1", ReplaceMethod.ALL).build());

        assertThat(deliveryTo(old, ALICE).state()).isEqualTo(MessageState.DELIVERED);
        assertThat(deliveryTo(old, BOB).state()).isEqualTo(MessageState.CANCELLED);
        assertThat(deliveryTo(old, BOB).reason().orElseThrow()).contains("replaced by push-id 'p2'");
        assertThat(s.replacedPushId()).isEqualTo("p1");
        assertThat(s.cancelledInReplaced()).isEqualTo(1);
        assertThat(s.withheld()).isZero();
        assertThat(s.push().deliveries()).allMatch(d -> d.state() == MessageState.PENDING);
        assertThat(accepted.fired.get(0).deliveryIds()).hasSize(3);
        assertThat(ended.fired).containsExactly(DeliveryEnded.of(deliveryTo(old, BOB)));
        assertThat(ended.fired.get(0).state()).isEqualTo(MessageState.CANCELLED);
        assertThat(ended.fired.get(0).pushId()).isEqualTo("p1");
    }

    @Test
    void replace_pending_only_sends_the_new_push_only_where_the_old_one_was_pending() throws Exception {
        Push old = submit(push("p1", ALICE, BOB).build()).push();
        deliveryTo(old, ALICE).delivered(NOW, 200);
        accepted.fired.clear();

        Submission s = submit(push("p2", ALICE, BOB, CAROL)
                .replace("p1", ReplaceMethod.PENDING_ONLY)
                .build());

        Push replacement = s.push();
        assertThat(deliveryTo(old, BOB).state()).isEqualTo(MessageState.CANCELLED);
        assertThat(deliveryTo(replacement, BOB).state()).isEqualTo(MessageState.PENDING);
        assertThat(deliveryTo(replacement, ALICE).state()).isEqualTo(MessageState.CANCELLED);
        assertThat(deliveryTo(replacement, ALICE).reason().orElseThrow()).contains("pending-only");
        assertThat(deliveryTo(replacement, CAROL).state()).isEqualTo(MessageState.CANCELLED);
        assertThat(s.withheld()).isEqualTo(2);
        assertThat(s.sending()).isEqualTo(1);
        assertThat(accepted.fired.get(0).deliveryIds())
                .containsExactly(deliveryTo(replacement, BOB).id());
        assertThat(ended.fired).hasSize(3);
    }

    @Test
    void replace_pending_only_with_nothing_pending_stores_the_push_and_sends_it_nowhere() throws Exception {
        Push old = submit(push("p1", ALICE).build()).push();
        deliveryTo(old, ALICE).delivered(NOW, 200);
        accepted.fired.clear();

        Submission s = submit(
                push("p2", ALICE).replace("p1", ReplaceMethod.PENDING_ONLY).build());

        assertThat(s.cancelledInReplaced()).isZero();
        assertThat(s.sending()).isZero();
        assertThat(s.push().deliveries()).allMatch(d -> d.state() == MessageState.CANCELLED);
        assertThat(accepted.fired).isEmpty();
        assertThat(store.exists(PI, "p2")).isTrue();
    }

    @Test
    void replacement_matches_terminals_by_address_of_record() throws Exception {
        submit(push("p1", CAROL).build());

        Submission s = submit(push("p2", CAROL_AS_TEL)
                .replace("p1", ReplaceMethod.PENDING_ONLY)
                .build());

        assertThat(s.sending()).isEqualTo(1);
    }

    @Test
    void duplicate_push_id_wins_over_replacement() throws Exception {
        submit(push("p1", ALICE).build());

        assertThatThrownBy(() -> submit(
                        push("p1", ALICE).replace("p1", ReplaceMethod.ALL).build()))
                .isInstanceOf(DuplicatePushIdException.class);
    }

    @Test
    void status_of_all_addresses_when_none_are_named() throws Exception {
        Push push = submit(push("p1", ALICE, BOB).build()).push();
        deliveryTo(push, BOB).undeliverable(NOW.plusSeconds(5), 486, "SIP 486 Busy");

        List<AddressLookup> lookups = status.status(PI, "p1", List.of());

        assertThat(lookups).extracting(AddressLookup::papAddress).containsExactly(ALICE, BOB);
        AddressStatus bob = lookups.get(1).status().orElseThrow();
        assertThat(bob.state()).isEqualTo(MessageState.UNDELIVERABLE);
        assertThat(bob.eventTime()).isEqualTo(NOW.plusSeconds(5));
        assertThat(bob.lastSipStatus()).contains(486);
        assertThat(lookups.get(0).status().orElseThrow().eventTime()).isEqualTo(NOW);
    }

    @Test
    void status_of_named_addresses_in_the_order_named_with_unknown_ones_empty() throws Exception {
        submit(push("p1", ALICE, CAROL).build());

        List<AddressLookup> lookups = status.status(PI, "p1", addresses(CAROL_AS_TEL, BOB, CAROL));

        assertThat(lookups).hasSize(2);
        assertThat(lookups.get(0).papAddress()).isEqualTo(CAROL);
        assertThat(lookups.get(0).status()).isPresent();
        assertThat(lookups.get(1).papAddress()).isEqualTo(BOB);
        assertThat(lookups.get(1).status()).isEmpty();
    }

    @Test
    void status_of_an_unknown_or_foreign_push_id_is_not_found() throws Exception {
        submissions.submit("other-pi", push("p1", ALICE).build(), CONTENT, NOW);

        assertThatThrownBy(() -> status.status(PI, "p1", List.of())).isInstanceOf(PushIdNotFoundException.class);
        assertThatThrownBy(() -> status.status(PI, "nope", List.of())).isInstanceOf(PushIdNotFoundException.class);
    }

    @Test
    void cancel_of_named_addresses_cancels_only_those() throws Exception {
        Push push = submit(push("p1", ALICE, BOB).build()).push();

        List<Cancellation> results = cancellations.cancel(PI, "p1", addresses(BOB), NOW.plusSeconds(1));

        assertThat(results).hasSize(1);
        assertThat(results.get(0).papAddress()).isEqualTo(BOB);
        assertThat(results.get(0).outcome()).isEqualTo(Outcome.CANCELLED);
        assertThat(deliveryTo(push, BOB).state()).isEqualTo(MessageState.CANCELLED);
        assertThat(deliveryTo(push, ALICE).state()).isEqualTo(MessageState.PENDING);
        assertThat(ended.fired).hasSize(1);
    }

    @Test
    void cancel_again_reports_the_final_state_and_unknown_addresses() throws Exception {
        Push push = submit(push("p1", ALICE, BOB).build()).push();
        deliveryTo(push, ALICE).delivered(NOW, 200);
        cancellations.cancel(PI, "p1", addresses(BOB), NOW);

        List<Cancellation> results = cancellations.cancel(PI, "p1", addresses(ALICE, BOB, CAROL), NOW);

        assertThat(results)
                .extracting(Cancellation::outcome)
                .containsExactly(Outcome.ALREADY_FINAL, Outcome.ALREADY_FINAL, Outcome.NOT_SENT_TO_ADDRESS);
        assertThat(results.get(0).why()).contains("delivered");
        assertThat(results.get(1).why()).contains("cancelled");
        assertThat(results.get(2).papAddress()).isEqualTo(CAROL);
        assertThat(results.get(2).status()).isEmpty();
        assertThat(ended.fired).hasSize(1);
    }

    @Test
    void cancel_without_addresses_cancels_every_pending_one() throws Exception {
        Push push = submit(push("p1", ALICE, BOB).build()).push();
        deliveryTo(push, ALICE).dispatched(NOW);

        List<Cancellation> results = cancellations.cancel(PI, "p1", NOW.plusSeconds(1));

        assertThat(results).allMatch(Cancellation::cancelled);
        assertThat(results.get(0).why()).contains("on its way");
        assertThat(push.deliveries()).allMatch(d -> d.state() == MessageState.CANCELLED);
    }

    @Test
    void cancel_of_an_unknown_push_id_is_not_found() {
        assertThatThrownBy(() -> cancellations.cancel(PI, "nope", List.of(), NOW))
                .isInstanceOf(PushIdNotFoundException.class);
    }
}
