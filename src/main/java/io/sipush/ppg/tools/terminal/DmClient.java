package io.sipush.ppg.tools.terminal;

import io.sipush.ppg.tools.syncml.DmPackages;
import io.sipush.ppg.tools.syncml.MalformedSyncMlException;
import io.sipush.ppg.tools.syncml.SyncMlCommand;
import io.sipush.ppg.tools.syncml.SyncMlMessage;
import io.sipush.ppg.tools.syncml.SyncMlReader;
import io.sipush.ppg.tools.syncml.SyncMlWriter;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The terminal's side of a server-initiated DM session over HTTP (OMA-TS-DM_Protocol-V1_2 §8):
 * Package #1 (Alert 1200, DevInfo), then for each server message the statuses of its commands
 * (Replace applied to the {@link DmTree}; Alert 1101 put to the user: 200 accepted, 304 refused,
 * and the commands after a refusal are not executed, 215), until the server sends only statuses.
 */
public final class DmClient {
    private static final int MAX_MESSAGES = 10;

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final DmTree tree;
    private final String deviceId;
    private final Map<String, String> devInfo;
    private final Predicate<String> userAccepts;
    private final Consumer<String> log;

    public DmClient(
            DmTree tree,
            String deviceId,
            Map<String, String> devInfo,
            Predicate<String> userAccepts,
            Consumer<String> log) {
        this.tree = tree;
        this.deviceId = deviceId;
        this.devInfo = devInfo;
        this.userAccepts = userAccepts;
        this.log = log;
    }

    /** Runs the session {@code sessionId} (hex, as Package #1 writes it) with {@code serverUri}. */
    public SessionOutcome run(URI serverUri, String sessionId)
            throws IOException, InterruptedException, MalformedSyncMlException {
        SyncMlMessage message = DmPackages.package1(sessionId, serverUri.toString(), deviceId, devInfo);
        log.accept("terminal: Package #1 to " + serverUri + " (Alert 1200, session " + sessionId + ", DevInfo)");
        Map<String, String> applied = new LinkedHashMap<>();
        Optional<Boolean> accepted = Optional.empty();
        for (int sent = 1; sent <= MAX_MESSAGES; sent++) {
            SyncMlMessage answer = post(serverUri, message);
            if (answer.onlyStatus()) {
                log.accept("terminal: the server ended session " + sessionId);
                return new SessionOutcome(sessionId, accepted, applied);
            }
            Execution execution = execute(answer);
            applied.putAll(execution.applied);
            if (execution.accepted.isPresent()) {
                accepted = execution.accepted;
            }
            message = DmPackages.reply(answer, sent + 1, execution::status, List.of());
            log.accept("terminal: Package #" + (2 * sent + 1) + " with the statuses to the server");
        }
        throw new IOException("session " + sessionId + " did not end after " + MAX_MESSAGES + " messages");
    }

    private SyncMlMessage post(URI serverUri, SyncMlMessage message)
            throws IOException, InterruptedException, MalformedSyncMlException {
        HttpRequest request = HttpRequest.newBuilder(serverUri)
                .header("Content-Type", SyncMlMessage.CONTENT_TYPE)
                .timeout(Duration.ofSeconds(20))
                .POST(HttpRequest.BodyPublishers.ofByteArray(SyncMlWriter.write(message)))
                .build();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IOException("DM server answered HTTP " + response.statusCode());
        }
        return SyncMlReader.read(response.body());
    }

    private Execution execute(SyncMlMessage answer) {
        Execution execution = new Execution();
        for (SyncMlCommand command : answer.commands()) {
            if (command instanceof SyncMlCommand.Alert alert) {
                execution.alert(alert);
            } else if (command instanceof SyncMlCommand.Replace replace) {
                execution.replace(replace);
            }
        }
        return execution;
    }

    /** The statuses of one server message's commands, and what they changed. */
    private final class Execution {
        final Map<Integer, Integer> statusByCmdId = new LinkedHashMap<>();
        final Map<String, String> applied = new LinkedHashMap<>();
        Optional<Boolean> accepted = Optional.empty();
        boolean refused;

        void alert(SyncMlCommand.Alert alert) {
            if (alert.code() != DmPackages.USER_CONFIRMATION) {
                statusByCmdId.put(alert.cmdId(), DmPackages.OK);
                return;
            }
            String question = alert.itemData().isEmpty() ? "" : alert.itemData().get(0);
            boolean yes = userAccepts.test(question);
            log.accept("terminal: the user is asked \"" + question + "\" and " + (yes ? "accepts" : "refuses"));
            accepted = Optional.of(yes);
            refused = !yes;
            statusByCmdId.put(alert.cmdId(), yes ? DmPackages.OK : DmPackages.NOT_MODIFIED);
        }

        void replace(SyncMlCommand.Replace replace) {
            if (refused) {
                statusByCmdId.put(replace.cmdId(), DmPackages.NOT_EXECUTED);
                return;
            }
            for (SyncMlCommand.Item item : replace.items()) {
                Optional<String> before = tree.get(item.uri());
                tree.set(item.uri(), item.data());
                applied.put(item.uri(), item.data());
                log.accept("terminal: " + item.uri() + " = " + item.data() + " (was " + before.orElse("unset") + ")");
            }
            statusByCmdId.put(replace.cmdId(), DmPackages.OK);
        }

        int status(SyncMlCommand command) {
            return statusByCmdId.getOrDefault(command.cmdId(), DmPackages.OK);
        }
    }
}
