package io.sipush.ppg.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.sipush.ppg.pap.BadMessageResponse;
import io.sipush.ppg.pap.PapVersion;
import io.sipush.ppg.pap.PushAddress;
import io.sipush.ppg.pap.PushApplicationId;
import io.sipush.ppg.pap.PushMessage;
import io.sipush.ppg.pap.PushResponse;
import io.sipush.ppg.pap.StatusCode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 13, PAP side, against the real server: the attribute-default bomb and folded part
 * headers get 2000, notification URLs that point at link-local addresses, the PPG itself or
 * outside the PI's prefixes get 2001 naming the URL, and the admin API refuses writes that are
 * not JSON (415).
 */
@ExtendWith(AdminPpg.class)
class PapHardeningIT {
    private static final String DM_NOTIFICATION = "application/vnd.syncml.notification";
    private static final PushApplicationId SYNCML_DM = PushApplicationId.parse("syncml.dm");
    private static final String US_NUMBER = "WAPPUSH=+15551234567/TYPE=PLMN";

    private static PushMessage push(String notifyTo) throws Exception {
        return PushMessage.builder(PapVersion.V2_1, UUID.randomUUID() + "@dm.example.org")
                .address(PushAddress.parse(US_NUMBER))
                .ppgNotifyRequestedTo(notifyTo)
                .build();
    }

    private static PushResponse pushWithNotification(PapClient pi, String notifyTo) throws Exception {
        PapClient.Reply reply = pi.push(push(notifyTo), DM_NOTIFICATION, new byte[] {1}, SYNCML_DM, false);
        assertThat(reply.httpStatus()).as(reply.text()).isEqualTo(200);
        return (PushResponse) reply.pap();
    }

    @Test
    void attribute_default_bomb_posted_as_xml_gets_2000() throws Exception {
        StringBuilder xml = new StringBuilder("<!DOCTYPE pap [<!ATTLIST e");
        for (int i = 0; i < 1000; i++) {
            xml.append(" a").append(i).append(" CDATA \"x\"");
        }
        xml.append(">]><pap>");
        while (xml.length() < 1_040_000 - 10) {
            xml.append("<e/>");
        }
        byte[] bomb = xml.append("</pap>").toString().getBytes(StandardCharsets.UTF_8);

        PapClient.Reply reply = AdminPpg.pi().post("application/xml", bomb);

        assertThat(reply.httpStatus()).isEqualTo(200);
        BadMessageResponse refused = (BadMessageResponse) reply.pap();
        assertThat(refused.code()).isEqualTo(StatusCode.BAD_REQUEST);
        assertThat(refused.desc()).contains("declares").contains("ATTLIST");
    }

    @Test
    void part_with_520000_folded_header_lines_gets_2000() throws Exception {
        String control = "<pap><push-message push-id=\"folded-" + UUID.randomUUID() + "\">"
                + "<address address-value=\"" + US_NUMBER + "\"/></push-message></pap>";
        String body = "--b\nContent-Type: application/xml\n\n" + control + "\n--b\nContent-Type: text/plain\nX-F: a"
                + "\n ".repeat(520_000) + "\n\nhello\n--b--\n";

        PapClient.Reply reply = AdminPpg.pi()
                .post("multipart/related; boundary=b; type=\"application/xml\"", body.getBytes(StandardCharsets.UTF_8));

        assertThat(reply.httpStatus()).isEqualTo(200);
        BadMessageResponse refused = (BadMessageResponse) reply.pap();
        assertThat(refused.code()).isEqualTo(StatusCode.BAD_REQUEST);
        assertThat(refused.desc()).contains("header");
    }

    @Test
    void notification_to_a_link_local_address_gets_2001_naming_the_url() throws Exception {
        String metadata = "http://169.254.169.254/latest/meta-data/";

        PushResponse refused = pushWithNotification(AdminPpg.pi(), metadata);

        assertThat(refused.code()).isEqualTo(StatusCode.FORBIDDEN);
        assertThat(refused.desc()).contains(metadata).contains("link-local");
    }

    @Test
    void notification_to_the_ppgs_own_listener_gets_2001() throws Exception {
        String own = AdminPpg.server().papUri().toString();

        PushResponse refused = pushWithNotification(AdminPpg.pi(), own);

        assertThat(refused.code()).isEqualTo(StatusCode.FORBIDDEN);
        assertThat(refused.desc()).contains(own).contains("own listener");
    }

    @Test
    void notification_outside_the_pis_url_prefixes_gets_2001_and_inside_is_accepted() throws Exception {
        String name = "pi-prefix-" + UUID.randomUUID().toString().substring(0, 8);
        AdminClient.Reply created = AdminPpg.admin()
                .post(
                        "push-initiators",
                        "{\"name\": \"" + name + "\", \"password\": \"" + name + "-password\", \"policy\":"
                                + " {\"notificationUrlPrefixes\": [\"http://127.0.0.1:1/pi/\"]}}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.body()).contains("http://127.0.0.1:1/pi/");
        PapClient pi = new PapClient(AdminPpg.server().papUri(), name, name + "-password");

        PushResponse outside = pushWithNotification(pi, "http://192.0.2.1/pi/notify");
        PapClient.Reply inside =
                pi.push(push("http://127.0.0.1:1/pi/notify"), DM_NOTIFICATION, new byte[] {1}, SYNCML_DM, false);

        assertThat(outside.code()).isEqualTo(StatusCode.FORBIDDEN);
        assertThat(outside.desc()).contains("http://192.0.2.1/pi/notify").contains("prefix");
        assertThat(inside.httpStatus()).as(inside.text()).isEqualTo(202);
    }

    @Test
    void admin_writes_that_are_not_json_get_415() throws Exception {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        URI cancel = AdminPpg.server().papUri().resolve("api/pushes/123456789/cancel");
        String basic = "Basic "
                + Base64.getEncoder()
                        .encodeToString(("admin:" + AdminPpg.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));

        for (String type :
                new String[] {"application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "text/plain", ""
                }) {
            HttpRequest.Builder request = HttpRequest.newBuilder(cancel)
                    .header("Authorization", basic)
                    .POST(HttpRequest.BodyPublishers.ofString("a=b"));
            if (!type.isEmpty()) {
                request.header("Content-Type", type);
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(type).isEqualTo(415);
        }
        AdminClient.Reply json = AdminPpg.admin().post("pushes/123456789/cancel", "");
        assertThat(json.status()).isEqualTo(404);
    }
}
