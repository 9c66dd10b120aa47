package io.sipush.ppg.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.sipush.ppg.pap.MessageState;
import io.sipush.ppg.pap.PushApplicationId;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The admin REST API beyond PI accounts, on the real server: pushes (search, paging, detail with
 * history, cancel), terminals (list, detail, remove), statistics, JSON errors and the OpenAPI
 * document.
 */
@ExtendWith(ArquillianExtension.class)
class AdminApiIT {
    @Deployment(testable = false)
    @TargetsContainer("admin")
    static WebArchive ppg() {
        return PpgWar.build();
    }

    @ArquillianResource
    private URL ppg;

    private static final String DM_NOTIFICATION = "application/vnd.syncml.notification";
    private static final PushApplicationId SYNCML_DM = PushApplicationId.parse("syncml.dm");
    private static final Duration OUTCOME = Duration.ofSeconds(30);

    /** Pushes a DM notification to one address; returns its push-id. */
    private String push(String pushId, String address) throws Exception {
        PapClient.Reply reply =
                pi().push(FirstPushIT.push(pushId, address), DM_NOTIFICATION, new byte[] {1, 2}, SYNCML_DM, false);
        assertThat(reply.httpStatus()).as(reply.text()).isEqualTo(202);
        return pushId;
    }

    private String userAddress(String user) {
        return "WAPPUSH=sip%3A" + user + "%40ims.example.org/TYPE=USER";
    }

    private String query(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private long keyOf(String pushId) throws Exception {
        AdminClient.Reply found = admin().get("pushes?pushId=" + query(pushId));
        Matcher key = Pattern.compile("\"key\":(\\d+)").matcher(found.body());
        assertThat(key.find()).as(found.body()).isTrue();
        return Long.parseLong(key.group(1));
    }

    private long number(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":(\\d+)").matcher(json);
        assertThat(m.find()).as(name + " in " + json).isTrue();
        return Long.parseLong(m.group(1));
    }

    /** Reads the push until its body contains {@code text}, or the limit passes; returns the last body. */
    private String awaitDetail(long key, String text) throws Exception {
        Instant deadline = Instant.now().plus(OUTCOME);
        String body = admin().get("pushes/" + key).body();
        while (!body.contains(text) && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            body = admin().get("pushes/" + key).body();
        }
        return body;
    }

    @Test
    void push_search_filters_by_pi_push_id_address_and_state_and_pages() throws Exception {
        String prefix = "search-" + UUID.randomUUID();
        push(prefix + "-1", userAddress("search-a"));
        push(prefix + "-2", userAddress("search-b"));
        push(prefix + "-3", userAddress("search-b"));
        AdminClient admin = admin();

        AdminClient.Reply all = admin.get("pushes?pushId=" + query(prefix));
        AdminClient.Reply firstPage = admin.get("pushes?limit=2&pushId=" + query(prefix));
        AdminClient.Reply secondPage = admin.get("pushes?limit=2&offset=2&pushId=" + query(prefix));
        AdminClient.Reply byAddress = admin.get("pushes?address=SEARCH-B&pushId=" + query(prefix));
        AdminClient.Reply byPi =
                admin.get("pushes?pi=" + ArquillianPpg.ADMIN_PI_NAME + "&state=pending&pushId=" + query(prefix));
        AdminClient.Reply otherPi = admin.get("pushes?pi=nobody&pushId=" + query(prefix));
        AdminClient.Reply delivered = admin.get("pushes?state=delivered&pushId=" + query(prefix));

        assertThat(all.status()).isEqualTo(200);
        assertThat(number(all.body(), "total")).isEqualTo(3);
        assertThat(all.body().indexOf(prefix + "-3"))
                .as("newest first")
                .isLessThan(all.body().indexOf(prefix + "-1"));
        assertThat(all.body()).contains("\"pi\":\"" + ArquillianPpg.ADMIN_PI_NAME + "\"", "\"state\":\"pending\"");
        assertThat(firstPage.body()).contains(prefix + "-3", prefix + "-2").doesNotContain(prefix + "-1");
        assertThat(secondPage.body()).contains(prefix + "-1").doesNotContain(prefix + "-2");
        assertThat(number(byAddress.body(), "total")).isEqualTo(2);
        assertThat(number(byPi.body(), "total")).isEqualTo(3);
        assertThat(number(otherPi.body(), "total")).isZero();
        assertThat(number(delivered.body(), "total")).isZero();
    }

