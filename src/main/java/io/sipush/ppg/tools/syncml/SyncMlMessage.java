package io.sipush.ppg.tools.syncml;

import java.util.List;

/** One SyncML DM message: its header, its commands in order, and whether it carries Final. */
public record SyncMlMessage(SyncMlHeader header, List<SyncMlCommand> commands, boolean fin) {
    public static final String CONTENT_TYPE = "application/vnd.syncml.dm+xml";

    public SyncMlMessage {
        commands = List.copyOf(commands);
    }

    /** The commands of one kind, in order. */
    public <T extends SyncMlCommand> List<T> commands(Class<T> kind) {
        return commands.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    /** True when the message has nothing but Status: the sender has no more to ask. */
    public boolean onlyStatus() {
        return commands.stream().allMatch(c -> c instanceof SyncMlCommand.Status);
    }
}
