package io.sipush.ppg.it;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.sipush.ppg.pap.PapException;
import io.sipush.ppg.pap.PapResponse;
import io.sipush.ppg.pap.ResultNotificationMessage;
import io.sipush.ppg.pap.ResultNotificationResponse;
import io.sipush.ppg.pap.StatusCode;
import io.sipush.ppg.pap.codec.PapDecoder;
import io.sipush.ppg.pap.codec.PapEncoder;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A Push Initiator's result notification listener: an HTTP server on 127.0.0.1 that keeps every
 * resultnotification-message POSTed to {@link #PATH} and answers it with a
 * resultnotification-response (1000), as a PI does.
 */
public final class PiListener implements AutoCloseable {
    public static final String PATH = "/pi/notify";

    /** One POST as it arrived, with its decoded resultnotification-message. */
    public record Received(String method, String contentType, byte[] body, ResultNotificationMessage message) {}

    private final HttpServer server;
    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    private final List<Received> seen = new ArrayList<>();

    private PiListener(HttpServer server) {
        this.server = server;
    }

    /** Listens on 127.0.0.1:{@code port}. */
    public static PiListener start(int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        PiListener listener = new PiListener(server);
        server.createContext(PATH, listener::handle);
        server.start();
        return listener;
    }

    /** The URL of a listener on {@code port}, whether it runs or not. */
    public static String url(int port) {
        return "http://127.0.0.1:" + port + PATH;
    }

    public String url() {
        return url(server.getAddress().getPort());
    }

    /**
     * The first notification for {@code pushId}, waiting up to {@code limit}; null if none came.
     */
    public synchronized Received await(String pushId, Duration limit) throws InterruptedException {
        Instant deadline = Instant.now().plus(limit);
        while (true) {
            for (Received r : seen) {
                if (r.message() != null && pushId.equals(r.message().pushId())) {
                    return r;
                }
            }
            long left = Duration.between(Instant.now(), deadline).toMillis();
            if (left <= 0) {
                return null;
            }
            Received next = received.poll(left, TimeUnit.MILLISECONDS);
            if (next != null) {
                seen.add(next);
            }
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            ResultNotificationMessage message = decode(body);
            received.add(new Received(
                    exchange.getRequestMethod(), exchange.getRequestHeaders().getFirst("Content-Type"), body, message));
            if (message == null) {
                exchange.sendResponseHeaders(400, -1);
                return;
            }
            byte[] answer = new PapEncoder()
                    .encode(new ResultNotificationResponse(
                            message.version(), message.pushId(), StatusCode.OK, "received", null));
            exchange.getResponseHeaders().add("Content-Type", "application/xml");
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
        }
    }

    private static ResultNotificationMessage decode(byte[] body) {
        try {
            PapResponse pap = new PapDecoder().decodeResponse(body);
            return pap instanceof ResultNotificationMessage message ? message : null;
        } catch (PapException | RuntimeException e) {
            System.err.println("PiListener: not a resultnotification-message (" + e + "): "
                    + new String(body, java.nio.charset.StandardCharsets.UTF_8));
            return null;
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
