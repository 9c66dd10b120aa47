package io.sipush.ppg.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.sipush.ppg.pap.MessageState;
import io.sipush.ppg.pap.PushApplicationId;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 13 items 4, 10 and 11, DESIGN.md §4 "Trust and hostile input on the SIP side": values
 * from the wire that do not fit their columns, and values from a PI that would break out of a
 * SIP header.
 */
@ExtendWith(SipTrustPpg.class)
class SipHostileInputIT {
    private static final String DM_NOTIFICATION = "application/vnd.syncml.notification";
    private static final String LONG_REASON = "Temporarily Unavailable " + "x".repeat(576);

    private static void push(String pushId, String user) throws Exception {
        PapClient.Reply reply = SipTrustPpg.pi()
                .push(
                        FirstPushIT.push(pushId, "WAPPUSH=sip%3A" + user + "%40ims.example.org/TYPE=USER"),
                        DM_NOTIFICATION,
                        new byte[] {1},
                        PushApplicationId.parse("syncml.dm"),
                        false);
        assertThat(reply.httpStatus()).as(reply.text()).isEqualTo(202);
    }

    /** Reads the push's detail until its attempts reach {@code attempts}, or 30 s pass; returns the last. */
    private static String awaitAttempts(String pushId, int attempts) throws Exception {
        Instant deadline = Instant.now().plusSeconds(30);
        String detail = SipTrustPpg.pushDetail(pushId);
        while (SipTrustPpg.number(detail, "attempts") < attempts
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            detail = SipTrustPpg.pushDetail(pushId);
        }
        return detail;
    }

    @Test
    void a_600_character_reason_phrase_is_clipped_and_the_push_follows_its_retry_schedule() throws Exception {
        int sip = SipTrustPpg.server().sipPort();
        assertThat(LONG_REASON).hasSize(600);
        try (RawSip unavailable = new RawSip(SipTrustPpg.TRUSTED, ItPorts.terminal(86));
                SipTerminal neighbour = SipTerminal.start(ItPorts.terminal(87), SipTrustPpg.registrar())) {
            unavailable.send(
                    unavailable.register("sip:longreason@ims.example.org", unavailable.contactLine("lr", 600)), sip);
            assertThat(unavailable.finalStatus(10_000)).isEqualTo(200);
            neighbour.register("sip:neighbour@ims.example.org", 600, "syncml.dm");
            String bad = FirstPushIT.uniquePushId();
            String good = FirstPushIT.uniquePushId();

            push(bad, "longreason");
            push(good, "neighbour");
            int messages = 0;
            while (messages < 3) {
                String message = unavailable.receiveRequest("MESSAGE", 30_000);
                assertThat(message)
                        .as("MESSAGE " + (messages + 1) + " at the unavailable terminal")
                        .isNotNull();
                unavailable.send(RawSip.answer(message, 480, LONG_REASON), sip);
                messages++;
            }
            String detail = awaitAttempts(bad, 3);

            assertThat(SipTrustPpg.number(detail, "attempts")).as(detail).isGreaterThanOrEqualTo(3);
            assertThat(detail).contains("\"state\":\"pending\"", "\"lastSipStatus\":480");
            String reason = SipTrustPpg.text(detail, "reason");
            assertThat(reason).startsWith("SIP 480 Temporarily Unavailable xxx");
            assertThat(reason.length()).isLessThanOrEqualTo(512);
            assertThat(Status.of(SipTrustPpg.pi(), bad).get(0).messageState()).isEqualTo(MessageState.PENDING);
            assertThat(Status.awaitState(SipTrustPpg.pi(), good, MessageState.DELIVERED, Duration.ofSeconds(20))
                            .messageState())
                    .isEqualTo(MessageState.DELIVERED);
            assertThat(neighbour.nextMessage(20)).isNotNull();
            assertThat(neighbour.nextMessage(2))
                    .as("the neighbour's push went once")
                    .isNull();
            // count attempts, not packets: a UDP retransmission of one MESSAGE (Timer A) has its Call-ID and CSeq
            java.util.Set<String> more = new java.util.HashSet<>();
            for (String again; (again = unavailable.receiveRequest("MESSAGE", 500)) != null; ) {
                unavailable.send(RawSip.answer(again, 480, LONG_REASON), sip);
                more.add(RawSip.header(again, "Call-ID") + " " + RawSip.header(again, "CSeq"));
            }
            int extra = more.size();
            long recorded = SipTrustPpg.number(awaitAttempts(bad, 3 + extra), "attempts");
            assertThat(recorded)
                    .as("every MESSAGE answered is a recorded attempt (one more may be out)")
                    .isBetween(3L + extra, 4L + extra);
        }
    }

