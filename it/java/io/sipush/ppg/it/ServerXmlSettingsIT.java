package io.sipush.ppg.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.sipush.ppg.pap.PushAddress;
import io.sipush.ppg.pap.PushApplicationId;
import io.sipush.ppg.pap.PushMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import javax.sip.address.SipURI;
import javax.sip.header.FromHeader;
import javax.sip.header.ToHeader;
import javax.sip.message.Request;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Settings come through MicroProfile Config (DESIGN.md §4, README "Configuration"): a
 * {@code <variable>} in the server configuration alone changes the home domain, bootstrap.properties
 * alone changes the address limit, and an environment variable wins over a server.xml variable.
 *
 * <p>Its own server and process helper, not the shared one or Arquillian: the server
 * configuration is a copy of the installed one (its own {@code WLP_USER_DIR}) with a file in
 * {@code configDropins/overrides} and a bootstrap.properties that no other test may see.
 */
class ServerXmlSettingsIT {
    private static final String PI = "dm-server";
    private static final String PI_PASSWORD = "xml-settings-secret";
    private static final String XML_DOMAIN = "xml-only.example.net";
    private static final String XML_IDENTITY = "sip:ppg-from-server-xml@" + XML_DOMAIN;
    private static final String ENV_IDENTITY = "sip:ppg-from-env@env.example.net";

    private static PpgServer server;

    @BeforeAll
    static void startServerWithSettingsInItsConfiguration() throws Exception {
        Path userDir = Path.of(System.getProperty("ppg.it.output.dir", "target/it-servers"), "server-xml-usr");
        Path config = copyInstalledServer(userDir);
        Path overrides = Files.createDirectories(config.resolve("configDropins/overrides"));
        Files.writeString(overrides.resolve("ppg-settings.xml"), """
                <server>
                  <variable name="PPG_HOME_DOMAIN" value="%s"/>
                  <variable name="PPG_SIP_IDENTITY" value="%s"/>
                </server>
                """.formatted(XML_DOMAIN, XML_IDENTITY));
        Files.writeString(
                config.resolve("bootstrap.properties"),
                "\nPPG_MAX_ADDRESSES=1\n",
                StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        server = PpgServer.create(
                        "server-xml",
                        Map.of(
                                "WLP_USER_DIR", userDir.toAbsolutePath().toString(),
                                "PPG_HTTP_PORT", Integer.toString(ItPorts.spare(0)),
                                "PPG_HTTPS_PORT", Integer.toString(ItPorts.spare(1)),
                                "PPG_SIP_PORT", Integer.toString(ItPorts.spare(2)),
                                "PPG_BOOTSTRAP_PI", PI + ":" + PI_PASSWORD,
                                "PPG_SIP_IDENTITY", ENV_IDENTITY))
                .startFresh();
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void home_domain_set_only_as_a_server_xml_variable_names_the_plmn_terminal() throws Exception {
        try (SipTerminal terminal = SipTerminal.start(ItPorts.spare(3), "127.0.0.1:" + server.sipPort())) {
            terminal.register("sip:+15557770001@" + XML_DOMAIN + ";user=phone", 600, "syncml.dm");

            PapClient.Reply reply = pi().push(
                            FirstPushIT.push(FirstPushIT.uniquePushId(), "WAPPUSH=+15557770001/TYPE=PLMN"),
                            "application/vnd.syncml.notification",
                            new byte[] {1, 2, 3},
                            PushApplicationId.parse("x-wap-application:syncml.dm"),
                            false);

            assertThat(reply.httpStatus()).isEqualTo(202);
            Request message = terminal.nextMessage(20);
            assertThat(message).as("MESSAGE at the terminal").isNotNull();
            SipURI to = (SipURI)
                    ((ToHeader) message.getHeader(ToHeader.NAME)).getAddress().getURI();
            assertThat(to.getUser()).isEqualTo("+15557770001");
            assertThat(to.getHost()).isEqualTo(XML_DOMAIN);
            assertThat(((FromHeader) message.getHeader(FromHeader.NAME))
                            .getAddress()
                            .getURI()
                            .toString())
                    .as("PPG_SIP_IDENTITY from the environment wins over the server.xml variable")
                    .isEqualTo(ENV_IDENTITY);
        }
    }

    @Test
    void address_limit_set_only_in_bootstrap_properties_refuses_a_second_address() throws Exception {
        PushMessage twoAddresses = PushMessage.builder(io.sipush.ppg.pap.PapVersion.V2_1, FirstPushIT.uniquePushId())
                .address(PushAddress.parse("WAPPUSH=+15557770002/TYPE=PLMN"))
                .address(PushAddress.parse("WAPPUSH=+15557770003/TYPE=PLMN"))
                .build();

        PapClient.Reply reply = pi().push(
                        twoAddresses,
                        "application/vnd.syncml.notification",
                        new byte[] {4},
                        PushApplicationId.parse("x-wap-application:syncml.dm"),
                        false);

        assertThat(reply.httpStatus()).isEqualTo(200);
        assertThat(reply.text()).contains("code=\"3005\"");
    }

    private static PapClient pi() {
        return new PapClient(server.papUri(), PI, PI_PASSWORD);
    }

    /** Copies the build's server directory (configuration, WAR, drivers) to {@code userDir}. */
    private static Path copyInstalledServer(Path userDir) throws IOException {
        String serverName = System.getProperty("ppg.server.name", "ppg");
        Path installed = Path.of(System.getProperty("ppg.wlp.dir", "target/liberty/wlp"), "usr/servers", serverName);
        Path copy = userDir.resolve("servers").resolve(serverName);
        deleteRecursively(userDir);
        try (Stream<Path> files = Files.walk(installed)) {
            for (Path source : files.toList()) {
                Path relative = installed.relativize(source);
                if (relative.startsWith("logs") || relative.startsWith("workarea")) {
                    continue;
                }
                Path target = copy.resolve(relative.toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
        return copy;
    }

    private static void deleteRecursively(Path dir) throws IOException {
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
