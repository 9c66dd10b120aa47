package io.sipush.ppg.tools.dmserver;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.sipush.ppg.tools.syncml.DmPackages;
import io.sipush.ppg.tools.syncml.MalformedSyncMlException;
import io.sipush.ppg.tools.syncml.SyncMlCommand;
import io.sipush.ppg.tools.syncml.SyncMlMessage;
import io.sipush.ppg.tools.syncml.SyncMlReader;
import io.sipush.ppg.tools.syncml.SyncMlWriter;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * A minimal OMA DM server over HTTP ({@code POST}, {@code application/vnd.syncml.dm+xml}): one
 * management plan for every session, sessions told apart by SessionID and device, each step
 * logged.
 */
public final class DmServer implements AutoCloseable {
    public static final String PATH = "/dm";

    private final HttpServer http;
    private final Consumer<String> log;
    private final Map<String, ServerSession> sessions = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<DmSessionRecord>> finished = new ConcurrentHashMap<>();
    private volatile ManagementPlan plan = ManagementPlan.nothing();

    private DmServer(HttpServer http, Consumer<String> log) {
        this.http = http;
        this.log = log;
    }

    /** Listens on {@code address}; the DM URL is {@link #uri()}. */
    public static DmServer start(InetSocketAddress address, Consumer<String> log) throws IOException {
        HttpServer http = HttpServer.create(address, 0);
        DmServer server = new DmServer(http, log);
        http.createContext(PATH, server::handle);
        http.setExecutor(Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "dm-server");
            thread.setDaemon(true);
            return thread;
        }));
        http.start();
        return server;
    }

    public URI uri() {
        InetSocketAddress address = http.getAddress();
        return URI.create("http://" + address.getHostString() + ":" + address.getPort() + PATH);
    }

    /** What the sessions that start from now on do. */
    public void plan(ManagementPlan newPlan) {
        this.plan = newPlan;
    }

    /** The session with this SessionID (as Package #1 writes it), once it has ended. */
    public DmSessionRecord awaitSession(String sessionId, Duration limit)
            throws InterruptedException, TimeoutException {
        try {
            return future(sessionId).get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("session " + sessionId + " failed", e.getCause());
        }
    }

    private CompletableFuture<DmSessionRecord> future(String sessionId) {
        return finished.computeIfAbsent(sessionId, id -> new CompletableFuture<>());
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                answer(exchange, 405, "text/plain", "POST a SyncML DM message\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String type = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"));
            if (!type.toLowerCase(java.util.Locale.ROOT).startsWith(SyncMlMessage.CONTENT_TYPE)) {
                answer(
                        exchange,
                        415,
                        "text/plain",
                        ("expected " + SyncMlMessage.CONTENT_TYPE + "\n").getBytes(StandardCharsets.UTF_8));
                return;
            }
            SyncMlMessage reply =
                    respond(SyncMlReader.read(exchange.getRequestBody().readAllBytes()));
            answer(exchange, 200, SyncMlMessage.CONTENT_TYPE, SyncMlWriter.write(reply));
        } catch (MalformedSyncMlException | IllegalStateException e) {
            log.accept("DM server: refused a message: " + e.getMessage());
            answer(exchange, 400, "text/plain", (e.getMessage() + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    private SyncMlMessage respond(SyncMlMessage message) {
        String sessionId = message.header().sessionId();
        String device = message.header().source();
        String key = sessionId + " " + device;
        if (opensSession(message)) {
            ServerSession session = new ServerSession(sessionId, device, plan);
            sessions.put(key, session);
            log.accept("DM server: session " + sessionId + " from " + device + ": Package #1 (Alert 1200, DevInfo)");
            SyncMlMessage package2 = session.answerPackage1(message);
            log.accept("DM server: session " + sessionId + ": Package #2 " + describe(package2));
            return package2;
        }
        ServerSession session = sessions.remove(key);
        if (session == null) {
            throw new IllegalStateException("no open session " + sessionId + " for " + device);
        }
        SyncMlMessage package4 = session.answerStatuses(message);
        DmSessionRecord record = session.record();
        log.accept("DM server: session " + sessionId + ": Package #3 statuses: confirmation "
                + record.confirmationStatus().map(String::valueOf).orElse("-") + ", replace " + record.replaceStatus()
                + "; Package #4 ends the session");
        future(sessionId).complete(record);
        return package4;
    }

    private static boolean opensSession(SyncMlMessage message) {
        return message.commands(SyncMlCommand.Alert.class).stream()
                .anyMatch(alert -> alert.code() == DmPackages.SERVER_INITIATED_SESSION);
    }

    private static String describe(SyncMlMessage message) {
        StringBuilder text = new StringBuilder();
        for (SyncMlCommand command : message.commands()) {
            if (command instanceof SyncMlCommand.Alert alert) {
                text.append("Alert ")
                        .append(alert.code())
                        .append(' ')
                        .append(alert.itemData())
                        .append("; ");
            } else if (command instanceof SyncMlCommand.Replace replace) {
                replace.items()
                        .forEach(item -> text.append("Replace ")
                                .append(item.uri())
                                .append(" = ")
                                .append(item.data())
                                .append("; "));
            }
        }
        return text.length() == 0 ? "(statuses only)" : text.toString().strip();
    }

    private static void answer(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }

    @Override
    public void close() {
        http.stop(0);
        ((java.util.concurrent.ExecutorService) http.getExecutor()).shutdownNow();
    }
}
