package io.sipush.ppg.it.cluster;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Pushes at a steady rate through one endpoint for a while, each to one of the given addresses of
 * record in turn, and keeps every answer with its time. Pushes whose answer is late do not hold
 * the next ones back (up to {@code workers} are out at once).
 */
public final class PushLoad {
    /**
     * One push sent: its push-id, body, address of record, answer, the time of the answer, and
     * the exception if there was no answer (else null).
     */
    public record Sent(
            String pushId, String body, String aor, ClusterPap.Accepted answer, Instant answeredAt, String error) {
        /** What a push not answered 1001 got, for a summary: HTTP status and PAP code, or the exception. */
        public String outcome() {
            return error != null ? error : "http=" + answer.httpStatus() + " code=" + answer.papCode();
        }
    }

    private final ClusterPap pi;
    private final String prefix;
    private final IntFunction<String> aorOf;
    private final ConcurrentLinkedQueue<Sent> sent = new ConcurrentLinkedQueue<>();
    private final AtomicInteger failures = new AtomicInteger();

    public PushLoad(ClusterPap pi, String prefix, IntFunction<String> aorOf) {
        this.pi = pi;
        this.prefix = prefix;
        this.aorOf = aorOf;
    }

    /**
     * Sends {@code perSecond} pushes a second for {@code length}, running {@code during} (for
     * example a kill) {@code after} into the run; returns when the last answer is in.
     */
    public List<Sent> run(int perSecond, Duration length, Duration after, Runnable during, int workers)
            throws InterruptedException {
        ExecutorService senders = Executors.newFixedThreadPool(workers);
        ScheduledExecutorService clock = Executors.newScheduledThreadPool(2);
        int total = (int) (perSecond * length.toMillis() / 1000);
        AtomicInteger next = new AtomicInteger();
        long periodMicros = 1_000_000L / perSecond;
        clock.scheduleAtFixedRate(
                () -> {
                    int seq = next.getAndIncrement();
                    if (seq < total) {
                        senders.execute(() -> send(seq));
                    }
                },
                0,
                periodMicros,
                TimeUnit.MICROSECONDS);
        clock.schedule(during, after.toMillis(), TimeUnit.MILLISECONDS);
        while (next.get() < total) {
            Thread.sleep(50);
        }
        clock.shutdown();
        clock.awaitTermination(2, TimeUnit.MINUTES);
        senders.shutdown();
        senders.awaitTermination(2, TimeUnit.MINUTES);
        return List.copyOf(sent);
    }

    private void send(int seq) {
        String body = prefix + ":" + seq;
        String pushId = prefix + "-" + seq + "@cluster.example.org";
        String aor = aorOf.apply(seq);
        try {
            sent.add(new Sent(pushId, body, aor, pi.push(pushId, aor, body), Instant.now(), null));
        } catch (Exception e) {
            failures.incrementAndGet();
            sent.add(new Sent(pushId, body, aor, new ClusterPap.Accepted(-1, -1, ""), Instant.now(), e.toString()));
        }
    }
}
