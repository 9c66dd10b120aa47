package io.sipush.ppg.infrastructure.warmup;

import io.sipush.ppg.cluster.ClusterView;
import io.sipush.ppg.cluster.Partitions;
import io.sipush.ppg.config.PpgSettings;
import io.sipush.ppg.config.PpgSettings.WarmUpTraffic;
import io.sipush.ppg.delivery.WarmUpTerminal;
import io.sipush.ppg.infrastructure.persistence.JpaPushesOfAccount;
import io.sipush.ppg.pushinitiator.AccountNotFoundException;
import io.sipush.ppg.pushinitiator.PushInitiatorName;
import io.sipush.ppg.pushinitiator.application.PushInitiatorAccounts;
import io.sipush.ppg.terminal.AddressOfRecord;
import io.sipush.ppg.terminal.ContactBinding;
import io.sipush.ppg.terminal.Registration;
import io.sipush.ppg.terminal.application.RegistrationService;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ThreadFactory;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.enterprise.context.ApplicationScoped;
import javax.inject.Inject;

/**
 * The PPG's own pushes at start, before it reports ready (issue 12 item 6; docs/architecture.md,
 * "Warm start"): a PI account of its own with a random password, {@link WarmUpTerminal}s bound
 * to its own SIP listener, {@code PPG_WARMUP_PUSHES} pushes through its own PAP endpoint over
 * HTTP, delivered as MESSAGEs that its SIP servlet answers. So the JIT compiles the whole path
 * (Liberty's HTTP side, the PAP codec, the store, the engine, the SIP stack) before a PI's first
 * push. Afterwards the account, the bindings and every push row are removed; the metrics keep
 * what they counted.
 */
@ApplicationScoped
public class PushWarmUp {
    static final int TERMINALS = 16;
    private static final Duration START_WAIT = Duration.ofSeconds(30);
    private static final Duration LIMIT = Duration.ofSeconds(60);
    private static final Duration QUIET = Duration.ofSeconds(10);
    private static final Duration STALE = Duration.ofMinutes(10);
    private static final Logger LOG = Logger.getLogger(PushWarmUp.class.getName());

    @Inject
    PpgSettings settings;

    @Inject
    ClusterView cluster;

    @Inject
    WarmUpTerminal terminal;

    @Inject
    PushInitiatorAccounts accounts;

    @Inject
    RegistrationService registrations;

    @Inject
    JpaPushesOfAccount traces;

    /** What one warm-up did, for the log; {@link #complete()} when every push was taken and answered. */
    public record Outcome(int pushes, Map<String, Integer> answers, long delivered, int removed, Duration took) {
        /** Every push was sent and answered 1001, and each one's MESSAGE reached this instance's servlet. */
        public boolean complete() {
            int accepted = answers.getOrDefault("1001", 0);
            return accepted == pushes && delivered == accepted;
        }
    }

    /**
     * Sends the warm-up pushes on {@code senders} threads made by {@code threads}, and removes every
     * trace of them (also those of warm-ups that a crash cut short).
     *
     * @throws IOException when PAP over HTTP is off, or the PPG's own endpoints did not open within 30 s
     */
    public Outcome run(int senders, ThreadFactory threads) throws IOException, InterruptedException {
        Instant start = Instant.now();
        WarmUpTraffic traffic = settings.warmUpTraffic();
        if (traffic.httpPort() <= 0) {
            throw new IOException("PAP over HTTP is off (PPG_HTTP_PORT " + traffic.httpPort() + ")");
        }
        awaitOpen(traffic);
        String name = WarmUpTerminal.name(cluster.instanceId());
        clearStaleTraces(name, start);
        List<AddressOfRecord> aors = new ArrayList<>();
        long receivedBefore = terminal.received();
        Map<String, Integer> answers;
        long delivered;
        int removed;
        terminal.begin();
        try {
            String password = randomPassword();
            accounts.createWarmUpAccount(name, password);
            aors.addAll(bindTerminals(traffic, name));
            WarmUpClient client = new WarmUpClient(
                    loopback(traffic.httpHost()), traffic.httpPort(), name, password, settings.homeDomain(), aors);
            answers = new TreeMap<>(client.send(0, 1, 1, threads, start.plus(LIMIT)));
            awaitFirstMessage(receivedBefore, start.plus(LIMIT));
            client.send(1, traffic.pushes(), senders, threads, start.plus(LIMIT))
                    .forEach((code, n) -> answers.merge(code, n, Integer::sum));
            awaitDelivered(name, start.plus(LIMIT));
            delivered = terminal.received() - receivedBefore;
        } finally {
            terminal.end();
            removed = cleanUp(name, aors);
        }
        return new Outcome(traffic.pushes(), answers, delivered, removed, Duration.between(start, Instant.now()));
    }

