package io.sipush.ppg.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.sipush.ppg.pap.CancelMessage;
import io.sipush.ppg.pap.CancelResponse;
import io.sipush.ppg.pap.MessageState;
import io.sipush.ppg.pap.PapVersion;
import io.sipush.ppg.pap.PushApplicationId;
import io.sipush.ppg.pap.PushResponse;
import io.sipush.ppg.pap.StatusCode;
import io.sipush.ppg.pap.StatusQueryResult;
import io.sipush.ppg.pap.codec.PapEncoder;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * PI accounts on the admin server (ArquillianPpg.ADMIN): the admin API and its protection, per-PI policies
 * (2001 with a reason), isolation of one PI's pushes from another's (2004), and password
 * rotation. Pushes go to terminals that are not registered, so they stay pending.
 */
@ExtendWith(ArquillianExtension.class)
class PiAccountsIT {
    @Deployment(testable = false)
    @TargetsContainer("admin")
    static WebArchive ppg() {
        return PpgWar.build();
    }

    @ArquillianResource
    private URL ppg;

    private static final String PI_A = "pi-a";
    private static final String PI_A_PASSWORD = "pi-a-password-1";
    private static final String ADMIN_PASSWORD = ArquillianPpg.ADMIN_PASSWORD;
    private static final String US_NUMBER = "WAPPUSH=+15551234567/TYPE=PLMN";
    private static final String UK_NUMBER = "WAPPUSH=+447700900123/TYPE=PLMN";
    private static final String DM_NOTIFICATION = "application/vnd.syncml.notification";
    private static final PushApplicationId SYNCML_DM = PushApplicationId.parse("syncml.dm");

    private AdminClient admin;

    /**
     * The account pi-a, made over the admin API before the first test (this server's bootstrap PI
     * is ConsoleIT's and AdminApiIT's; PPG_BOOTSTRAP_PI itself is covered by every other class).
     */
    @BeforeEach
    void accountOfPiA() throws Exception {
        admin = new AdminClient(papUri(), "admin", ADMIN_PASSWORD);
        if (admin.get("push-initiators/" + PI_A).status() == 404) {
            AdminClient.Reply created = admin.post(
                    "push-initiators", "{\"name\": \"" + PI_A + "\", \"password\": \"" + PI_A_PASSWORD + "\"}");
            assertThat(created.status()).as(created.body()).isEqualTo(201);
        }
    }

    private PapClient pi(String name, String password) {
        return new PapClient(papUri(), name, password);
    }

