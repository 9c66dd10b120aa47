package io.sipush.ppg.infrastructure.notification;

import io.sipush.ppg.pap.PapException;
import io.sipush.ppg.pap.PapRequest;
import io.sipush.ppg.pap.ResultNotificationResponse;
import io.sipush.ppg.pap.codec.PapDecoder;
import io.sipush.ppg.push.notification.NotificationTargetRule;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * POSTs a resultnotification-message to a Push Initiator and reads its answer (PAP §9.4), over
 * HTTP/1.1 with {@code java.net.http}: connect timeout 5 s, request timeout 10 s, no redirects.
 * https uses the JVM's default trust store. The POST is asynchronous: no thread waits for the PI.
 *
 * <p>Only an HTTP 2xx whose body is a resultnotification-response counts as answered; a refused
 * or timed-out connection, any other status, or a body that is not a resultnotification-response
 * is a failure, to be retried.
 */
public final class HttpResultNotificationSender {
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    /** The whole exchange, body included, ends within this. */
    static final Duration EXCHANGE_LIMIT = Duration.ofSeconds(20);
    /** A resultnotification-response is a few hundred bytes; more is not read. */
    static final int MAX_ANSWER_BYTES = 64 * 1024;

    private final HttpClient http;
    private final PapDecoder decoder = new PapDecoder();
    private final NotificationTargetRule targets;

    /** A sender whose HTTP client runs its asynchronous work on {@code executor}. */
    public HttpResultNotificationSender(Executor executor) {
        this(executor, new NotificationTargetRule(List.of()));
    }

    /**
     * A sender that checks {@code targets} again before each POST (DNS may have changed since
     * the push was accepted); a refused URL is a failed attempt and is never connected to.
     */
    public HttpResultNotificationSender(Executor executor, NotificationTargetRule targets) {
        this.targets = targets;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER)
                .executor(executor)
                .build();
    }

    /** Sends {@code body} to {@code url}; the future always completes normally, with the answer. */
    public CompletableFuture<PiAnswer> send(String url, byte[] body) {
        Optional<String> refusal = targets.refusal(url);
        if (refusal.isPresent()) {
            return CompletableFuture.completedFuture(PiAnswer.failed(refusal.get()));
        }
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(url))
                    .timeout(REQUEST_TIMEOUT)
                    .header("Content-Type", "application/xml")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                    .build();
        } catch (IllegalArgumentException e) {
            return CompletableFuture.completedFuture(PiAnswer.failed("not a usable URL: " + e.getMessage()));
        }
        return http.sendAsync(request, info -> new LimitedBody(MAX_ANSWER_BYTES))
                .orTimeout(EXCHANGE_LIMIT.toMillis(), TimeUnit.MILLISECONDS)
                .handle((response, error) -> error == null ? interpret(response) : failure(error));
    }

    PiAnswer interpret(HttpResponse<byte[]> response) {
        int status = response.statusCode();
        if (status < 200 || status > 299) {
            return PiAnswer.failed("HTTP " + status);
        }
        byte[] body = response.body();
        if (body == null) {
            return PiAnswer.failed("HTTP " + status + " with an answer over " + MAX_ANSWER_BYTES + " bytes");
        }
        try {
            PapRequest answer = decoder.decodeRequest(body);
            if (answer instanceof ResultNotificationResponse notificationResponse) {
                return PiAnswer.answered(notificationResponse);
            }
            return PiAnswer.failed("HTTP " + status + " with a PAP "
                    + answer.getClass().getSimpleName() + " instead of a resultnotification-response");
        } catch (PapException e) {
            return PiAnswer.failed("HTTP " + status + " without a resultnotification-response: " + e.getMessage());
        }
    }

    static PiAnswer failure(Throwable error) {
        Throwable cause = error;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof HttpConnectTimeoutException) {
            return PiAnswer.failed("connect timed out after " + CONNECT_TIMEOUT.toSeconds() + " s");
        }
        if (cause instanceof HttpTimeoutException) {
            return PiAnswer.failed("no answer within " + REQUEST_TIMEOUT.toSeconds() + " s");
        }
        if (cause instanceof TimeoutException) {
            return PiAnswer.failed("exchange not finished within " + EXCHANGE_LIMIT.toSeconds() + " s");
        }
        if (cause instanceof ConnectException) {
            return PiAnswer.failed("connection refused or unreachable");
        }
        String message = cause.getMessage();
        return PiAnswer.failed(cause.getClass().getSimpleName() + (message == null ? "" : ": " + message));
    }

    /** Collects the body up to a limit; a longer body completes with null and is not read further. */
    private static final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {
        private final int limit;
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        private Flow.Subscription subscription;

        LimitedBody(int limit) {
            this.limit = limit;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer buffer : buffers) {
                if (bytes.size() + buffer.remaining() > limit) {
                    result.complete(null);
                    subscription.cancel();
                    return;
                }
                byte[] chunk = new byte[buffer.remaining()];
                buffer.get(chunk);
                bytes.writeBytes(chunk);
            }
        }

        @Override
        public void onError(Throwable error) {
            result.completeExceptionally(error);
        }

        @Override
        public void onComplete() {
            result.complete(bytes.toByteArray());
        }
    }
}