    /**
     * Removes what this warm-up left, once; how many pushes it removed. A failure here is logged,
     * so that it hides no earlier one.
     */
    private int cleanUp(String name, List<AddressOfRecord> aors) {
        try {
            aors.forEach(aor -> registrations.register(Registration.removeAll(aor)));
            return clearTraces(name);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the warm-up's traces were not all removed; the next warm-up removes them", e);
            return 0;
        }
    }

    /**
     * Removes the traces of this instance's earlier warm-ups, and of any warm-up account older than
     * {@link #STALE} (an instance that crashed while warming up and never came back under its
     * name); a younger one of another name may be another instance's warm-up that runs now.
     */
    private void clearStaleTraces(String name, Instant now) {
        for (PushInitiatorAccounts.AccountView account : accounts.list()) {
            boolean warmUp = PushInitiatorName.reserved(account.name());
            if (warmUp && (account.name().equals(name) || account.createdAt().isBefore(now.minus(STALE)))) {
                clearTraces(account.name());
            }
        }
        traces.removeAll(name);
    }

    /** Waits until this instance has joined its cluster (its SIP side is up) and its PAP port takes connections. */
    private void awaitOpen(WarmUpTraffic traffic) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(START_WAIT);
        while (!cluster.ready() || !accepts(loopback(traffic.httpHost()), traffic.httpPort())) {
            if (Instant.now().isAfter(deadline)) {
                throw new IOException("the PPG's SIP side or its PAP port " + traffic.httpPort()
                        + " did not open within " + START_WAIT.toSeconds() + " s");
            }
            Thread.sleep(100);
        }
    }

    private static boolean accepts(String host, int port) {
        try (Socket probe = new Socket()) {
            probe.connect(new InetSocketAddress(host, port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private List<AddressOfRecord> bindTerminals(WarmUpTraffic traffic, String name) {
        String domain = settings.homeDomain();
        String host = loopback(traffic.sipHost());
        String hostPort = (host.contains(":") ? "[" + host + "]" : host) + ":" + traffic.sipPort();
        Instant expires = Instant.now().plus(LIMIT.multipliedBy(2));
        Set<Integer> owned = cluster.ownedPartitions();
        List<AddressOfRecord> aors = new ArrayList<>();
        for (int i = 0; aors.size() < TERMINALS && i < TERMINALS * Partitions.COUNT * 4; i++) {
            String user = name + "-" + i;
            AddressOfRecord aor = AddressOfRecord.parse("sip:" + user + "@" + domain, domain);
            if (!owned.isEmpty() && !owned.contains(Partitions.of(aor.value()))) {
                continue; // another instance would send its MESSAGEs and warm up instead
            }
            ContactBinding contact = new ContactBinding("sip:" + user + "@" + hostPort, expires, 1.0f, List.of());
            registrations.register(new Registration(aor, List.of(contact), List.of(), false));
            aors.add(aor);
        }
        return aors;
    }

    /**
     * Waits until the first warm-up MESSAGE has been answered, at most {@link #QUIET}: when the
     * SIP container's first requests out were many MESSAGEs sent at once, its UDP listener read
     * nothing more in 2 of 4 starts here (Open Liberty 26.0.0.3), so one goes first, alone.
     */
    private void awaitFirstMessage(long receivedBefore, Instant deadline) throws InterruptedException {
        Instant until = Instant.now().plus(QUIET);
        while (terminal.received() == receivedBefore
                && Instant.now().isBefore(until)
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
        }
    }

    /** Waits until every warm-up delivery has reached a final state in the store, or nothing moved for 10 s. */
    private void awaitDelivered(String name, Instant deadline) throws InterruptedException {
        long pending = traces.pending(name);
        Instant lastProgress = Instant.now();
        while (pending > 0 && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            long now = traces.pending(name);
            if (now < pending) {
                lastProgress = Instant.now();
            } else if (Instant.now().isAfter(lastProgress.plus(QUIET))) {
                return;
            }
            pending = now;
        }
    }

    /** Removes the account and its pushes; how many pushes it removed. */
    private int clearTraces(String name) {
        int removed = traces.removeAll(name);
        try {
            accounts.remove(name);
        } catch (AccountNotFoundException gone) {
            // removed already, or never created
        }
        return removed;
    }

    /** A wildcard listening address is reached on loopback. */
    static String loopback(String host) {
        return switch (host) {
            case "0.0.0.0", "*", "::", "[::]" -> "127.0.0.1";
            default -> host;
        };
    }

    private static String randomPassword() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }
}
