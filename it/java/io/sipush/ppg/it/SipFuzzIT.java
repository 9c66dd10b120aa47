package io.sipush.ppg.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.sipush.ppg.pap.MessageState;
import io.sipush.ppg.pap.PushApplicationId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 13 "Fuzzing the SIP side", in the spirit of the PAP decoder's mutation test: more than
 * 10,000 mutated REGISTERs (UDP and TCP, trusted and not) and answers to MESSAGEs (matching their
 * transaction or not, unsolicited) against the running server, from a fixed seed. Afterwards no
 * answer was a 500, the pushes the fuzzed answers met all ended, a normal push still goes out
 * and is recorded, the server log gained no stack trace, and the heap after a full GC is flat.
 */
@ExtendWith(SipTrustPpg.class)
class SipFuzzIT {
    private static final long SEED = Long.getLong("ppg.sip.fuzz.seed", 20261206L);
    private static final int UDP_REGISTERS = 8_000;
    private static final int TCP_CONNECTIONS = 10;
    private static final int TCP_REGISTERS_EACH = 20;
    private static final int UNSOLICITED_ANSWERS = 1_000;
    private static final int FUZZED_PUSHES = 20;
    private static final int ANSWERS_PER_MESSAGE = 40;
    private static final Pattern HEAP = Pattern.compile("total (\\d+)K, used (\\d+)K");

    private final Map<Integer, Integer> statuses = new TreeMap<>();
    private int sent;

    @Test
    void mutated_registers_and_message_answers_leave_the_ppg_working() throws Exception {
        System.out.println("SipFuzzIT seed " + SEED + " (-Dppg.sip.fuzz.seed=" + SEED + " repeats this run)");
        Random random = new Random(SEED);
        int sip = SipTrustPpg.server().sipPort();
        long heapBefore = heapUsedAfterGcKb();
        long stackLinesBefore = stackTraceLines();
        try (RawSip fuzz = new RawSip(SipTrustPpg.TRUSTED, ItPorts.terminal(90));
                RawSip stranger = new RawSip(SipTrustPpg.STRANGER, ItPorts.terminal(91));
                RawSip target = new RawSip(SipTrustPpg.TRUSTED, ItPorts.terminal(92))) {
            SipMutator trusted = new SipMutator(random, fuzz.host(), fuzz.port());
            SipMutator untrusted = new SipMutator(random, stranger.host(), stranger.port());

            fuzzRegistersOverUdp(random, sip, fuzz, stranger, trusted, untrusted);
            fuzzRegistersOverTcp(sip, trusted);
            List<String> pushIds =
                    fuzzMessageAnswers(sip, target, new SipMutator(random, target.host(), target.port()));
            for (int i = 0; i < UNSOLICITED_ANSWERS; i++) {
                fuzz.send(trusted.unsolicitedAnswer(), sip);
                sent++;
            }
            drain(fuzz, 200);
            System.out.println("SipFuzzIT sent " + sent + " mutated packets; answers by status " + statuses);

            assertThat(sent).isGreaterThanOrEqualTo(10_000);
            assertThat(statuses).as("answers by status").doesNotContainKey(500);
            assertThat(statuses).as("some REGISTERs were refused as malformed").containsKey(400);
            assertThat(statuses).as("the untrusted ones were forbidden").containsKey(403);
            for (String pushId : pushIds) {
                assertThat(Status.of(SipTrustPpg.pi(), pushId).get(0).messageState())
                        .as("push " + pushId + " met by fuzzed answers")
                        .isIn(MessageState.DELIVERED, MessageState.UNDELIVERABLE);
            }
        }
        assertANormalPushStillGoesOut();
        assertThat(stackTraceLines()).as("stack trace lines in messages.log").isEqualTo(stackLinesBefore);
        long heapAfter = heapUsedAfterGcKb();
        System.out.println(
                "SipFuzzIT heap used after GC: " + heapBefore / 1024 + " MB before, " + heapAfter / 1024 + " MB after");
        assertThat(heapAfter).as("heap after GC, KB").isLessThan(heapBefore + 96 * 1024);
    }

    private void fuzzRegistersOverUdp(
            Random random, int sip, RawSip fuzz, RawSip stranger, SipMutator trusted, SipMutator untrusted)
            throws IOException {
        for (int i = 0; i < UDP_REGISTERS; i++) {
            if (random.nextInt(20) == 0) {
                stranger.send(untrusted.register("UDP"), sip);
            } else {
                fuzz.send(trusted.register("UDP"), sip);
            }
            sent++;
            if (i % 100 == 99) {
                drain(fuzz, 50);
                drain(stranger, 5);
            }
        }
        drain(fuzz, 300);
        drain(stranger, 100);
    }

    private void fuzzRegistersOverTcp(int sip, SipMutator trusted) throws IOException {
        for (int c = 0; c < TCP_CONNECTIONS; c++) {
            java.io.ByteArrayOutputStream stream = new java.io.ByteArrayOutputStream();
            for (int i = 0; i < TCP_REGISTERS_EACH; i++) {
                stream.writeBytes(trusted.register("TCP"));
                sent++;
            }
            String answers = RawSip.overTcp(SipTrustPpg.TRUSTED, sip, stream.toByteArray(), 500);
            Matcher statusLine = Pattern.compile("SIP/2\\.0 (\\d{3}) ").matcher(answers);
            while (statusLine.find()) {
                statuses.merge(Integer.parseInt(statusLine.group(1)), 1, Integer::sum);
            }
        }
    }