    @Test
    void over_long_register_fields_get_400_never_500_and_one_log_line_per_source() throws Exception {
        int sip = SipTrustPpg.server().sipPort();
        // the server is shared: only what this test's REGISTERs make it write counts
        int linesBefore = Files.readAllLines(SipTrustPpg.server().messagesLog(), StandardCharsets.UTF_8)
                .size();
        try (RawSip sender = new RawSip(SipTrustPpg.TRUSTED_OTHER, ItPorts.terminal(88))) {
            String longAor = "sip:" + "a".repeat(600) + "@ims.example.org";
            String longContact =
                    "Contact: <sip:" + "c".repeat(1100) + "@" + sender.host() + ":" + sender.port() + ">;expires=600";
            String longFeatureTag = "Contact: <sip:ft@" + sender.host() + ":" + sender.port()
                    + ">;+g.oma.pusheventapp=\"" + "f".repeat(1100) + "\";expires=600";
            List<String> registers = List.of(
                    sender.register(longAor, sender.contactLine("aor", 600)),
                    sender.register("sip:longcontact@ims.example.org", longContact),
                    sender.register("sip:longtag@ims.example.org", longFeatureTag),
                    sender.register(longAor, sender.contactLine("again", 600)));
            AtomicInteger index = new AtomicInteger();
            int[] statuses = new int[registers.size()];
            for (String register : registers) {
                sender.send(register, sip);
                statuses[index.getAndIncrement()] = sender.finalStatus(10_000);
            }

            assertThat(statuses).containsOnly(400);
            assertThat(SipTrustPpg.admin().get("terminals?address=longcontact").body())
                    .contains("\"total\":0");
            Thread.sleep(1_000); // the log is written asynchronously
            List<String> all = Files.readAllLines(SipTrustPpg.server().messagesLog(), StandardCharsets.UTF_8);
            List<String> lines = all.subList(linesBefore, all.size());
            assertThat(lines.stream().filter(l -> l.contains("REGISTER from " + SipTrustPpg.TRUSTED_OTHER)))
                    .hasSize(1);
            assertThat(lines.stream().filter(l -> l.contains("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")))
                    .allMatch(l -> l.length() < 600);
        }
    }

    @Test
    void a_quote_or_bare_cr_in_the_application_id_or_content_type_is_refused_with_2000() throws Exception {
        try (SipTerminal terminal = SipTerminal.start(ItPorts.terminal(89), SipTrustPpg.registrar())) {
            terminal.register("sip:injected@ims.example.org", 600, "syncml.dm");

            PapClient.Reply quote = SipTrustPpg.pi()
                    .pushWithRawApplicationId(
                            FirstPushIT.push(
                                    FirstPushIT.uniquePushId(), "WAPPUSH=sip%3Ainjected%40ims.example.org/TYPE=USER"),
                            DM_NOTIFICATION,
                            new byte[] {1},
                            "syncml.dm\";+sip.instance=\"<urn:evil>");
            PapClient.Reply carriageReturn = SipTrustPpg.pi()
                    .pushWithRawApplicationId(
                            FirstPushIT.push(
                                    FirstPushIT.uniquePushId(), "WAPPUSH=sip%3Ainjected%40ims.example.org/TYPE=USER"),
                            DM_NOTIFICATION + "; p=\"a\rX-Forged: 1\"",
                            new byte[] {1},
                            "syncml.dm");

            for (PapClient.Reply reply : List.of(quote, carriageReturn)) {
                assertThat(reply.httpStatus()).as(reply.text()).isEqualTo(200);
                assertThat(reply.text()).contains("code=\"2000\"");
            }
            assertThat(quote.text()).contains("X-Wap-Application-Id");
            assertThat(carriageReturn.text()).contains("Content-Type");
            assertThat(terminal.nextMessage(3)).as("no MESSAGE went out").isNull();
        }
    }
}
