package io.sipush.ppg.bench;

import io.sipush.ppg.it.http.PlainHttpConnection;
import io.sipush.ppg.pap.PapException;
import io.sipush.ppg.pap.PapVersion;
import io.sipush.ppg.pap.PushAddress;
import io.sipush.ppg.pap.PushApplicationId;
import io.sipush.ppg.pap.PushMessage;
import io.sipush.ppg.pap.codec.PapEncoder;
import io.sipush.ppg.pap.mime.MultipartRelatedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Locale;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;

/**
 * The Push Initiator side of the benchmark: PAP push-messages over keep-alive HTTP/1.1
 * connections ({@link PlainHttpConnection}, one per request in flight), open
 * loop at a fixed rate, or as fast as a bounded number of requests in flight allows. Each content
 * part is about 100 bytes of {@code application/vnd.syncml.notification} for {@code syncml.dm}
 * and starts with {@code <kind>;T=<submit epoch ms>;N=<sequence>;} for the SIPp terminals.
 */
final class PapLoad {
    static final String CONTENT_TYPE = "application/vnd.syncml.notification";
    static final int CONTENT_BYTES = 100;
    private static final PushApplicationId APP = PushApplicationId.parse("x-wap-application:syncml.dm");

    private final ExecutorService senders;
    private final ThreadLocal<PlainHttpConnection> connection;
    private final int maxInFlight;
    private final RequestTemplate template =
            new RequestTemplate(new PapEncoder(), new MultipartRelatedWriter("bench-boundary-7f3a"), null);
    /** The same push with a deliver-after-timestamp a year ahead: it waits for that time. */
    private final RequestTemplate deferredTemplate = new RequestTemplate(
            new PapEncoder(),
            new MultipartRelatedWriter("bench-boundary-7f3a"),
            Instant.now().plus(Duration.ofDays(365)).truncatedTo(ChronoUnit.SECONDS));

    PapLoad(URI endpoint, String user, String password, int maxInFlight) {
        this.maxInFlight = maxInFlight;
        String authorization =
                "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.connection = ThreadLocal.withInitial(() -> new PlainHttpConnection(endpoint, authorization));
        this.senders = Executors.newFixedThreadPool(maxInFlight, r -> {
            Thread t = new Thread(r, "pap-load");
            t.setDaemon(true);
            return t;
        });
    }

    /** What one phase of pushes got back. */
    static final class Result {
        final String kind;
        /** How many were scheduled (open loop) or asked for (closed loop). */
        final int planned;
        /** How many were sent before the phase's time ran out. */
        int count;

        final AtomicIntegerArray status;
        final AtomicLongArray latencyNanos;
        final long[] lagNanos;
        /** When each request was sent, from the phase's start. */
        final long[] sentNanos;

        long startEpochMs;
        long endEpochMs;
        long lastAnswerEpochMs;

        Result(String kind, int count) {
            this.kind = kind;
            this.planned = count;
            this.count = count;
            this.status = new AtomicIntegerArray(count);
            this.latencyNanos = new AtomicLongArray(count);
            this.lagNanos = new long[count];
            this.sentNanos = new long[count];
        }

        int accepted() {
            int n = 0;
            for (int i = 0; i < count; i++) {
                if (status.get(i) == 202) {
                    n++;
                }
            }
            return n;
        }

        /** HTTP status (or -1 for an I/O error, 0 for no answer) and how many got it, 202 left out. */
        TreeMap<Integer, Integer> others() {
            TreeMap<Integer, Integer> others = new TreeMap<>();
            for (int i = 0; i < count; i++) {
                if (status.get(i) != 202) {
                    others.merge(status.get(i), 1, Integer::sum);
                }
            }
            return others;
        }

        double[] acceptedLatenciesMs() {
            double[] all = new double[accepted()];
            int j = 0;
            for (int i = 0; i < count; i++) {
                if (status.get(i) == 202) {
                    all[j++] = latencyNanos.get(i) / 1e6;
                }
            }
            return all;
        }

        double[] lagMs() {
            double[] all = new double[count];
            for (int i = 0; i < count; i++) {
                all[i] = lagNanos[i] / 1e6;
            }
            return all;
        }