    @Test
    void push_detail_shows_each_address_with_its_history_up_to_delivered() throws Exception {
        try (SipTerminal terminal = SipTerminal.start(ItPorts.terminal(60), ArquillianPpg.ADMIN.registrar())) {
            terminal.register("sip:detail@ims.example.org", 600, "syncml.dm");
            String pushId = push("detail-" + UUID.randomUUID(), userAddress("detail"));
            assertThat(terminal.nextMessage(20)).isNotNull();

            String detail = awaitDetail(keyOf(pushId), "\"state\":\"delivered\"");

            assertThat(detail)
                    .contains("\"pushId\":\"" + pushId + "\"")
                    .contains("\"addressOfRecord\":\"sip:detail@ims.example.org\"")
                    .contains("\"state\":\"delivered\"", "\"lastSipStatus\":200")
                    .contains("\"what\":\"accepted\"", "\"what\":\"attempt 1\"", "\"what\":\"delivered\"")
                    .contains("\"priority\":\"medium\"", "\"papVersion\":\"2.1\"");
        }
    }

    @Test
    void cancel_ends_the_pending_push_as_a_pap_cancel_would_and_then_reports_it_final() throws Exception {
        String pushId = push("cancel-" + UUID.randomUUID(), userAddress("cancel-me"));
        long key = keyOf(pushId);

        AdminClient.Reply first = admin().post("pushes/" + key + "/cancel", "");
        AdminClient.Reply second = admin().post("pushes/" + key + "/cancel", "");
        AdminClient.Reply unknown = admin().post("pushes/999999999/cancel", "");

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.body()).contains("\"outcome\":\"cancelled\"", "\"state\":\"cancelled\"");
        assertThat(Status.of(pi(), pushId).get(0).messageState()).isEqualTo(MessageState.CANCELLED);
        assertThat(second.body()).contains("\"outcome\":\"already-final\"", "already cancelled");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body()).contains("\"error\":\"no push with key 999999999\"");
    }

    @Test
    void terminals_are_listed_shown_with_their_contacts_and_removed() throws Exception {
        try (SipTerminal terminal = SipTerminal.start(ItPorts.terminal(61), ArquillianPpg.ADMIN.registrar())) {
            terminal.register("sip:listed@ims.example.org", 600, "syncml.dm");
            AdminClient admin = admin();

            AdminClient.Reply list = admin.get("terminals?address=LISTED@");
            AdminClient.Reply one = admin.get("terminals/" + query("sip:listed@ims.example.org"));
            AdminClient.Reply removed = admin.delete("terminals/sip:listed@ims.example.org");
            AdminClient.Reply gone = admin.get("terminals/sip:listed@ims.example.org");
            AdminClient.Reply removedAgain = admin.delete("terminals/sip:listed@ims.example.org");
            AdminClient.Reply notAnAddress = admin.get("terminals/listed");

            assertThat(list.status()).isEqualTo(200);
            assertThat(number(list.body(), "total")).isEqualTo(1);
            assertThat(list.body()).contains("\"address\":\"sip:listed@ims.example.org\"");
            assertThat(one.body())
                    .contains("\"uri\":\"" + terminal.contactUri() + "\"")
                    .contains("\"transport\":\"udp\"", "\"pushApplicationIds\":[\"syncml.dm\"]", "\"expiresAt\":");
            assertThat(number(one.body(), "expiresInSeconds")).isBetween(1L, 600L);
            assertThat(removed.status()).isEqualTo(204);
            assertThat(gone.status()).isEqualTo(404);
            assertThat(gone.body()).contains("\"error\":\"no terminal is registered as sip:listed@ims.example.org\"");
            assertThat(removedAgain.status()).isEqualTo(404);
            assertThat(notAnAddress.status()).isEqualTo(400);
            assertThat(notAnAddress.body()).contains("\"error\":\"not a sip, sips or tel URI: listed\"");
        }
    }

    @Test
    void statistics_count_accepted_pushes_and_pending_deliveries() throws Exception {
        String before = admin().get("statistics").body();
        push("count-" + UUID.randomUUID(), userAddress("counted"));

        AdminClient.Reply after = admin().get("statistics");

        assertThat(after.status()).isEqualTo(200);
        assertThat(number(after.body(), "accepted")).isEqualTo(number(before, "accepted") + 1);
        assertThat(number(after.body(), "pending")).isEqualTo(number(before, "pending") + 1);
        assertThat(number(after.body(), "awaitingRegistration")).isEqualTo(number(before, "awaitingRegistration") + 1);
        assertThat(after.body())
                .contains(
                        "\"delivered\":",
                        "\"failing\":",
                        "\"undeliverable\":",
                        "\"registeredTerminals\":",
                        "\"resultNotificationsPending\":");
    }

    @Test
    void errors_are_json_with_a_reason_never_a_stack_trace() throws Exception {
        AdminClient admin = admin();
        List<AdminClient.Reply> replies = List.of(
                admin.get("no-such-resource"),
                admin.delete("statistics"),
                admin.get("pushes?state=sent"),
                admin.get("pushes?limit=1000"),
                admin.get("pushes?offset=minus-one"),
                admin.get("pushes/not-a-key"),
                admin.post("push-initiators", "{\"name\": "),
                admin.put("push-initiators/" + ArquillianPpg.ADMIN_PI_NAME, "[1, 2"));

        assertThat(replies)
                .extracting(AdminClient.Reply::status)
                .containsExactly(404, 405, 400, 400, 400, 404, 400, 400);
        for (AdminClient.Reply reply : replies) {
            assertThat(reply.body()).startsWith("{\"error\":\"").doesNotContain("Exception", "\tat ");
        }
        assertThat(replies.get(2).body()).contains("state must be one of");
        assertThat(replies.get(3).body()).contains("limit 1 to 200");
        assertThat(replies.get(4).body()).contains("offset must be a whole number");
    }

    @Test
    void every_admin_resource_refuses_requests_without_the_admin_credentials() throws Exception {
        AdminClient anonymous = new AdminClient(papUri(), null, null);
        AdminClient pi = new AdminClient(papUri(), ArquillianPpg.ADMIN_PI_NAME, ArquillianPpg.ADMIN_PI_PASSWORD);

        for (String path : List.of("pushes", "pushes/1", "terminals", "statistics", "push-initiators")) {
            assertThat(anonymous.get(path).status()).as(path).isEqualTo(401);
            assertThat(pi.get(path).status()).as(path).isEqualTo(401);
        }
        assertThat(anonymous.post("pushes/1/cancel", "").status()).isEqualTo(401);
        assertThat(anonymous.delete("terminals/sip:a@b").status()).isEqualTo(401);
    }

    @Test
    void openapi_document_describes_every_admin_operation() throws Exception {
        URI openapi = papUri().resolve("/openapi");
        HttpResponse<String> document = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(openapi).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(document.statusCode()).isEqualTo(200);
        assertThat(document.body())
                .contains("openapi: 3.0", "title: SIP Push Proxy Gateway admin API", "scheme: basic")
                .contains("/api/pushes:", "/api/pushes/{key}:", "/api/pushes/{key}/cancel:")
                .contains("/api/terminals:", "/api/terminals/{address}:", "/api/statistics:")
                .contains(
                        "/api/push-initiators:",
                        "/api/push-initiators/{name}:",
                        "/api/push-initiators/{name}/password:");
        for (String operation : List.of(
                "listPushes",
                "getPush",
                "cancelPush",
                "listTerminals",
                "getTerminal",
                "removeTerminal",
                "getStatistics",
                "listAccounts",
                "createAccount",
                "getAccount",
                "updateAccount",
                "removeAccount",
                "rotatePassword")) {
            assertThat(document.body()).contains("operationId: " + operation);
        }
        HttpResponse<String> json = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(openapi + "?format=json"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(json.body()).startsWith("{").contains("\"operationId\"", "\"cancelPush\"");
    }

    private PapClient pi() {
        return ArquillianPpg.ADMIN.pi(ppg);
    }

    private AdminClient admin() {
        return new AdminClient(papUri(), "admin", ArquillianPpg.ADMIN_PASSWORD);
    }

    private URI papUri() {
        return ArquillianPpg.papUri(ppg);
    }
}
