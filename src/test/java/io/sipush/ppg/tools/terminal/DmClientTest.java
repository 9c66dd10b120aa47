package io.sipush.ppg.tools.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import io.sipush.ppg.tools.dmserver.DmServer;
import io.sipush.ppg.tools.dmserver.DmSessionRecord;
import io.sipush.ppg.tools.dmserver.ManagementPlan;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The DM client against the DM server over loopback HTTP. */
class DmClientTest {
    private final List<String> log = new ArrayList<>();
    private final DmTree tree = new DmTree();
    private DmServer server;

    @BeforeEach
    void startServer() throws Exception {
        server = DmServer.start(new InetSocketAddress("127.0.0.1", 0), log::add);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    private DmClient client(boolean userAccepts) {
        return new DmClient(tree, "IMEI:1", Map.of("./DevInfo/DevId", "IMEI:1"), question -> userAccepts, log::add);
    }

    @Test
    void the_session_applies_what_the_server_replaces_and_both_sides_agree_on_the_outcome() throws Exception {
        server.plan(ManagementPlan.replace("./Game/Server", "eu1"));

        SessionOutcome outcome = client(true).run(server.uri(), "1F");

        DmSessionRecord record = server.awaitSession("1F", Duration.ofSeconds(5));
        assertThat(tree.get("./Game/Server")).contains("eu1");
        assertThat(outcome.applied()).containsEntry("./Game/Server", "eu1");
        assertThat(outcome.userAccepted()).isEmpty();
        assertThat(record.allApplied()).isTrue();
        assertThat(record.devInfo()).containsEntry("./DevInfo/DevId", "IMEI:1");
    }

    @Test
    void a_user_who_refuses_the_change_keeps_the_old_value_and_the_server_learns_304_and_215() throws Exception {
        tree.set("./Game/Server", "eu1");
        server.plan(ManagementPlan.replace("./Game/Server", "eu2").withConfirmation("Accept?"));

        SessionOutcome outcome = client(false).run(server.uri(), "20");

        DmSessionRecord record = server.awaitSession("20", Duration.ofSeconds(5));
        assertThat(tree.get("./Game/Server")).contains("eu1");
        assertThat(outcome.userAccepted()).isEqualTo(Optional.of(false));
        assertThat(record.confirmationStatus()).isEqualTo(Optional.of(304));
        assertThat(record.replaceStatus()).containsEntry("./Game/Server", 215);
    }
}
