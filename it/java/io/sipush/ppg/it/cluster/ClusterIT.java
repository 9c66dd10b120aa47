package io.sipush.ppg.it.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.sipush.ppg.it.AdminClient;
import io.sipush.ppg.it.ItPorts;
import io.sipush.ppg.it.cluster.TerminalFarm.Receipt;
import io.sipush.ppg.it.cluster.TerminalFarm.Terminal;
import io.sipush.ppg.pap.MessageState;
import io.sipush.ppg.pap.StatusQueryResult;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two PPG instances as one (DESIGN.md §4 "Several instances", issue 11): PostgreSQL, two real PPG
 * servers on it, HAProxy in front of PAP, Kamailio with the dispatcher in front of SIP, and fifty
 * JAIN-SIP terminals registered through Kamailio, all on loopback. The kill -9 of an instance comes
 * last, as nothing after it needs two instances. {@code mvn verify} runs this class in failsafe's
 * execution "cluster" (pom.xml), after the other ITs and the servers they share have stopped: the
 * duplicates of the kill are the MESSAGEs in flight at the kill, 0 to 0.13 % of the load on a
 * quiet machine, but 0.56 % in a suite run of session 7, beside six idle PPG servers (the three of
 * Arquillian and the shared, admin and SIP-trust servers that live as long as the test JVM).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {
    private static final int LOAD_TERMINALS = 50;
    private static final int PUSHES_PER_TERMINAL = 40;
    private static final Duration DELIVERY = Duration.ofSeconds(120);
    /** A REGISTER or a lease must take effect well before the 30 s of a recovery sweep. */
    private static final Duration PROMPTLY = Duration.ofSeconds(15);

    private static PpgCluster cluster;
    private static TerminalFarm farm;

    @BeforeAll
    static void startCluster() throws Exception {
        cluster = PpgCluster.start(2, Map.of("PPG_RETRY_FIRST_MS", "500"));
        List<Integer> ports = IntStream.range(0, 60).mapToObj(ItPorts::terminal).toList();
        farm = TerminalFarm.start(cluster.kamailio().hostPort(), ports);
        registerLoadTerminalsThroughKamailio();
    }

    @AfterAll
    static void stopCluster() throws Exception {
        try {
            if (farm != null) {
                farm.close();
            }
        } finally {
            if (cluster != null) {
                cluster.close();
            }
        }
    }

    private static String loadAor(int terminal) {
        return "sip:load-" + terminal + "@" + PpgCluster.HOME;
    }

    private static void registerLoadTerminalsThroughKamailio() throws Exception {
        for (int t = 0; t < LOAD_TERMINALS; t++) {
            assertThat(farm.terminal(t).register(loadAor(t), 3600, "syncml.dm").getStatusCode())
                    .as("Kamailio's answer to the REGISTER of terminal %d", t)
                    .isEqualTo(200);
        }
        ClusterPap pi = cluster.piThroughHaProxy();
        for (int t = 0; t < LOAD_TERMINALS; t++) {
            Instant deadline = Instant.now().plus(PROMPTLY);
            String desc = pi.ccq(loadAor(t)).desc();
            while (!desc.contains("registered=true") && Instant.now().isBefore(deadline)) {
                Thread.sleep(100);
                desc = pi.ccq(loadAor(t)).desc();
            }
            assertThat(desc).as("ccq of %s through HAProxy", loadAor(t)).contains("registered=true");
        }
    }

    @Test
    @Order(1)
    void front_ends_route_to_both_instances() throws Exception {
        assertThat(cluster.haproxy().backendStates())
                .as("HAProxy's health checks (GET /health/ready)")
                .containsEntry("ppg-1", "UP")
                .containsEntry("ppg-2", "UP");
        String kamailioLog = cluster.kamailio().log();
        for (int i = 1; i <= 2; i++) {
            assertThat(kamailioLog)
                    .as("Kamailio's dispatcher replicated REGISTERs to instance %d", i)
                    .contains("replicated to PPG sip:127.0.0.1:"
                            + cluster.instance(i).sipPort());
        }
        for (int i = 1; i <= 2; i++) {
            assertThat(ThirdPartyRegister.options(cluster.instance(i).sipPort(), PpgCluster.HOME))
                    .as("instance %d's answer to an OPTIONS probe (RFC 3261 §11)", i)
                    .startsWith("SIP/2.0 200");
            assertThat(Files.readString(cluster.instance(i).messagesLog()))
                    .as("instance %d's log after the dispatcher's OPTIONS probes (one a second)", i)
                    .doesNotContain("CWSCT0017E");
        }
        ClusterPap pi = cluster.piThroughHaProxy();
        Set<String> answeredBy = new HashSet<>();
        for (int i = 0; i < 6; i++) {
            answeredBy.add(pi.push("route-" + i + "-" + System.nanoTime() + "@cluster", loadAor(0), "route:" + i)
                    .server());
        }
        assertThat(answeredBy)
                .as("instances that answered PAP through HAProxy")
                .containsExactlyInAnyOrder("ppg-1", "ppg-2");
    }

    @Test
    @Order(2)
    void pushes_through_haproxy_reach_terminals_registered_through_kamailio_once_each_in_order_from_both_instances()
            throws Exception {
        ClusterPap pi = cluster.piThroughHaProxy();
        ExecutorService senders = Executors.newFixedThreadPool(10);
        List<Future<Map<String, Integer>>> results = new ArrayList<>();
        Instant start = Instant.now();
        for (int w = 0; w < 10; w++) {
            int worker = w;
            results.add(senders.submit(() -> sendInTurn(pi, worker)));
        }
        Map<String, Integer> answers = new TreeMap<>();
        for (Future<Map<String, Integer>> result : results) {
            result.get().forEach((k, v) -> answers.merge(k, v, Integer::sum));
        }
        senders.shutdown();
        Duration sending = Duration.between(start, Instant.now());
        System.out.printf(
                "ClusterIT load: %d pushes through HAProxy in %d ms; answers %s%n",
                LOAD_TERMINALS * PUSHES_PER_TERMINAL, sending.toMillis(), answers);
        assertThat(answers.keySet())
                .as("final PAP answers by instance:code (a 4001 is retried)")
                .allMatch(k -> k.endsWith(":1001") || k.startsWith("retried after "));
        assertThat(answers.keySet().stream().filter(k -> k.endsWith(":1001")))
                .as("instances that accepted pushes")
                .hasSize(2);

        Map<Integer, List<String>> byTerminal = awaitLoadBodies("load", LOAD_TERMINALS * PUSHES_PER_TERMINAL);
        List<Receipt> receipts = receiptsWithPrefix("load:");
        Map<Integer, Long> byInstance = receipts.stream()
                .collect(Collectors.groupingBy(
                        r -> cluster.instanceBySipPort(r.ppgSipPort()), TreeMap::new, Collectors.counting()));
        System.out.printf("ClusterIT load: %d MESSAGEs received, by instance %s%n", receipts.size(), byInstance);
        List<String> wrong = new ArrayList<>();
        for (int t = 0; t < LOAD_TERMINALS; t++) {
            List<String> expected = new ArrayList<>();
            for (int r = 0; r < PUSHES_PER_TERMINAL; r++) {
                expected.add("load:" + t + ":" + r);
            }
            List<String> got = byTerminal.getOrDefault(t, List.of());
            if (!got.equals(expected)) {
                wrong.add("terminal " + t + " got " + describe(got, expected));
            }
        }
        assertThat(wrong)
                .as("terminals whose MESSAGEs were missing, twice or out of order")
                .isEmpty();
        assertThat(byInstance.keySet()).as("instances that sent MESSAGEs").containsExactly(1, 2);
    }

    /** Worker {@code w} pushes to terminals w, w+10, ...: one push at a time, so each terminal's order is defined. */
    private static Map<String, Integer> sendInTurn(ClusterPap pi, int worker) throws Exception {
        Map<String, Integer> answers = new TreeMap<>();
        for (int r = 0; r < PUSHES_PER_TERMINAL; r++) {
            for (int t = worker; t < LOAD_TERMINALS; t += 10) {
                String body = "load:" + t + ":" + r;
                String pushId = "load-" + t + "-" + r + "-" + System.nanoTime() + "@cluster";
                ClusterPap.Accepted answer = pi.push(pushId, loadAor(t), body);
                for (int retry = 0; answer.papCode() == 4001 && retry < 50; retry++) {
                    // 4001: not stored, try later (PAP 2.0 §9.2), as a PI does; counted apart
                    answers.merge("retried after " + answer.outcome(), 1, Integer::sum);
                    Thread.sleep(200);
                    answer = pi.push(pushId, loadAor(t), body);
                }
                answers.merge(answer.outcome(), 1, Integer::sum);
            }
        }
        return answers;
    }

    private static String describe(List<String> got, List<String> expected) {
        Set<String> distinct = new HashSet<>(got);
        List<String> missing =
                expected.stream().filter(e -> !distinct.contains(e)).toList();
        return got.size() + " MESSAGEs (" + (got.size() - distinct.size()) + " twice, missing "
                + missing.subList(0, Math.min(5, missing.size())) + (missing.size() > 5 ? "..." : "")
                + (distinct.size() == got.size() && missing.isEmpty() ? ", out of order: " + got : "") + ")";
    }

    @Test
    @Order(3)
    void a_register_at_instance_2_releases_a_push_pending_at_instance_1_whose_state_instance_2_reports()
            throws Exception {
        Terminal terminal = farm.terminal(50);
        String aor = "sip:release@" + PpgCluster.HOME;
        String pushId = "release-" + System.nanoTime() + "@cluster";
        assertThat(cluster.piAt(1).push(pushId, aor, "release:0").papCode())
                .as("push at instance 1")
                .isEqualTo(1001);
        StatusQueryResult pending = cluster.piAt(2).status(pushId);
        assertThat(pending.messageState())
                .as("statusquery at instance 2 before the REGISTER")
                .isEqualTo(MessageState.PENDING);

        Instant registered = Instant.now();
        assertThat(ThirdPartyRegister.register(
                        cluster.instance(2).sipPort(), aor, new ThirdPartyRegister.Binding(terminal.contactUri(), 600)))
                .as("instance 2's answer to the REGISTER")
                .startsWith("SIP/2.0 200");
        List<Receipt> got = terminal.awaitReceipts(1, PROMPTLY);
        assertThat(got)
                .as("MESSAGE released by the REGISTER at instance 2")
                .extracting(Receipt::body)
                .containsExactly("release:0");
        System.out.printf(
                "ClusterIT release: MESSAGE %d ms after the REGISTER at instance 2, sent by instance %d%n",
                Duration.between(registered, got.get(0).at()).toMillis(),
                cluster.instanceBySipPort(got.get(0).ppgSipPort()));
        assertThat(awaitState(cluster.piAt(2), pushId, MessageState.DELIVERED).messageState())
                .as("statusquery at instance 2 after the delivery")
                .isEqualTo(MessageState.DELIVERED);
    }

    @Test
    @Order(4)
    void a_terminal_that_moves_its_contact_through_the_other_instance_gets_the_very_next_push_at_the_new_contact()
            throws Exception {
        Terminal oldContact = farm.terminal(51);
        Terminal newContact = farm.terminal(52);
        String aor = "sip:mover@" + PpgCluster.HOME;
        ThirdPartyRegister.register(
                cluster.instance(1).sipPort(), aor, new ThirdPartyRegister.Binding(oldContact.contactUri(), 600));
        assertThat(cluster.piAt(1)
                        .push("move-0-" + System.nanoTime() + "@cluster", aor, "move:0")
                        .papCode())
                .isEqualTo(1001);
        assertThat(oldContact.awaitReceipts(1, PROMPTLY))
                .as("first push at the old contact")
                .extracting(Receipt::body)
                .containsExactly("move:0");

        assertThat(ThirdPartyRegister.register(
                        cluster.instance(2).sipPort(),
                        aor,
                        new ThirdPartyRegister.Binding(oldContact.contactUri(), 0),
                        new ThirdPartyRegister.Binding(newContact.contactUri(), 600)))
                .as("instance 2's answer to the move")
                .startsWith("SIP/2.0 200");
        assertThat(cluster.piAt(1)
                        .push("move-1-" + System.nanoTime() + "@cluster", aor, "move:1")
                        .papCode())
                .isEqualTo(1001);

        List<Receipt> atNew = newContact.awaitReceipts(1, PROMPTLY);
        assertThat(oldContact.receipts())
                .as("MESSAGEs at the old contact (de-registered at instance 2)")
                .extracting(Receipt::body)
                .containsExactly("move:0");
        assertThat(atNew)
                .as("MESSAGEs at the new contact")
                .extracting(Receipt::body)
                .containsExactly("move:1");
    }

    @Test
    @Order(5)
    void a_backlog_held_by_one_live_instance_is_never_sent_by_the_other_and_keeps_its_order() throws Exception {
        Terminal slow = farm.terminal(53);
        slow.answerAfter(Duration.ofSeconds(2));
        String aor = "sip:slow@" + PpgCluster.HOME;
        ThirdPartyRegister.register(
                cluster.instance(1).sipPort(), aor, new ThirdPartyRegister.Binding(slow.contactUri(), 3600));
        int pushes = 20;
        List<String> expected = new ArrayList<>();
        ClusterPap pi = cluster.piAt(1);
        for (int i = 0; i < pushes; i++) {
            expected.add("slow:" + i);
            assertThat(pi.push("slow-" + i + "-" + System.nanoTime() + "@cluster", aor, "slow:" + i)
                            .papCode())
                    .isEqualTo(1001);
        }
        slow.awaitDistinctBodies(pushes, Duration.ofSeconds(pushes * 2L + 60));
        Thread.sleep(5000); // a MESSAGE sent twice may come a little after the last one
        List<Receipt> got = slow.receipts();
        Map<Integer, Long> byInstance = got.stream()
                .collect(Collectors.groupingBy(
                        r -> cluster.instanceBySipPort(r.ppgSipPort()), TreeMap::new, Collectors.counting()));
        System.out.printf(
                "ClusterIT backlog: %d MESSAGEs for %d pushes, by instance %s%n", got.size(), pushes, byInstance);
        assertThat(got)
                .as("the slow terminal's MESSAGEs, in the order received (by instance %s)", byInstance)
                .extracting(Receipt::body)
                .containsExactlyElementsOf(expected);
        assertThat(byInstance).as("instances that sent the backlog").hasSize(1);
    }

    @Test
    @Order(6)
    void kill_9_of_one_instance_under_load_loses_no_accepted_push_and_duplicates_few() throws Exception {
        KillOfInstanceOne kill = KillOfInstanceOne.get();
        assertThat(kill.failure()).as("the kill scenario ran").isNull();
        List<PushLoad.Sent> accepted =
                kill.sent().stream().filter(s -> s.answer().accepted()).toList();
        Map<String, List<Receipt>> received =
                receiptsWithPrefix("kill:").stream().collect(Collectors.groupingBy(Receipt::body));
        List<String> lost = accepted.stream()
                .map(PushLoad.Sent::body)
                .filter(body -> !received.containsKey(body))
                .toList();
        long duplicates =
                received.values().stream().mapToLong(list -> list.size() - 1).sum();
        double duplicateShare = accepted.isEmpty() ? 0 : (double) duplicates / accepted.size();
        System.out.printf(
                "ClusterIT kill -9 of ppg-%d: %d pushes sent at %.0f/s, %d answered 1001 (%d by the killed"
                        + " instance), %d not; lost %d, duplicates %d (%.2f %%)%n",
                kill.victim(),
                kill.sent().size(),
                kill.rate(),
                accepted.size(),
                accepted.stream()
                        .filter(s -> s.answer().server().equals(PpgCluster.instanceId(kill.victim())))
                        .count(),
                kill.sent().size() - accepted.size(),
                lost.size(),
                duplicates,
                100 * duplicateShare);
        Map<String, Long> notAccepted = kill.sent().stream()
                .filter(s -> !s.answer().accepted())
                .collect(Collectors.groupingBy(
                        s -> (s.answeredAt().isBefore(kill.killedAt()) ? "before the kill: " : "after the kill: ")
                                + s.outcome(),
                        TreeMap::new,
                        Collectors.counting()));
        System.out.printf("ClusterIT kill -9: pushes not answered 1001: %s%n", notAccepted);
        System.out.printf(
                "ClusterIT kill -9: HAProxy saw the killed instance down %d ms after the kill; takeover (the longest"
                        + " wait after the kill of an accepted push) %d ms, %d pushes waited more than 1 s%n",
                kill.haproxyDownMillis(), kill.takeoverMillis(received), kill.stalled(received));
        received.values().stream()
                .filter(list -> list.size() > 1)
                .limit(30)
                .forEach(list -> System.out.printf("ClusterIT kill -9: twice: %s%n", kill.describe(list)));
        assertThat(accepted).as("pushes answered 1001").isNotEmpty();
        assertThat(lost).as("pushes answered 1001 and never delivered").isEmpty();
        assertThat(duplicateShare).as("share of MESSAGEs sent twice").isLessThan(0.005);
    }

    @Test
    @Order(7)
    void a_retry_timer_of_the_killed_instance_fires_on_the_survivor() throws Exception {
        KillOfInstanceOne kill = KillOfInstanceOne.get();
        assertThat(kill.failure()).as("the kill scenario ran").isNull();
        Terminal busy = farm.terminal(KillOfInstanceOne.BUSY_TERMINAL);
        List<Receipt> got = busy.awaitReceipts(2, Duration.ofSeconds(90));
        assertThat(got)
                .as("the first MESSAGE (answered 503, Retry-After %d s) and its retry", KillOfInstanceOne.RETRY_AFTER_S)
                .hasSize(2);
        System.out.printf(
                "ClusterIT retry: retry %d ms after the kill (due %d s after the 503)%n",
                Duration.between(kill.killedAt(), got.get(1).at()).toMillis(), KillOfInstanceOne.RETRY_AFTER_S);
        assertThat(cluster.instanceBySipPort(got.get(1).ppgSipPort()))
                .as("instance of the retry (ppg-%d was killed)", kill.victim())
                .isEqualTo(kill.survivor());
        assertThat(awaitState(cluster.piAt(kill.survivor()), kill.busyPushId(), MessageState.DELIVERED)
                        .messageState())
                .isEqualTo(MessageState.DELIVERED);
    }

    /**
     * One kill -9 of instance 1, shared by the two tests that look at it: first a push at instance
     * 1 whose terminal answers 503 with Retry-After (so a persistent retry timer of instance 1
     * waits), then load through HAProxy at {@link #RATE}/s for 16 s, and the victim killed 8 s into
     * it. A warm-up load comes first (see {@link #warmUp()}): on cold JVMs each push costs the PPG
     * several times its warm CPU, two of them saturate the two cores, and the MESSAGEs the victim
     * had on their way through Kamailio at the kill (sent again by the survivor) were 0.1 to 0.7 %
     * of the load in session 6; warm, 0 to 0.56 % in session 7.
     */
    static final class KillOfInstanceOne {
        static final int BUSY_TERMINAL = 54;
        static final int RETRY_AFTER_S = 20;
        static final int RATE = 200;
        static final int WARM_UP_RATE = 300;
        static final Duration WARM_UP = Duration.ofSeconds(15);
        private static final AtomicReference<KillOfInstanceOne> DONE = new AtomicReference<>();

        private List<PushLoad.Sent> sent = List.of();
        private Instant killedAt;
        private Instant startedAt;
        private Instant endedAt;
        private long haproxyDownMillis = -1;
        private String busyPushId;
        /** The instance that sent the busy terminal's first MESSAGE: the one killed. */
        private int victim;

        private Throwable failure;

        static synchronized KillOfInstanceOne get() {
            if (DONE.get() == null) {
                KillOfInstanceOne kill = new KillOfInstanceOne();
                try {
                    kill.run();
                } catch (Throwable e) {
                    kill.failure = e;
                    e.printStackTrace();
                }
                DONE.set(kill);
            }
            return DONE.get();
        }

        private void run() throws Exception {
            warmUp();
            Terminal busy = farm.terminal(BUSY_TERMINAL);
            busy.answerNextWith(503);
            busy.retryAfter(RETRY_AFTER_S);
            String aor = "sip:busy@" + PpgCluster.HOME;
            ThirdPartyRegister.register(
                    cluster.instance(1).sipPort(), aor, new ThirdPartyRegister.Binding(busy.contactUri(), 3600));
            busyPushId = "busy-" + System.nanoTime() + "@cluster";
            assertThat(cluster.piAt(1).push(busyPushId, aor, "busy:0").papCode())
                    .isEqualTo(1001);
            List<Receipt> first = busy.awaitReceipts(1, PROMPTLY);
            assertThat(first).as("first MESSAGE, answered 503").hasSize(1);
            victim = cluster.instanceBySipPort(first.get(0).ppgSipPort());
            awaitRetryScheduled(busyPushId);
            Thread.sleep(2000); // the timer is created just after the retry's step is committed

            PushLoad load = new PushLoad(cluster.piThroughHaProxy(), "kill", seq -> loadAor(seq % LOAD_TERMINALS));
            startedAt = Instant.now();
            sent = load.run(RATE, Duration.ofSeconds(16), Duration.ofSeconds(8), this::killVictim, 48);
            endedAt = Instant.now();
            awaitDelivered("kill:", sent);
        }

        /**
         * The cluster of an operator has been running when an instance dies: {@link #WARM_UP} of pushes at {@link #WARM_UP_RATE}/s
         * through HAProxy first, all delivered, so that the kill meets compiled code and not two cold
         * JVMs that saturate the two cores (README "Benchmark", cold phase: issue 12).
         */
        private void warmUp() throws Exception {
            PushLoad load = new PushLoad(cluster.piThroughHaProxy(), "warm", seq -> loadAor(seq % LOAD_TERMINALS));
            Instant start = Instant.now();
            List<PushLoad.Sent> warm = load.run(WARM_UP_RATE, WARM_UP, WARM_UP, () -> {}, 48);
            assertThat(awaitDelivered("warm:", warm))
                    .as("every warm-up push answered 1001 delivered")
                    .isTrue();
            System.out.printf(
                    "ClusterIT kill -9: warm-up of %d pushes through HAProxy, delivered in %d ms; answers %s%n",
                    warm.size(),
                    Duration.between(start, Instant.now()).toMillis(),
                    warm.stream()
                            .collect(Collectors.groupingBy(
                                    s -> s.answer().accepted() ? "1001" : s.outcome(),
                                    TreeMap::new,
                                    Collectors.counting())));
        }

        private void killVictim() {
            try {
                killedAt = Instant.now();
                cluster.instance(victim).kill();
                if (cluster.haproxy().awaitDown(PpgCluster.instanceId(victim), Duration.ofSeconds(10))) {
                    haproxyDownMillis =
                            Duration.between(killedAt, Instant.now()).toMillis();
                }
            } catch (Exception e) {
                failure = e;
            }
        }

        private void awaitRetryScheduled(String pushId) throws Exception {
            AdminClient admin = new AdminClient(cluster.instance(victim), "admin", PpgCluster.ADMIN_PASSWORD);
            Instant deadline = Instant.now().plus(PROMPTLY);
            String detail = "";
            while (!detail.contains("\"nextAttemptAt\"") && Instant.now().isBefore(deadline)) {
                Matcher key = Pattern.compile("\"key\":(\\d+)")
                        .matcher(admin.get("pushes?pushId=" + URLEncoder.encode(pushId, StandardCharsets.UTF_8))
                                .body());
                detail = key.find() ? admin.get("pushes/" + key.group(1)).body() : "";
                Thread.sleep(200);
            }
            assertThat(detail)
                    .as("the busy push's next attempt in the admin API")
                    .contains("\"nextAttemptAt\"");
        }

        /** Waits until every push of {@code sent} answered 1001 was delivered; whether they all were. */
        private static boolean awaitDelivered(String prefix, List<PushLoad.Sent> sent) throws InterruptedException {
            List<String> bodies = sent.stream()
                    .filter(s -> s.answer().accepted())
                    .map(PushLoad.Sent::body)
                    .toList();
            Instant deadline = Instant.now().plus(DELIVERY);
            while (Instant.now().isBefore(deadline)) {
                Set<String> got =
                        receiptsWithPrefix(prefix).stream().map(Receipt::body).collect(Collectors.toSet());
                if (got.containsAll(bodies)) {
                    Thread.sleep(3000); // late duplicates
                    return true;
                }
                Thread.sleep(250);
            }
            return false;
        }

        /** The MESSAGEs of one push: when each came, counted from the kill, and from which instance. */
        String describe(List<Receipt> copies) {
            return copies.get(0).body() + " at "
                    + copies.stream()
                            .map(r -> Duration.between(killedAt, r.at()).toMillis() + " ms from ppg-"
                                    + cluster.instanceBySipPort(r.ppgSipPort()))
                            .collect(Collectors.joining(", "));
        }

        List<PushLoad.Sent> sent() {
            return sent;
        }

        Instant killedAt() {
            return killedAt;
        }

        int victim() {
            return victim;
        }

        int survivor() {
            return victim == 1 ? 2 : 1;
        }

        String busyPushId() {
            return busyPushId;
        }

        Throwable failure() {
            return failure;
        }

        long haproxyDownMillis() {
            return haproxyDownMillis;
        }

        double rate() {
            return sent.size()
                    * 1000.0
                    / Math.max(1, Duration.between(startedAt, endedAt).toMillis());
        }

        /** The longest wait, counted from the kill (or from its answer, if later), of an accepted push delivered after the kill. */
        long takeoverMillis(Map<String, List<Receipt>> received) {
            return waitsAfterKill(received).stream()
                    .mapToLong(Long::longValue)
                    .max()
                    .orElse(0);
        }

        long stalled(Map<String, List<Receipt>> received) {
            return waitsAfterKill(received).stream().filter(w -> w > 1000).count();
        }

        private List<Long> waitsAfterKill(Map<String, List<Receipt>> received) {
            List<Long> waits = new ArrayList<>();
            for (PushLoad.Sent s : sent) {
                List<Receipt> got = received.get(s.body());
                if (!s.answer().accepted() || got == null) {
                    continue;
                }
                Instant first =
                        got.stream().map(Receipt::at).min(Instant::compareTo).orElseThrow();
                Instant from = s.answeredAt().isAfter(killedAt) ? s.answeredAt() : killedAt;
                if (first.isAfter(killedAt)) {
                    waits.add(Duration.between(from, first).toMillis());
                }
            }
            return waits;
        }
    }

    private static List<Receipt> receiptsWithPrefix(String prefix) {
        return farm.allReceipts().stream()
                .filter(r -> r.body().startsWith(prefix))
                .toList();
    }

    /** Waits until {@code count} MESSAGEs with bodies {@code prefix:...} arrived; the bodies per terminal, in order. */
    private static Map<Integer, List<String>> awaitLoadBodies(String prefix, int count) throws InterruptedException {
        Instant deadline = Instant.now().plus(DELIVERY);
        while (receiptsWithPrefix(prefix + ":").size() < count && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
        }
        Thread.sleep(2000); // late duplicates
        Map<Integer, List<String>> byTerminal = new TreeMap<>();
        for (Terminal terminal : farm.terminals()) {
            List<String> bodies = terminal.receipts().stream()
                    .map(Receipt::body)
                    .filter(b -> b.startsWith(prefix + ":"))
                    .toList();
            if (!bodies.isEmpty()) {
                byTerminal.put(terminal.index(), bodies);
            }
        }
        return byTerminal;
    }

    private static StatusQueryResult awaitState(ClusterPap pi, String pushId, MessageState wanted) throws Exception {
        Instant deadline = Instant.now().plus(PROMPTLY);
        StatusQueryResult last = pi.status(pushId);
        while (last.messageState() != wanted && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            last = pi.status(pushId);
        }
        return last;
    }
}
