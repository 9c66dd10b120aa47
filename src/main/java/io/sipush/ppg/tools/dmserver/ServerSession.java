package io.sipush.ppg.tools.dmserver;

import io.sipush.ppg.tools.syncml.DmPackages;
import io.sipush.ppg.tools.syncml.SyncMlCommand;
import io.sipush.ppg.tools.syncml.SyncMlMessage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One DM session on the server side (OMA-TS-DM_Protocol-V1_2 §8): Package #1 in, Package #2
 * out with the plan's commands; Package #3 in with their statuses, Package #4 out, done.
 */
final class ServerSession {
    private final String sessionId;
    private final String deviceId;
    private final ManagementPlan plan;
    private final Map<String, String> devInfo = new LinkedHashMap<>();
    private final Map<String, Integer> replaceStatus = new LinkedHashMap<>();
    private Integer confirmationStatus;
    private int serverMsgId;
    private int alertCmdId = -1;
    private int replaceCmdId = -1;

    ServerSession(String sessionId, String deviceId, ManagementPlan plan) {
        this.sessionId = sessionId;
        this.deviceId = deviceId;
        this.plan = plan;
    }

    /** Package #2: statuses of Package #1, then the confirmation Alert and the Replace. */
    SyncMlMessage answerPackage1(SyncMlMessage package1) {
        for (SyncMlCommand.Replace replace : package1.commands(SyncMlCommand.Replace.class)) {
            replace.items().forEach(item -> devInfo.put(item.uri(), item.data()));
        }
        List<SyncMlCommand> commands = new ArrayList<>();
        plan.confirmation()
                .ifPresent(question ->
                        commands.add(new SyncMlCommand.Alert(0, DmPackages.USER_CONFIRMATION, List.of(question))));
        if (!plan.replacements().isEmpty()) {
            List<SyncMlCommand.Item> items = new ArrayList<>();
            plan.replacements().forEach((uri, value) -> items.add(SyncMlCommand.Item.target(uri, value)));
            commands.add(new SyncMlCommand.Replace(0, items));
        }
        SyncMlMessage reply = DmPackages.reply(package1, ++serverMsgId, command -> DmPackages.OK, commands);
        for (SyncMlCommand sent : reply.commands()) {
            if (sent instanceof SyncMlCommand.Alert) {
                alertCmdId = sent.cmdId();
            } else if (sent instanceof SyncMlCommand.Replace) {
                replaceCmdId = sent.cmdId();
            }
        }
        return reply;
    }

    /** Package #4 (statuses of Package #3, Final); records what the device answered. */
    SyncMlMessage answerStatuses(SyncMlMessage package3) {
        for (SyncMlCommand.Status status : package3.commands(SyncMlCommand.Status.class)) {
            if (status.msgRef() != serverMsgId) {
                continue;
            }
            if (status.cmdRef() == alertCmdId) {
                confirmationStatus = status.code();
            } else if (status.cmdRef() == replaceCmdId) {
                plan.replacements().keySet().forEach(uri -> replaceStatus.put(uri, status.code()));
            }
        }
        return DmPackages.reply(package3, ++serverMsgId, command -> DmPackages.OK, List.of());
    }

    /** True once the device has nothing more to say: only statuses and Final. */
    static boolean isPackage3(SyncMlMessage message) {
        return message.onlyStatus();
    }

    DmSessionRecord record() {
        return new DmSessionRecord(
                sessionId,
                deviceId,
                Map.copyOf(devInfo),
                Optional.ofNullable(confirmationStatus),
                Map.copyOf(replaceStatus));
    }

    ManagementPlan plan() {
        return plan;
    }
}
