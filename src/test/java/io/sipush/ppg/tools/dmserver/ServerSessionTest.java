package io.sipush.ppg.tools.dmserver;

import static org.assertj.core.api.Assertions.assertThat;

import io.sipush.ppg.tools.syncml.DmPackages;
import io.sipush.ppg.tools.syncml.SyncMlCommand;
import io.sipush.ppg.tools.syncml.SyncMlMessage;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ServerSessionTest {
    private static final SyncMlMessage PACKAGE_1 =
            DmPackages.package1("AB", "http://dm/dm", "IMEI:9", Map.of("./DevInfo/Man", "sipush"));

    @Test
    void package2_asks_the_user_first_then_replaces_the_planned_node() {
        ServerSession session = new ServerSession(
                "AB", "IMEI:9", ManagementPlan.replace("./Game/Server", "eu2").withConfirmation("Accept?"));

        SyncMlMessage package2 = session.answerPackage1(PACKAGE_1);

        assertThat(package2.commands(SyncMlCommand.Alert.class))
                .containsExactly(new SyncMlCommand.Alert(4, DmPackages.USER_CONFIRMATION, List.of("Accept?")));
        assertThat(package2.commands(SyncMlCommand.Replace.class).get(0).items())
                .containsExactly(SyncMlCommand.Item.target("./Game/Server", "eu2"));
        assertThat(package2.header().target()).isEqualTo("IMEI:9");
    }

    @Test
    void the_statuses_of_package3_are_recorded_per_command_and_package4_ends_the_session() {
        ServerSession session = new ServerSession(
                "AB", "IMEI:9", ManagementPlan.replace("./Game/Server", "eu2").withConfirmation("Accept?"));
        SyncMlMessage package2 = session.answerPackage1(PACKAGE_1);
        SyncMlMessage package3 =
                DmPackages.reply(package2, 2, command -> command instanceof SyncMlCommand.Alert ? 304 : 215, List.of());

        SyncMlMessage package4 = session.answerStatuses(package3);

        DmSessionRecord record = session.record();
        assertThat(record.confirmationStatus()).isEqualTo(Optional.of(304));
        assertThat(record.replaceStatus()).containsEntry("./Game/Server", 215);
        assertThat(record.allApplied()).isFalse();
        assertThat(record.devInfo()).containsEntry("./DevInfo/Man", "sipush");
        assertThat(package4.onlyStatus()).isTrue();
        assertThat(package4.fin()).isTrue();
    }

    @Test
    void a_plan_without_changes_sends_only_statuses() {
        SyncMlMessage package2 = new ServerSession("AB", "IMEI:9", ManagementPlan.nothing()).answerPackage1(PACKAGE_1);

        assertThat(package2.onlyStatus()).isTrue();
    }
}
