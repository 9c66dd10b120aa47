package io.sipush.ppg.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Secure by default: without PPG_BOOTSTRAP_PI there is no account, and every request gets 401;
 * without PPG_ADMIN_PASSWORD no admin login works, and the container console is not there.
 *
 * <p>Process helper ({@link PpgServer}), not Arquillian: the point is a server without
 * PPG_BOOTSTRAP_PI and without PPG_ADMIN_PASSWORD, which none of the Arquillian servers
 * ({@link ArquillianPpg}) can be, and which no other class could use (docs/testing.md).
 */
class NoAccountIT {
    private static PpgServer server;

    @BeforeAll
    static void start() throws Exception {
        server = PpgServer.create(
                        "no-account",
                        Map.of(
                                "PPG_HTTP_PORT",
                                Integer.toString(ItPorts.http(1)),
                                "PPG_SIP_PORT",
                                Integer.toString(ItPorts.sip(1))))
                .startFresh();
    }

    @AfterAll
    static void stop() throws Exception {
        server.stop();
    }

    @Test
    void every_request_gets_401_when_no_account_was_configured() throws Exception {
        for (String guess : new String[] {"admin:admin", "ppg:ppg", "pi:", ":"}) {
            String[] parts = guess.split(":", -1);
            PapClient.Reply reply = new PapClient(server.papUri(), parts[0], parts[1])
                    .post("application/xml", "<pap/>".getBytes(StandardCharsets.UTF_8));

            assertThat(reply.httpStatus()).as(guess).isEqualTo(401);
        }
    }

    @Test
    void no_admin_login_works_when_no_admin_password_was_configured() throws Exception {
        for (String password : new String[] {"", "admin", "${PPG_ADMIN_PASSWORD}", "${env.PPG_ADMIN_PASSWORD}"}) {
            AdminClient.Reply reply = new AdminClient(server, "admin", password).get("push-initiators");

            assertThat(reply.status()).as("admin:" + password).isEqualTo(401);
        }
    }

    @Test
    void container_console_is_not_installed_and_https_is_off_when_no_admin_password_was_configured() throws Exception {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> adminCenter = http.send(
                HttpRequest.newBuilder(server.papUri().resolve("/adminCenter/")).build(),
                HttpResponse.BodyHandlers.ofString());
        URI https = URI.create("https://127.0.0.1:" + server.httpsPort() + "/adminCenter/");

        assertThat(adminCenter.statusCode()).isEqualTo(404);
        assertThatThrownBy(() -> http.send(HttpRequest.newBuilder(https).build(), HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(IOException.class);
    }
}
