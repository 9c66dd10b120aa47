package io.sipush.ppg.tools.syncml;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * Builds the messages of a DM session (OMA-TS-DM_Protocol-V1_2 §8): Package #1 from the client
 * (Alert 1200 and DevInfo), and the replies of either side, which start with the Status of the
 * received header and of each received command.
 */
public final class DmPackages {
    /** Alert code of a server-initiated session (OMA-TS-DM_Protocol-V1_2 §8.3). */
    public static final int SERVER_INITIATED_SESSION = 1200;
    /** Alert code asking the user to confirm (OMA-TS-DM_RepPro-V1_2 §6.6.2, Alert 1101). */
    public static final int USER_CONFIRMATION = 1101;

    public static final int OK = 200;
    public static final int NOT_EXECUTED = 215;
    public static final int NOT_MODIFIED = 304;
    public static final int NOT_FOUND = 404;

    private DmPackages() {}

    /** Package #1: Alert 1200 and a Replace of the DevInfo nodes, to {@code serverUri}. */
    public static SyncMlMessage package1(
            String sessionId, String serverUri, String deviceId, Map<String, String> devInfo) {
        List<SyncMlCommand.Item> items = new ArrayList<>();
        devInfo.forEach((uri, value) -> items.add(SyncMlCommand.Item.source(uri, value)));
        List<SyncMlCommand> commands = List.of(
                new SyncMlCommand.Alert(1, SERVER_INITIATED_SESSION, List.of()), new SyncMlCommand.Replace(2, items));
        return new SyncMlMessage(new SyncMlHeader(sessionId, 1, serverUri, deviceId), commands, true);
    }

    /**
     * The answer to {@code received}: header back to its source, the Status of its header (200)
     * and of each of its commands but Status ({@code codeFor}), then {@code commands}, then Final.
     */
    public static SyncMlMessage reply(
            SyncMlMessage received, int msgId, ToIntFunction<SyncMlCommand> codeFor, List<SyncMlCommand> commands) {
        SyncMlHeader header = received.header();
        int msgRef = header.msgId();
        List<SyncMlCommand> body = new ArrayList<>();
        body.add(new SyncMlCommand.Status(1, msgRef, 0, "SyncHdr", header.target(), OK));
        for (SyncMlCommand command : received.commands()) {
            if (!(command instanceof SyncMlCommand.Status)) {
                body.add(new SyncMlCommand.Status(
                        body.size() + 1, msgRef, command.cmdId(), command.name(), null, codeFor.applyAsInt(command)));
            }
        }
        int next = body.size() + 1;
        for (SyncMlCommand command : commands) {
            body.add(renumber(command, next++));
        }
        return new SyncMlMessage(
                new SyncMlHeader(header.sessionId(), msgId, header.source(), header.target()), body, true);
    }

    private static SyncMlCommand renumber(SyncMlCommand command, int cmdId) {
        if (command instanceof SyncMlCommand.Alert alert) {
            return new SyncMlCommand.Alert(cmdId, alert.code(), alert.itemData());
        }
        if (command instanceof SyncMlCommand.Replace replace) {
            return new SyncMlCommand.Replace(cmdId, replace.items());
        }
        SyncMlCommand.Status status = (SyncMlCommand.Status) command;
        return new SyncMlCommand.Status(
                cmdId, status.msgRef(), status.cmdRef(), status.cmd(), status.targetRef(), status.code());
    }
}
