package io.sipush.ppg.tools.syncml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SyncMlPackagesTest {
    private static final Map<String, String> DEV_INFO = new LinkedHashMap<>(Map.of("./DevInfo/DevId", "IMEI:1"));

    @Test
    void package1_carries_alert_1200_the_session_id_and_devinfo_and_reads_back() throws Exception {
        SyncMlMessage package1 = DmPackages.package1("1A2B", "http://dm.example.org/dm", "IMEI:1", DEV_INFO);

        String xml = new String(SyncMlWriter.write(package1), StandardCharsets.UTF_8);
        SyncMlMessage read = SyncMlReader.read(xml.getBytes(StandardCharsets.UTF_8));

        assertThat(xml)
                .contains("<SyncML xmlns=\"SYNCML:SYNCML1.2\">")
                .contains("<VerProto>DM/1.2</VerProto>")
                .contains("<SessionID>1A2B</SessionID>")
                .contains("<Data>1200</Data>")
                .contains("<Final/>");
        assertThat(read).isEqualTo(package1);
        assertThat(read.commands(SyncMlCommand.Replace.class).get(0).items())
                .containsExactly(SyncMlCommand.Item.source("./DevInfo/DevId", "IMEI:1"));
    }

    @Test
    void a_reply_answers_the_header_and_every_command_and_addresses_the_sender() throws Exception {
        SyncMlMessage package1 = DmPackages.package1("7", "http://dm/dm", "IMEI:1", DEV_INFO);

        SyncMlMessage package2 = DmPackages.reply(
                package1,
                1,
                command -> 200,
                List.of(new SyncMlCommand.Replace(0, List.of(SyncMlCommand.Item.target("./Game/Server", "a<b&c")))));
        SyncMlMessage read = SyncMlReader.read(SyncMlWriter.write(package2));

        assertThat(read.header().target()).isEqualTo("IMEI:1");
        assertThat(read.header().source()).isEqualTo("http://dm/dm");
        assertThat(read.commands(SyncMlCommand.Status.class))
                .extracting(s -> s.cmd() + "/" + s.cmdRef() + "/" + s.code())
                .containsExactly("SyncHdr/0/200", "Alert/1/200", "Replace/2/200");
        SyncMlCommand.Replace replace =
                read.commands(SyncMlCommand.Replace.class).get(0);
        assertThat(replace.cmdId()).isEqualTo(4);
        assertThat(replace.items().get(0).data()).isEqualTo("a<b&c");
        assertThat(read.onlyStatus()).isFalse();
    }

    @Test
    void a_user_confirmation_alert_keeps_its_question() throws Exception {
        SyncMlMessage message = new SyncMlMessage(
                new SyncMlHeader("1", 1, "IMEI:1", "http://dm"),
                List.of(new SyncMlCommand.Alert(1, DmPackages.USER_CONFIRMATION, List.of("Accept?"))),
                true);

        assertThat(SyncMlReader.read(SyncMlWriter.write(message))).isEqualTo(message);
    }

    @Test
    void a_doctype_is_refused_so_no_entity_is_ever_expanded() {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE SyncML [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<SyncML><SyncHdr/><SyncBody>&x;</SyncBody></SyncML>";

        assertThatThrownBy(() -> SyncMlReader.read(xml.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(MalformedSyncMlException.class);
    }

    @Test
    void an_unsupported_command_is_refused_by_name() {
        String xml = "<SyncML xmlns=\"SYNCML:SYNCML1.2\"><SyncHdr><SessionID>1</SessionID><MsgID>1</MsgID>"
                + "<Target><LocURI>a</LocURI></Target><Source><LocURI>b</LocURI></Source></SyncHdr>"
                + "<SyncBody><Exec><CmdID>1</CmdID></Exec></SyncBody></SyncML>";

        assertThatThrownBy(() -> SyncMlReader.read(xml.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(MalformedSyncMlException.class)
                .hasMessageContaining("<Exec>");
    }

    @Test
    void a_header_without_session_id_is_refused() {
        String xml = "<SyncML><SyncHdr><MsgID>1</MsgID></SyncHdr><SyncBody/></SyncML>";

        assertThatThrownBy(() -> SyncMlReader.read(xml.getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("SessionID");
    }
}
