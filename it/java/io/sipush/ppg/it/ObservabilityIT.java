package io.sipush.ppg.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.sipush.ppg.pap.MessageState;
import io.sipush.ppg.pap.PapVersion;
import io.sipush.ppg.pap.PushAddress;
import io.sipush.ppg.pap.PushApplicationId;
import io.sipush.ppg.pap.PushMessage;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What an operator watches: /metrics in Prometheus text for the user {@code metrics} over HTTPS,
 * /health/ready and /health/live, and logs as JSON lines (this server runs with
 * PPG_LOG_FORMAT=json, ArquillianPpg.OBSERVABILITY) in which a line about a push names its PI and push-id.
 */
@ExtendWith(ArquillianExtension.class)
class ObservabilityIT {
    @Deployment(testable = false)
    @TargetsContainer("observability")
    static WebArchive ppg() {
        return PpgWar.build();
    }

    @ArquillianResource
    private URL ppg;

    private static final String PI = ArquillianPpg.OBS_PI_NAME;
    private static final String PI_PASSWORD = ArquillianPpg.OBS_PI_PASSWORD;
    private static final String METRICS_PASSWORD = ArquillianPpg.METRICS_PASSWORD;
    private static final Duration OUTCOME = Duration.ofSeconds(30);
    private static final String A = "application_";

    private ServerEndpoints endpoints;

    @BeforeEach
    void endpoints() {
        endpoints = new ServerEndpoints(ppg.getPort(), ArquillianPpg.OBSERVABILITY.httpsPort());
    }

    @Test
    void metrics_count_a_push_that_is_retried_then_delivered() throws Exception {
        PrometheusText before = scrape();
        try (SipTerminal terminal = SipTerminal.start(ItPorts.terminal(67), registrar())) {
            terminal.register("sip:metered@ims.example.org", 600, "syncml.dm");
            terminal.answerNextWith(503);
            String pushId = FirstPushIT.uniquePushId();

            assertThat(push(pushId, "sip%3Ametered%40ims.example.org").httpStatus())
                    .isEqualTo(202);
            Status.awaitState(pi(), pushId, MessageState.DELIVERED, OUTCOME);
        }
        PrometheusText after = awaitScrape(m -> moved(before, m, "ppg_deliveries_ended_total", "state=\"delivered\""));

        assertThat(after.declares(A + "ppg_pushes_accepted_total", "counter")).isTrue();
        assertThat(after.declares(A + "ppg_deliveries_pending", "gauge")).isTrue();
        assertThat(after.declares(A + "ppg_delivery_latency_seconds", "summary"))
                .isTrue();
        assertThat(delta(before, after, "ppg_pushes_accepted_total", "")).isEqualTo(1);
        assertThat(delta(before, after, "ppg_deliveries_ended_total", "state=\"delivered\""))
                .isEqualTo(1);
        assertThat(delta(before, after, "ppg_delivery_latency_seconds_count", "state=\"delivered\""))
                .isEqualTo(1);
        assertThat(delta(before, after, "ppg_sip_responses_total", "class=\"5xx\""))
                .isEqualTo(1);
        assertThat(delta(before, after, "ppg_sip_responses_total", "class=\"2xx\""))
                .isEqualTo(1);
        assertThat(delta(before, after, "ppg_delivery_retries_total", "")).isEqualTo(1);
        assertThat(delta(before, after, "ppg_pap_requests_total", "operation=\"push-message\",code=\"1001\""))
                .isEqualTo(1);
        assertThat(delta(before, after, "ppg_pap_requests_total", "operation=\"statusquery-message\",code=\"1000\""))
                .isPositive();
        assertThat(after.sample(A + "ppg_result_notifications_pending", "")).isPresent();
    }

    @Test
    void pending_gauge_counts_a_push_waiting_for_its_terminal() throws Exception {
        double pendingBefore = scrape().valueOr0(A + "ppg_deliveries_pending", "");
        String pushId = FirstPushIT.uniquePushId();

        assertThat(push(pushId, "sip%3Anever-registered%40ims.example.org").httpStatus())
                .isEqualTo(202);

        PrometheusText after = awaitScrape(m -> m.valueOr0(A + "ppg_deliveries_pending", "") > pendingBefore);
        assertThat(after.valueOr0(A + "ppg_deliveries_pending", "")).isGreaterThan(pendingBefore);
    }

