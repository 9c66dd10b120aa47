package io.sipush.ppg.it.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sipush.ppg.it.PpgServer;
import io.sipush.ppg.it.ServerEndpoints;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Embedded Derby is for one instance (DESIGN.md §4): a second PPG started on the same Derby files
 * ({@code PPG_DATA_DIR}) is refused at start with a message that names PostgreSQL, and the first
 * one keeps working.
 */
class DerbySecondInstanceIT {

    @Test
    void a_second_instance_on_the_same_derby_files_is_refused_with_a_message_that_names_postgresql() throws Exception {
        Path shared = Path.of(System.getProperty("basedir", "."), "target", "cluster", "derby-shared")
                .toAbsolutePath();
        deleteRecursively(shared);
        PpgServer first = PpgServer.create("derby-first", variables(6, shared));
        PpgServer second = PpgServer.create("derby-second", variables(7, shared));
        try {
            first.startFresh();

            assertThatThrownBy(second::startFresh)
                    .as("the second instance's start")
                    .hasMessageContaining("exited during start");
            String log = Files.readString(second.messagesLog(), StandardCharsets.UTF_8);
            assertThat(log.lines().filter(line -> line.contains("EmbeddedDerbyGuard") && line.contains(" E ")))
                    .as("the refusal in the second instance's messages.log, as an error (E)")
                    .singleElement()
                    .asString()
                    .contains("PPG refused to start", "XSDB6", "PostgreSQL", "PPG_DB=jdbc:postgresql://");
            assertThat(log)
                    .as("the second instance stopped itself (CWWKE0084I: stopping because of System.exit)")
                    .contains("CWWKE0084I");
            assertThat(new ServerEndpoints(ClusterPorts.http(6), ClusterPorts.https(6))
                            .http("/health/ready")
                            .status())
                    .as("the first instance is still ready")
                    .isEqualTo(200);
        } finally {
            second.kill();
            first.stop();
        }
    }

    private static Map<String, String> variables(int instance, Path dataDir) {
        return Map.of(
                "PPG_HTTP_PORT", Integer.toString(ClusterPorts.http(instance)),
                "PPG_HTTPS_PORT", Integer.toString(ClusterPorts.https(instance)),
                "PPG_SIP_PORT", Integer.toString(ClusterPorts.sip(instance)),
                "PPG_INSTANCE_ID", PpgCluster.instanceId(instance),
                "PPG_DATA_DIR", dataDir.toString(),
                "PPG_BOOTSTRAP_PI", PpgCluster.PI + ":" + PpgCluster.PI_PASSWORD);
    }

    private static void deleteRecursively(Path dir) throws java.io.IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
