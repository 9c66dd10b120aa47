package io.sipush.ppg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Secure by default: without PPG_BOOTSTRAP_PI there is no account, and every request gets 401;
 * without PPG_ADMIN_PASSWORD no admin login works.
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
}