    @Test
    void metrics_need_https_and_the_metrics_user() throws Exception {
        assertThat(endpoints.http("/metrics").status()).isNotEqualTo(200);
        assertThat(endpoints.https("/metrics", null, null).status()).isEqualTo(401);
        assertThat(endpoints.https("/metrics", "metrics", "wrong-password").status())
                .isEqualTo(401);
        assertThat(endpoints.https("/metrics", PI, PI_PASSWORD).status()).isEqualTo(401);
        assertThat(endpoints
                        .https("/metrics/application", "metrics", METRICS_PASSWORD)
                        .status())
                .isEqualTo(200);
    }

    @Test
    void readiness_and_liveness_are_up() throws Exception {
        // Ready once the instance has taken its partition leases, a few seconds after the start.
        ServerEndpoints.Reply ready = endpoints.http("/health/ready");
        // ready once the PAP codec's warm-up at start (PPG_WARMUP_ROUNDS) has ended
        for (int i = 0; i < 120 && ready.status() != 200; i++) {
            Thread.sleep(500);
            ready = endpoints.http("/health/ready");
        }
        ServerEndpoints.Reply live = endpoints.http("/health/live");

        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.body())
                .contains("\"status\":\"UP\"")
                .contains("\"name\":\"database\"")
                .contains("\"name\":\"sip-listener\"")
                .contains("\"name\":\"cluster\"")
                .doesNotContain("DOWN");
        assertThat(live.status()).isEqualTo(200);
        assertThat(live.body()).contains("\"status\":\"UP\"").contains("\"name\":\"jvm\"");
    }

    @Test
    void json_log_line_about_a_push_names_its_pi_and_push_id() throws Exception {
        String pushId = FirstPushIT.uniquePushId();
        try (SipTerminal terminal = SipTerminal.start(ItPorts.terminal(68), registrar())) {
            terminal.register("sip:refuses@ims.example.org", 600, "syncml.dm");
            terminal.answerWith(486);

            push(pushId, "sip%3Arefuses%40ims.example.org");
            Status.awaitState(pi(), pushId, MessageState.UNDELIVERABLE, OUTCOME);
        }

        Optional<String> line = awaitLogLine("pi=" + PI + " push-id=" + pushId);
        assertThat(line).as("a log line naming the push").isPresent();
        assertThat(line.get())
                .startsWith("{")
                .endsWith("}")
                .contains("\"type\":\"liberty_message\"")
                .contains("\"loglevel\":\"INFO\"")
                .containsPattern(
                        "\"message\":\"instance=[^ \"]+ pi=" + PI + " push-id=" + Pattern.quote(pushId) + " delivery ")
                .contains("ended undeliverable");
    }

    private PapClient pi() {
        return new PapClient(ArquillianPpg.papUri(ppg), PI, PI_PASSWORD);
    }

    private String registrar() {
        return ArquillianPpg.OBSERVABILITY.registrar();
    }

    private PapClient.Reply push(String pushId, String escapedAor) throws Exception {
        PushMessage message = PushMessage.builder(PapVersion.V2_1, pushId)
                .address(PushAddress.parse("WAPPUSH=" + escapedAor + "/TYPE=USER"))
                .build();
        return pi().push(
                        message,
                        "application/vnd.syncml.notification",
                        "observed".getBytes(StandardCharsets.US_ASCII),
                        PushApplicationId.parse("syncml.dm"),
                        false);
    }

    private PrometheusText scrape() throws Exception {
        ServerEndpoints.Reply reply = endpoints.https("/metrics/application", "metrics", METRICS_PASSWORD);
        assertThat(reply.status()).isEqualTo(200);
        return new PrometheusText(reply.body());
    }

    /** Counters move after the commit that the status query already sees: poll a little. */
    private PrometheusText awaitScrape(Predicate<PrometheusText> wanted) throws Exception {
        Instant deadline = Instant.now().plus(OUTCOME);
        PrometheusText last = scrape();
        while (!wanted.test(last) && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
            last = scrape();
        }
        return last;
    }

    private boolean moved(PrometheusText before, PrometheusText after, String name, String labels) {
        return delta(before, after, name, labels) > 0;
    }

    private double delta(PrometheusText before, PrometheusText after, String name, String labels) {
        return after.valueOr0(A + name, labels) - before.valueOr0(A + name, labels);
    }

    private Optional<String> awaitLogLine(String fragment) throws Exception {
        Path log = ArquillianPpg.OBSERVABILITY.messagesLog();
        Instant deadline = Instant.now().plus(OUTCOME);
        while (Instant.now().isBefore(deadline)) {
            if (Files.exists(log)) {
                Optional<String> line = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                        .filter(l -> l.contains(fragment))
                        .findFirst();
                if (line.isPresent()) {
                    return line;
                }
            }
            Thread.sleep(200);
        }
        return Optional.empty();
    }
}