        double seconds() {
            return (endEpochMs - startEpochMs) / 1000.0;
        }

        /** One line per request: sent (ms after the phase began), latency (ms), HTTP status. */
        void writeTimeline(Path file) throws IOException {
            StringBuilder lines = new StringBuilder("sent_ms,latency_ms,status\n");
            for (int i = 0; i < count; i++) {
                lines.append(sentNanos[i] / 1_000_000)
                        .append(',')
                        .append(String.format(Locale.ROOT, "%.2f", latencyNanos.get(i) / 1e6))
                        .append(',')
                        .append(status.get(i))
                        .append('\n');
            }
            Files.writeString(file, lines);
        }
    }

    /**
     * Sends {@code rate × seconds} pushes, one every {@code 1/rate} s whatever the answers (open
     * loop), each to a random terminal out of {@code terminals}. Latency runs from the send to the
     * whole answer; lag is how late a send was against the schedule.
     */
    Result openLoop(String kind, int rate, int seconds, int terminals) throws InterruptedException {
        return run(
                kind,
                rate * seconds,
                rate,
                TimeUnit.SECONDS.toNanos(seconds),
                i -> sipAddress(Sipp.user(ThreadLocalRandom.current().nextInt(terminals))),
                i -> false);
    }

    /**
     * As fast as {@code maxInFlight} requests in flight allow, until {@code count} are sent or
     * {@code maxSeconds} have passed.
     */
    Result closedLoop(String kind, int count, int maxSeconds, IntFunction<String> address) throws InterruptedException {
        return run(kind, count, 0, TimeUnit.SECONDS.toNanos(maxSeconds), address, i -> false);
    }

    /** As {@link #closedLoop}, the pushes that {@code deferred} picks with a deliver-after a year ahead. */
    Result closedLoop(String kind, int count, int maxSeconds, IntFunction<String> address, IntPredicate deferred)
            throws InterruptedException {
        return run(kind, count, 0, TimeUnit.SECONDS.toNanos(maxSeconds), address, deferred);
    }

    /** Sends until {@code count} are sent or {@code maxNanos} have passed: a phase never overruns. */
    private Result run(
            String kind, int count, int rate, long maxNanos, IntFunction<String> address, IntPredicate deferred)
            throws InterruptedException {
        Result result = new Result(kind, count);
        Semaphore inFlight = new Semaphore(maxInFlight);
        long startNanos = System.nanoTime();
        result.startEpochMs = System.currentTimeMillis();
        long[] lastAnswer = new long[1];
        int i = 0;
        for (; i < count && System.nanoTime() - startNanos < maxNanos; i++) {
            long due = rate == 0 ? System.nanoTime() : startNanos + (long) i * 1_000_000_000L / rate;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            long left = maxNanos - (System.nanoTime() - startNanos);
            if (!inFlight.tryAcquire(Math.max(0, left), TimeUnit.NANOSECONDS)) {
                break;
            }
            long sent = System.nanoTime();
            if (count >= 20_000 && i > 0 && i % (count / 10) == 0) {
                System.out.printf("  [%s] %d sent after %.0f s%n", kind, i, (sent - startNanos) / 1e9);
            }
            result.lagNanos[i] = Math.max(0, sent - due);
            result.sentNanos[i] = sent - startNanos;
            int index = i;
            long submitEpochMs = System.currentTimeMillis();
            String to = address.apply(i);
            RequestTemplate request = deferred.test(i) ? deferredTemplate : template;
            senders.execute(() -> {
                int status = send(request, kind, index, submitEpochMs, to);
                result.latencyNanos.set(index, System.nanoTime() - sent);
                result.status.set(index, status);
                synchronized (lastAnswer) {
                    lastAnswer[0] = Math.max(lastAnswer[0], System.currentTimeMillis());
                }
                inFlight.release();
            });
        }
        result.count = i;
        result.endEpochMs = System.currentTimeMillis();
        if (!inFlight.tryAcquire(maxInFlight, 60, TimeUnit.SECONDS)) {
            System.out.println("  [" + kind + "] some PAP requests got no answer within 60 s");
        } else {
            inFlight.release(maxInFlight);
        }
        synchronized (lastAnswer) {
            result.lastAnswerEpochMs = lastAnswer[0];
        }
        return result;
    }

