package io.sipush.ppg.infrastructure.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.sipush.ppg.pap.PapVersion;
import io.sipush.ppg.pap.ResultNotificationResponse;
import io.sipush.ppg.pap.StatusCode;
import io.sipush.ppg.pap.StatusQueryMessage;
import io.sipush.ppg.pap.codec.PapEncoder;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sender against a real HTTP listener on loopback, as a Push Initiator would run one. */
class HttpResultNotificationSenderTest {
    private static final byte[] NOTIFICATION =
            "<pap><resultnotification-message/></pap>".getBytes(StandardCharsets.UTF_8);

    private final ExecutorService executor = Executors.newFixedThreadPool(2);
    private final HttpResultNotificationSender sender = new HttpResultNotificationSender(executor);
    private final AtomicReference<Exchange> received = new AtomicReference<>();
    private HttpServer pi;

    record Exchange(String method, String protocol, String contentType, byte[] body) {}

    @BeforeEach
    void startPi() throws IOException {
        pi = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        pi.start();
    }

    @AfterEach
    void stop() {
        pi.stop(0);
        executor.shutdownNow();
    }

    private void answer(int status, byte[] body) {
        pi.createContext("/notify", exchange -> {
            received.set(new Exchange(
                    exchange.getRequestMethod(),
                    exchange.getProtocol(),
                    exchange.getRequestHeaders().getFirst("Content-Type"),
                    exchange.getRequestBody().readAllBytes()));
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
    }

    private String url() {
        return "http://127.0.0.1:" + pi.getAddress().getPort() + "/notify";
    }

    private PiAnswer send(String url) throws Exception {
        return sender.send(url, NOTIFICATION).get(30, TimeUnit.SECONDS);
    }

    private static byte[] response(StatusCode code) {
        return new PapEncoder().encode(new ResultNotificationResponse(PapVersion.V2_1, "push-1", code, "thanks", null));
    }

    @Test
    void resultnotification_response_in_a_2xx_answer_counts_as_answered() throws Exception {
        answer(200, response(StatusCode.OK));

        PiAnswer answer = send(url());

        assertThat(answer.isAnswered()).isTrue();
        assertThat(answer.response().orElseThrow().pushId()).isEqualTo("push-1");
        assertThat(answer.response().orElseThrow().code()).isEqualTo(StatusCode.OK);
    }

    @Test
    void notification_is_posted_as_application_xml_over_http_1_1() throws Exception {
        answer(202, response(StatusCode.OK));

        assertThat(send(url()).isAnswered()).isTrue();

        Exchange exchange = received.get();
        assertThat(exchange.method()).isEqualTo("POST");
        assertThat(exchange.protocol()).isEqualTo("HTTP/1.1");
        assertThat(exchange.contentType()).isEqualTo("application/xml");
        assertThat(exchange.body()).isEqualTo(NOTIFICATION);
    }

    @Test
    void response_with_an_error_code_is_still_an_answer() throws Exception {
        answer(200, response(StatusCode.BAD_REQUEST));

        assertThat(send(url()).isAnswered()).isTrue();
    }

    @Test
    void non_2xx_status_is_a_failure_even_with_a_valid_body() throws Exception {
        answer(503, response(StatusCode.OK));

        PiAnswer answer = send(url());

        assertThat(answer.isAnswered()).isFalse();
        assertThat(answer.failure()).isEqualTo("HTTP 503");
    }

    @Test
    void success_status_without_a_pap_body_is_a_failure() throws Exception {
        answer(200, "OK".getBytes(StandardCharsets.UTF_8));

        PiAnswer answer = send(url());

        assertThat(answer.isAnswered()).isFalse();
        assertThat(answer.failure()).startsWith("HTTP 200 without a resultnotification-response");
    }

    @Test
    void success_status_with_another_pap_message_is_a_failure() throws Exception {
        answer(200, new PapEncoder().encode(StatusQueryMessage.of(PapVersion.V2_1, "push-1", List.of())));

        PiAnswer answer = send(url());

        assertThat(answer.isAnswered()).isFalse();
        assertThat(answer.failure()).contains("instead of a resultnotification-response");
    }

    @Test
    void empty_2xx_is_a_failure() throws Exception {
        answer(204, new byte[0]);

        assertThat(send(url()).isAnswered()).isFalse();
    }

    @Test
    void oversized_answer_is_a_failure() throws Exception {
        answer(200, new byte[HttpResultNotificationSender.MAX_ANSWER_BYTES + 1]);

        PiAnswer answer = send(url());

        assertThat(answer.isAnswered()).isFalse();
        assertThat(answer.failure()).contains("over");
    }

    @Test
    void redirect_is_not_followed_and_is_a_failure() throws Exception {
        pi.createContext("/notify", exchange -> {
            exchange.getResponseHeaders().add("Location", url() + "/elsewhere");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });

        assertThat(send(url()).failure()).isEqualTo("HTTP 302");
    }

    @Test
    void pi_that_is_down_is_a_failure_not_an_exception() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }

        PiAnswer answer = send("http://127.0.0.1:" + closedPort + "/notify");

        assertThat(answer.isAnswered()).isFalse();
        assertThat(answer.failure()).isNotBlank();
    }

    @Test
    void unusable_url_is_a_failure_not_an_exception() throws Exception {
        PiAnswer answer = send("ftp://pi.example.org/notify");

        assertThat(answer.isAnswered()).isFalse();
        assertThat(answer.failure()).contains("not a usable URL");
    }
}
