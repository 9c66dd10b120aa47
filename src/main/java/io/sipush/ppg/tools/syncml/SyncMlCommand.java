package io.sipush.ppg.tools.syncml;

import java.util.List;

/** A command of a SyncML body: Alert, Replace or Status (OMA-TS-DM_RepPro-V1_2 §6.6). */
public sealed interface SyncMlCommand permits SyncMlCommand.Alert, SyncMlCommand.Replace, SyncMlCommand.Status {

    int cmdId();

    /** The command's element name, as a Status names it in Cmd. */
    String name();

    /** Alert with its code (1200 server-initiated session, 1101 user confirmation) and item data. */
    record Alert(int cmdId, int code, List<String> itemData) implements SyncMlCommand {
        public Alert {
            itemData = List.copyOf(itemData);
        }

        @Override
        public String name() {
            return "Alert";
        }
    }

    /** Replace of one or more nodes. */
    record Replace(int cmdId, List<Item> items) implements SyncMlCommand {
        public Replace {
            items = List.copyOf(items);
        }

        @Override
        public String name() {
            return "Replace";
        }
    }

    /** Status of a command of an earlier message (CmdRef 0 is the SyncHdr). */
    record Status(int cmdId, int msgRef, int cmdRef, String cmd, String targetRef, int code) implements SyncMlCommand {
        @Override
        public String name() {
            return "Status";
        }
    }

    /** An Item: the node it is about (as Target from the server, as Source from the client), and its data. */
    record Item(String target, String source, String data) {
        public static Item target(String uri, String data) {
            return new Item(uri, null, data);
        }

        public static Item source(String uri, String data) {
            return new Item(null, uri, data);
        }

        /** The node's URI, whichever side names it. */
        public String uri() {
            return target != null ? target : source;
        }
    }
}