    /** Ends the sender threads once the phase is over. */
    void close() {
        senders.shutdown();
    }

    static String sipAddress(String user) {
        return "WAPPUSH="
                + URLEncoder.encode("sip:" + user + "@ims.example.org", StandardCharsets.UTF_8)
                + "/TYPE=USER@ppg.example.org";
    }

    static byte[] content(String kind, long submitEpochMs, long sequence) {
        StringBuilder body = new StringBuilder(CONTENT_BYTES)
                .append(kind)
                .append(";T=")
                .append(submitEpochMs)
                .append(";N=")
                .append(sequence)
                .append(';');
        while (body.length() < CONTENT_BYTES) {
            body.append('x');
        }
        return body.toString().getBytes(StandardCharsets.US_ASCII);
    }

    static String pushId(String kind, long sequence) {
        return "bench-" + kind + "-" + sequence + "@dm.example.org";
    }

    /** Sends one push on this thread's connection: its HTTP status, or -1 for an I/O error. */
    private int send(RequestTemplate template, String kind, long sequence, long submitEpochMs, String address) {
        try {
            return connection
                    .get()
                    .post(
                            template.contentType,
                            template.body(pushId(kind, sequence), address, content(kind, submitEpochMs, sequence)));
        } catch (IOException e) {
            return -1;
        }
    }

    /**
     * The push-message body encoded once (PapEncoder, MultipartRelatedWriter) with markers, then
     * filled in per request: the generator's CPU goes to HTTP, not to encoding the same XML again.
     */
    private static final class RequestTemplate {
        private static final String PUSH_ID_MARK = "bench-template-push-id@dm.example.org";
        private static final String ADDRESS_MARK = sipAddress("templatemark");
        private static final String CONTENT_MARK = "Z".repeat(CONTENT_BYTES);

        final String contentType;
        private final byte[][] pieces;

        RequestTemplate(PapEncoder encoder, MultipartRelatedWriter writer, Instant deliverAfter) {
            try {
                PushMessage message = PushMessage.builder(PapVersion.V2_1, PUSH_ID_MARK)
                        .address(PushAddress.parse(ADDRESS_MARK))
                        .deliverAfterTimestamp(deliverAfter)
                        .build();
                MultipartRelatedWriter.MultipartEntity entity = writer.write(
                        encoder.encode(message),
                        CONTENT_TYPE,
                        CONTENT_MARK.getBytes(StandardCharsets.US_ASCII),
                        APP,
                        false);
                this.contentType = entity.contentType();
                String text = new String(entity.body(), StandardCharsets.ISO_8859_1);
                String[] split = text.split(
                        Pattern.quote(PUSH_ID_MARK) + "|" + Pattern.quote(ADDRESS_MARK) + "|" + CONTENT_MARK, -1);
                if (split.length != 4) {
                    throw new IllegalStateException("unexpected push template: " + text);
                }
                pieces = new byte[split.length][];
                for (int i = 0; i < split.length; i++) {
                    pieces[i] = split[i].getBytes(StandardCharsets.ISO_8859_1);
                }
            } catch (PapException e) {
                throw new IllegalStateException(e);
            }
        }

        byte[] body(String pushId, String address, byte[] content) {
            byte[] id = pushId.getBytes(StandardCharsets.US_ASCII);
            byte[] to = address.getBytes(StandardCharsets.US_ASCII);
            ByteArrayOutputStream body = new ByteArrayOutputStream(
                    pieces[0].length + pieces[1].length + pieces[2].length + pieces[3].length + 256);
            body.writeBytes(pieces[0]);
            body.writeBytes(id);
            body.writeBytes(pieces[1]);
            body.writeBytes(to);
            body.writeBytes(pieces[2]);
            body.writeBytes(content);
            body.writeBytes(pieces[3]);
            return body.toByteArray();
        }
    }
}