    /** Pushes to a terminal that meets each MESSAGE with fuzzed answers, then a good 200. */
    private List<String> fuzzMessageAnswers(int sip, RawSip target, SipMutator mutator) throws Exception {
        // raw UDP has no retransmission of its own: send the REGISTER again, as Timer E would,
        // while the server still works off the fuzzed packets
        String register = target.register("sip:fuzztarget@ims.example.org", target.contactLine("fuzztarget", 600));
        int status = -1;
        for (int attempt = 0; attempt < 6 && status != 200; attempt++) {
            target.send(register, sip);
            status = target.finalStatus(10_000);
        }
        assertThat(status).as("REGISTER of the fuzz target").isEqualTo(200);
        List<String> pushIds = new ArrayList<>();
        for (int i = 0; i < FUZZED_PUSHES; i++) {
            String pushId = FirstPushIT.uniquePushId();
            push(pushId, "fuzztarget");
            pushIds.add(pushId);
        }
        // The first MESSAGE of each push meets the fuzzed answers. One of them may match the client
        // transaction (RFC 3261 §17.1.3 matches on the Via branch and the CSeq method, not the
        // Call-ID), so the push may end undeliverable, or be retried after a 408, 480 or 503. A
        // retry (any later MESSAGE) gets a clean 200. No push may stay pending.
        int fuzzedMessages = 0;
        List<String> undelivered = new ArrayList<>(pushIds); // not yet in a final state
        long deadline = System.currentTimeMillis() + 120_000;
        while (!undelivered.isEmpty() && System.currentTimeMillis() < deadline) {
            String message = target.receiveRequest("MESSAGE", 3_000);
            if (message == null) {
                undelivered.removeIf(SipFuzzIT::ended);
                continue;
            }
            if (fuzzedMessages < FUZZED_PUSHES) {
                fuzzedMessages++;
                for (int i = 0; i < ANSWERS_PER_MESSAGE; i++) {
                    target.send(mutator.answer(message, i % 4 == 0), sip);
                    sent++;
                }
            }
            target.send(RawSip.answer(message, 200, "OK"), sip);
        }
        assertThat(undelivered).as("pushes still pending after fuzzed answers").isEmpty();
        assertThat(fuzzedMessages).isEqualTo(FUZZED_PUSHES);
        return pushIds;
    }

    private static boolean ended(String pushId) {
        try {
            return Status.of(SipTrustPpg.pi(), pushId).stream()
                    .allMatch(r -> r.messageState() == MessageState.DELIVERED
                            || r.messageState() == MessageState.UNDELIVERABLE);
        } catch (Exception e) {
            return false;
        }
    }

    private void drain(RawSip socket, int quietMillis) throws IOException {
        for (String answer; (answer = socket.receive(quietMillis)) != null; ) {
            int status = RawSip.status(answer);
            if (status > 0) {
                statuses.merge(status, 1, Integer::sum);
            }
        }
    }

    private static void push(String pushId, String user) throws Exception {
        PapClient.Reply reply = SipTrustPpg.pi()
                .push(
                        FirstPushIT.push(pushId, "WAPPUSH=sip%3A" + user + "%40ims.example.org/TYPE=USER"),
                        "application/vnd.syncml.notification",
                        new byte[] {1},
                        PushApplicationId.parse("syncml.dm"),
                        false);
        assertThat(reply.httpStatus()).as(reply.text()).isEqualTo(202);
    }

    private static void assertANormalPushStillGoesOut() throws Exception {
        try (SipTerminal terminal = SipTerminal.start(ItPorts.terminal(93), SipTrustPpg.registrar())) {
            assertThat(terminal.register("sip:afterfuzz@ims.example.org", 600, "syncml.dm")
                            .getStatusCode())
                    .isEqualTo(200);
            String pushId = FirstPushIT.uniquePushId();

            push(pushId, "afterfuzz");

            assertThat(terminal.nextMessage(20)).as("MESSAGE after the fuzzing").isNotNull();
            assertThat(Status.awaitState(SipTrustPpg.pi(), pushId, MessageState.DELIVERED, Duration.ofSeconds(20))
                            .messageState())
                    .isEqualTo(MessageState.DELIVERED);
            assertThat(SipTrustPpg.pushDetail(pushId)).contains("\"what\":\"attempt 1\"", "\"what\":\"delivered\"");
        }
    }

    private static long stackTraceLines() throws IOException {
        try (var lines = Files.lines(SipTrustPpg.server().messagesLog(), StandardCharsets.UTF_8)) {
            return lines.filter(l -> l.startsWith("\tat ") || l.contains("Exception:") && l.contains(" E "))
                    .count();
        }
    }

    private static long heapUsedAfterGcKb() throws Exception {
        long pid = SipTrustPpg.server().jvm().orElseThrow().pid();
        jcmd(pid, "GC.run");
        String info = jcmd(pid, "GC.heap_info");
        Matcher m = HEAP.matcher(info);
        assertThat(m.find()).as(info).isTrue();
        return Long.parseLong(m.group(2));
    }

    private static String jcmd(long pid, String command) throws Exception {
        Process process = new ProcessBuilder("jcmd", Long.toString(pid), command)
                .redirectErrorStream(true)
                .start();
        byte[] out = process.getInputStream().readAllBytes();
        process.waitFor(60, TimeUnit.SECONDS);
        return new String(out, StandardCharsets.UTF_8);
    }
}
