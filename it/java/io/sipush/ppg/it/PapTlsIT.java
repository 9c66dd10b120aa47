package io.sipush.ppg.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.sipush.ppg.pap.PushApplicationId;
import io.sipush.ppg.pap.codec.PapEncoder;
import io.sipush.ppg.pap.mime.MultipartRelatedWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Issue 13 on a server of its own: PAP over HTTPS with an operator certificate (a PKCS#12 made
 * at test time) and a PI whose policy requires its client certificate (1001 with it, 401
 * without); the per-source back-off of failed logins; and a bootstrap PI that an admin deleted
 * stays deleted after a restart.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PapTlsIT {
    private static final String ADMIN_PASSWORD = "admin-Tls-pw-for-tests";
    private static final String BOOT_PI = "boot-pi";
    private static final String BOOT_PASSWORD = "boot-pi-password";
    private static final int MAX_FAILURES = 5;

    private static TestCertificates certificates;
    private static PpgServer server;

    @BeforeAll
    static void start() throws Exception {
        certificates = TestCertificates.create(Path.of("target/it-tls").toAbsolutePath());
        server = PpgServer.create(
                        "tls",
                        Map.of(
                                "PPG_HTTP_PORT",
                                Integer.toString(ItPorts.http(9)),
                                "PPG_SIP_PORT",
                                Integer.toString(ItPorts.sip(9)),
                                "PPG_ADMIN_PASSWORD",
                                ADMIN_PASSWORD,
                                "PPG_BOOTSTRAP_PI",
                                BOOT_PI + ":" + BOOT_PASSWORD,
                                "PPG_TLS_KEYSTORE",
                                certificates.serverKeystore().toString(),
                                "PPG_TLS_KEYSTORE_PASSWORD",
                                TestCertificates.PASSWORD,
                                "PPG_TLS_TRUSTSTORE",
                                certificates.truststore().toString(),
                                "PPG_AUTH_MAX_FAILURES",
                                Integer.toString(MAX_FAILURES)))
                .startFresh();
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.stop();
        }
    }

    private static AdminClient admin() {
        return new AdminClient(server, "admin", ADMIN_PASSWORD);
    }

    private static void createPi(String name, String policyJson) throws Exception {
        AdminClient.Reply created = admin().post(
                        "push-initiators",
                        "{\"name\": \"" + name + "\", \"password\": \"" + name + "-password\""
                                + (policyJson == null ? "" : ", \"policy\": " + policyJson) + "}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    private static HttpResponse<String> push(URI endpoint, SSLContext tls, String user, String password)
            throws Exception {
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5));
        if (tls != null) {
            builder.sslContext(tls);
        }
        MultipartRelatedWriter.MultipartEntity entity = new MultipartRelatedWriter()
                .write(
                        new PapEncoder()
                                .encode(FirstPushIT.push(FirstPushIT.uniquePushId(), "WAPPUSH=+15551234567/TYPE=PLMN")),
                        "application/vnd.syncml.notification",
                        new byte[] {1},
                        PushApplicationId.parse("syncml.dm"),
                        false);
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", basic(user, password))
                .header("Content-Type", entity.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(entity.body()))
                .build();
        return builder.build().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static URI https() {
        return URI.create("https://127.0.0.1:" + server.httpsPort() + "/ppg/pap");
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    @Order(1)
    void pi_that_requires_its_client_certificate_pushes_over_https_with_it_and_is_refused_without() throws Exception {
        createPi("pi-mtls", "{\"clientCertificate\": \"" + certificates.clientFingerprint() + "\"}");

        HttpResponse<String> withCertificate =
                push(https(), certificates.clientContext(true), "pi-mtls", "pi-mtls-password");
        HttpResponse<String> withoutCertificate =
                push(https(), certificates.clientContext(false), "pi-mtls", "pi-mtls-password");
        HttpResponse<String> overHttp = push(server.papUri(), null, "pi-mtls", "pi-mtls-password");

        assertThat(withCertificate.statusCode()).as(withCertificate.body()).isEqualTo(202);
        assertThat(withCertificate.body()).contains("code=\"1001\"");
        assertThat(withoutCertificate.statusCode()).isEqualTo(401);
        assertThat(overHttp.statusCode()).isEqualTo(401);
    }

    @Test
    @Order(2)
    void pi_without_a_certificate_rule_pushes_over_https_with_the_operator_certificate() throws Exception {
        createPi("pi-plain", null);

        HttpResponse<String> reply = push(https(), certificates.clientContext(false), "pi-plain", "pi-plain-password");

        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(202);
    }

    @Test
    @Order(3)
    void bootstrap_pi_deleted_by_an_admin_is_not_created_again_at_restart() throws Exception {
        assertThat(admin().get("push-initiators/" + BOOT_PI).status()).isEqualTo(200);
        assertThat(admin().delete("push-initiators/" + BOOT_PI).status()).isBetween(200, 204);

        server.stop();
        server.start();

        assertThat(admin().get("push-initiators/" + BOOT_PI).status()).isEqualTo(404);
        assertThat(push(server.papUri(), null, BOOT_PI, BOOT_PASSWORD).statusCode())
                .isEqualTo(401);
    }

    @Test
    @Order(4)
    void source_with_too_many_failed_logins_is_refused_but_remembered_pis_go_on() throws Exception {
        createPi("pi-known", null);
        createPi("pi-new", null);
        assertThat(push(server.papUri(), null, "pi-known", "pi-known-password").statusCode())
                .isEqualTo(202);

        for (int i = 0; i < MAX_FAILURES; i++) {
            assertThat(push(server.papUri(), null, "pi-new", "wrong-" + i).statusCode())
                    .isEqualTo(401);
        }
        HttpResponse<String> rightPasswordAfterFailures = push(server.papUri(), null, "pi-new", "pi-new-password");
        HttpResponse<String> remembered = push(server.papUri(), null, "pi-known", "pi-known-password");

        assertThat(rightPasswordAfterFailures.statusCode()).isEqualTo(401);
        assertThat(remembered.statusCode()).isEqualTo(202);
    }
}
