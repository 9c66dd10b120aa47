package io.sipush.ppg.tools.syncml;

import java.nio.charset.StandardCharsets;

/** Writes a {@link SyncMlMessage} as SyncML DM 1.2 XML (OMA-TS-DM_RepPro-V1_2, DTD SyncML 1.2). */
public final class SyncMlWriter {
    private SyncMlWriter() {}

    public static byte[] write(SyncMlMessage message) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.append("<SyncML xmlns=\"SYNCML:SYNCML1.2\">\n");
        header(xml, message.header());
        xml.append("<SyncBody>\n");
        for (SyncMlCommand command : message.commands()) {
            command(xml, command);
        }
        if (message.fin()) {
            xml.append("<Final/>\n");
        }
        xml.append("</SyncBody>\n</SyncML>\n");
        return xml.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void header(StringBuilder xml, SyncMlHeader header) {
        xml.append("<SyncHdr>");
        element(xml, "VerDTD", "1.2");
        element(xml, "VerProto", "DM/1.2");
        element(xml, "SessionID", header.sessionId());
        element(xml, "MsgID", Integer.toString(header.msgId()));
        locUri(xml, "Target", header.target());
        locUri(xml, "Source", header.source());
        xml.append("</SyncHdr>\n");
    }

    private static void command(StringBuilder xml, SyncMlCommand command) {
        xml.append('<').append(command.name()).append('>');
        element(xml, "CmdID", Integer.toString(command.cmdId()));
        if (command instanceof SyncMlCommand.Alert alert) {
            element(xml, "Data", Integer.toString(alert.code()));
            alert.itemData().forEach(data -> item(xml, new SyncMlCommand.Item(null, null, data)));
        } else if (command instanceof SyncMlCommand.Replace replace) {
            replace.items().forEach(item -> item(xml, item));
        } else if (command instanceof SyncMlCommand.Status status) {
            element(xml, "MsgRef", Integer.toString(status.msgRef()));
            element(xml, "CmdRef", Integer.toString(status.cmdRef()));
            element(xml, "Cmd", status.cmd());
            if (status.targetRef() != null) {
                element(xml, "TargetRef", status.targetRef());
            }
            element(xml, "Data", Integer.toString(status.code()));
        }
        xml.append("</").append(command.name()).append(">\n");
    }

    private static void item(StringBuilder xml, SyncMlCommand.Item item) {
        xml.append("<Item>");
        if (item.target() != null) {
            locUri(xml, "Target", item.target());
        }
        if (item.source() != null) {
            locUri(xml, "Source", item.source());
        }
        if (item.data() != null) {
            if (item.uri() != null) {
                xml.append("<Meta><Format xmlns=\"syncml:metinf\">chr</Format></Meta>");
            }
            element(xml, "Data", item.data());
        }
        xml.append("</Item>");
    }

    private static void locUri(StringBuilder xml, String side, String uri) {
        xml.append('<').append(side).append('>');
        element(xml, "LocURI", uri);
        xml.append("</").append(side).append('>');
    }

    private static void element(StringBuilder xml, String name, String text) {
        xml.append('<')
                .append(name)
                .append('>')
                .append(escape(text))
                .append("</")
                .append(name)
                .append('>');
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