    /** Creates an account over the admin API; the policy is a JSON object or null. */
    private PapClient createPi(String name, String policyJson) throws Exception {
        String password = name + "-password";
        String body = "{\"name\": \"" + name + "\", \"password\": \"" + password + "\""
                + (policyJson == null ? "" : ", \"policy\": " + policyJson) + "}";
        AdminClient.Reply created = admin.post("push-initiators", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return pi(name, password);
    }

    private PapClient.Reply push(PapClient pi, String address, PushApplicationId app, byte[] content) throws Exception {
        return pi.push(FirstPushIT.push(FirstPushIT.uniquePushId(), address), DM_NOTIFICATION, content, app, false);
    }

    private PushResponse forbidden(PapClient.Reply reply) throws Exception {
        assertThat(reply.httpStatus()).isEqualTo(200);
        PushResponse response = (PushResponse) reply.pap();
        assertThat(response.code()).isEqualTo(StatusCode.FORBIDDEN);
        return response;
    }

    @Test
    void admin_api_without_admin_credentials_gets_401() throws Exception {
        AdminClient.Reply anonymous = new AdminClient(papUri(), null, null).get("push-initiators");
        AdminClient.Reply wrong = new AdminClient(papUri(), "admin", "not-" + ADMIN_PASSWORD).get("push-initiators");
        AdminClient.Reply empty = new AdminClient(papUri(), "admin", "").get("push-initiators");
        AdminClient.Reply piCredentials = new AdminClient(papUri(), PI_A, PI_A_PASSWORD).get("push-initiators");
        AdminClient.Reply create = new AdminClient(papUri(), "admin", "wrong")
                .post("push-initiators", "{\"name\": \"intruder\", \"password\": \"intruder-password\"}");

        for (AdminClient.Reply reply : List.of(anonymous, wrong, empty, piCredentials, create)) {
            assertThat(reply.status()).isEqualTo(401);
        }
        assertThat(anonymous.wwwAuthenticate()).startsWith("Basic");
        assertThat(admin.get("push-initiators/intruder").status()).isEqualTo(404);
    }

    @Test
    void admin_creates_a_second_pi_that_can_push_and_no_password_hash_is_shown() throws Exception {
        PapClient piB = createPi("pi-b", null);

        AdminClient.Reply list = admin.get("push-initiators");
        AdminClient.Reply one = admin.get("push-initiators/pi-b");
        PapClient.Reply pushed = push(piB, US_NUMBER, SYNCML_DM, new byte[] {1});

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("\"name\":\"" + PI_A + "\"").contains("\"name\":\"pi-b\"");
        assertThat(one.status()).isEqualTo(200);
        for (String body : List.of(list.body(), one.body())) {
            assertThat(body).doesNotContain("password").doesNotContain("pbkdf2").doesNotContain("Hash");
        }
        assertThat(pushed.httpStatus()).isEqualTo(202);
    }

    @Test
    void pi_cannot_query_or_cancel_the_push_of_another_pi() throws Exception {
        PapClient piA = pi(PI_A, PI_A_PASSWORD);
        PapClient other = createPi("pi-other", null);
        String pushId = FirstPushIT.uniquePushId();
        PapClient.Reply pushed = piA.push(
                FirstPushIT.push(pushId, "WAPPUSH=sip%3Anobody-registered%40ims.example.org/TYPE=USER"),
                DM_NOTIFICATION,
                new byte[] {1},
                SYNCML_DM,
                false);
        assertThat(pushed.httpStatus()).isEqualTo(202);

        StatusQueryResult query = Status.of(other, pushId).get(0);
        PapClient.Reply cancel = other.post(
                "application/xml", new PapEncoder().encode(CancelMessage.of(PapVersion.V2_1, pushId, List.of())));

        assertThat(query.code()).isEqualTo(StatusCode.PUSH_ID_NOT_FOUND);
        assertThat(query.messageState()).isEqualTo(MessageState.UNKNOWN);
        assertThat(query.desc()).doesNotContain(PI_A);
        CancelResponse cancelled = (CancelResponse) cancel.pap();
        assertThat(cancelled.results()).hasSize(1);
        assertThat(cancelled.results().get(0).code()).isEqualTo(StatusCode.PUSH_ID_NOT_FOUND);
        StatusQueryResult own = Status.of(piA, pushId).get(0);
        assertThat(own.code()).isEqualTo(StatusCode.OK);
        assertThat(own.messageState()).isEqualTo(MessageState.PENDING);
    }

    @Test
    void pi_restricted_to_syncml_dm_gets_2001_for_wml_ua() throws Exception {
        PapClient dmOnly = createPi("pi-dm-only", "{\"allowedApplicationIds\": [\"syncml.dm\"]}");

        PushResponse refused = forbidden(push(dmOnly, US_NUMBER, PushApplicationId.parse("wml.ua"), new byte[] {1}));
        PapClient.Reply allowed = push(dmOnly, US_NUMBER, PushApplicationId.parse("0x07"), new byte[] {1});

        assertThat(refused.desc()).contains("wml.ua").contains("syncml.dm");
        assertThat(allowed.httpStatus()).isEqualTo(202);
    }

    @Test
    void pi_restricted_to_plmn_prefix_gets_2001_for_another_country() throws Exception {
        PapClient us = createPi("pi-us-only", "{\"addressPatterns\": [\"plmn:+1555\"]}");

        PushResponse refused = forbidden(push(us, UK_NUMBER, SYNCML_DM, new byte[] {1}));
        PapClient.Reply allowed = push(us, US_NUMBER, SYNCML_DM, new byte[] {1});

        assertThat(refused.desc()).contains("+447700900123").contains("plmn:+1555");
        assertThat(allowed.httpStatus()).isEqualTo(202);
    }

    @Test
    void content_over_the_pi_maximum_gets_2001() throws Exception {
        PapClient small = createPi("pi-small", "{\"maxContentBytes\": 16}");

        PushResponse refused = forbidden(push(small, US_NUMBER, SYNCML_DM, new byte[17]));
        PapClient.Reply allowed = push(small, US_NUMBER, SYNCML_DM, new byte[16]);

        assertThat(refused.desc()).contains("17 bytes").contains("16 bytes");
        assertThat(allowed.httpStatus()).isEqualTo(202);
    }

    @Test
    void client_outside_the_ip_allow_list_gets_2001_until_the_list_admits_it() throws Exception {
        PapClient elsewhere = createPi("pi-elsewhere", "{\"ipAllowList\": [\"10.0.0.0/8\", \"2001:db8::/32\"]}");

        PushResponse refused = forbidden(push(elsewhere, US_NUMBER, SYNCML_DM, new byte[] {1}));
        StatusQueryResult query = Status.of(elsewhere, "any-push-id").get(0);
        AdminClient.Reply changed =
                admin.put("push-initiators/pi-elsewhere", "{\"policy\": {\"ipAllowList\": [\"127.0.0.0/8\"]}}");
        PapClient.Reply allowed = push(elsewhere, US_NUMBER, SYNCML_DM, new byte[] {1});

        assertThat(refused.desc()).contains("127.0.0.1").contains("IP allow-list");
        assertThat(query.code()).isEqualTo(StatusCode.FORBIDDEN);
        assertThat(changed.status()).isEqualTo(200);
        assertThat(allowed.httpStatus()).isEqualTo(202);
    }

    @Test
    void requests_over_the_rate_limit_get_2001() throws Exception {
        PapClient limited = createPi("pi-limited", "{\"rateLimitPerSecond\": 1}");

        StatusQueryResult refused = null;
        for (int i = 0; i < 10 && refused == null; i++) {
            StatusQueryResult result = Status.of(limited, "any-push-id").get(0);
            if (result.code() == StatusCode.FORBIDDEN) {
                refused = result;
            }
        }

        assertThat(refused).as("one of 10 back-to-back requests refused").isNotNull();
        assertThat(refused.desc()).isEqualTo("rate limit of 1 requests/s exceeded");
    }

    @Test
    void rotated_password_replaces_the_old_one_at_once() throws Exception {
        PapClient old = createPi("pi-rotating", null);
        assertThat(push(old, US_NUMBER, SYNCML_DM, new byte[] {1}).httpStatus()).isEqualTo(202);

        AdminClient.Reply rotated =
                admin.post("push-initiators/pi-rotating/password", "{\"password\": \"pi-rotating-new-password\"}");

        assertThat(rotated.status()).isEqualTo(204);
        assertThat(push(old, US_NUMBER, SYNCML_DM, new byte[] {1}).httpStatus()).isEqualTo(401);
        PapClient renewed = pi("pi-rotating", "pi-rotating-new-password");
        assertThat(push(renewed, US_NUMBER, SYNCML_DM, new byte[] {1}).httpStatus())
                .isEqualTo(202);
    }

    @Test
    void disabled_or_removed_account_gets_401() throws Exception {
        PapClient gone = createPi("pi-gone", null);
        assertThat(Status.of(gone, "x").get(0).code()).isEqualTo(StatusCode.PUSH_ID_NOT_FOUND);

        assertThat(admin.put("push-initiators/pi-gone", "{\"enabled\": false}").status())
                .isEqualTo(200);
        int whileDisabled = gone.statusQuery(io.sipush.ppg.pap.StatusQueryMessage.of(PapVersion.V2_1, "x", List.of()))
                .httpStatus();
        assertThat(admin.delete("push-initiators/pi-gone").status()).isEqualTo(204);
        int afterRemoval = gone.statusQuery(io.sipush.ppg.pap.StatusQueryMessage.of(PapVersion.V2_1, "x", List.of()))
                .httpStatus();

        assertThat(whileDisabled).isEqualTo(401);
        assertThat(afterRemoval).isEqualTo(401);
        assertThat(admin.get("push-initiators/pi-gone").status()).isEqualTo(404);
    }

    @Test
    void admin_api_errors_are_json_reasons_with_4xx() throws Exception {
        AdminClient.Reply badRegex = admin.post(
                "push-initiators",
                "{\"name\": \"pi-bad\", \"password\": \"pi-bad-password\","
                        + " \"policy\": {\"addressPatterns\": [\"regex:((\"]}}");
        AdminClient.Reply badCidr = admin.post(
                "push-initiators",
                "{\"name\": \"pi-bad\", \"password\": \"pi-bad-password\","
                        + " \"policy\": {\"ipAllowList\": [\"10.0.0.0/33\"]}}");
        AdminClient.Reply duplicate =
                admin.post("push-initiators", "{\"name\": \"" + PI_A + "\", \"password\": \"whatever-password\"}");
        AdminClient.Reply unknown = admin.get("push-initiators/nobody");
        AdminClient.Reply malformed = admin.post("push-initiators", "{\"name\": ");
        AdminClient.Reply noSuchPath = admin.get("no-such-resource");

        assertThat(badRegex.status()).isEqualTo(400);
        assertThat(badRegex.body()).startsWith("{\"error\":").contains("regex:((");
        assertThat(badCidr.status()).isEqualTo(400);
        assertThat(badCidr.body()).contains("10.0.0.0/33");
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.body()).startsWith("{\"error\":");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body()).contains("nobody");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(noSuchPath.status()).isEqualTo(404);
        for (AdminClient.Reply reply : List.of(badRegex, badCidr, duplicate, unknown, malformed, noSuchPath)) {
            assertThat(reply.body())
                    .startsWith("{\"error\":")
                    .doesNotContain("Exception")
                    .doesNotContain("\tat ");
        }
        assertThat(admin.get("push-initiators/pi-bad").status()).isEqualTo(404);
    }

    @Test
    void pap_keeps_its_own_authentication() throws Exception {
        PapClient.Reply anonymous =
                pi(PI_A, PI_A_PASSWORD).postWithout("application/xml", "<pap/>".getBytes(StandardCharsets.UTF_8), null);
        PapClient.Reply adminOnPap =
                pi("admin", ADMIN_PASSWORD).post("application/xml", "<pap/>".getBytes(StandardCharsets.UTF_8));
        PapClient.Reply wrong =
                pi(PI_A, "not-" + PI_A_PASSWORD).post("application/xml", "<pap/>".getBytes(StandardCharsets.UTF_8));

        assertThat(anonymous.httpStatus()).isEqualTo(401);
        assertThat(adminOnPap.httpStatus()).as("the admin user is no PI").isEqualTo(401);
        assertThat(wrong.httpStatus()).isEqualTo(401);
        assertThat(push(pi(PI_A, PI_A_PASSWORD), US_NUMBER, SYNCML_DM, new byte[] {1})
                        .httpStatus())
                .isEqualTo(202);
    }

    private URI papUri() {
        return ArquillianPpg.papUri(ppg);
    }
}
