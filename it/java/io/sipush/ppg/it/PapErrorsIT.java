package io.sipush.ppg.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.sipush.ppg.pap.BadMessageResponse;
import io.sipush.ppg.pap.MessageState;
import io.sipush.ppg.pap.PushApplicationId;
import io.sipush.ppg.pap.PushResponse;
import io.sipush.ppg.pap.StatusCode;
import io.sipush.ppg.pap.StatusQueryResult;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Bad input gets a PAP code and a reason, with HTTP 200 or 401, never a 5xx. */
@ExtendWith(ArquillianExtension.class)
class PapErrorsIT {
    @Deployment(testable = false)
    static WebArchive ppg() {
        return PpgWar.build();
    }

    @ArquillianResource
    private URL ppg;

    private static final String DOCTYPE_2_1 =
            "<!DOCTYPE pap PUBLIC \"-//WAPFORUM//DTD PAP 2.1//EN\" \"http://www.openmobilealliance.org/tech/DTD/pap_2.1.dtd\">";

    @Test
    void request_without_credentials_gets_401() throws Exception {
        PapClient.Reply reply =
                pi().postWithout("application/xml", statusQuery("x").getBytes(StandardCharsets.UTF_8), null);

        assertThat(reply.httpStatus()).isEqualTo(401);
    }

    @Test
    void wrong_password_gets_401() throws Exception {
        String wrong = "Basic "
                + Base64.getEncoder()
                        .encodeToString((ArquillianPpg.PI_NAME + ":nope").getBytes(StandardCharsets.UTF_8));

        PapClient.Reply reply =
                pi().postWithout("application/xml", statusQuery("x").getBytes(StandardCharsets.UTF_8), wrong);

        assertThat(reply.httpStatus()).isEqualTo(401);
    }

    @Test
    void malformed_xml_gets_badmessage_2000_with_the_fragment() throws Exception {
        PapClient.Reply reply =
                pi().post("application/xml", "<pap><statusquery-message push-id=".getBytes(StandardCharsets.UTF_8));

        assertThat(reply.httpStatus()).isEqualTo(200);
        BadMessageResponse bad = (BadMessageResponse) reply.pap();
        assertThat(bad.code()).isEqualTo(StatusCode.BAD_REQUEST);
        assertThat(bad.desc()).isNotBlank();
    }

    @Test
    void doctype_declaring_entities_is_refused_with_2000() throws Exception {
        String laughs =
                "<?xml version=\"1.0\"?><!DOCTYPE pap [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;\">]>"
                        + "<pap><statusquery-message push-id=\"&b;\"/></pap>";

        PapClient.Reply reply = pi().post("application/xml", laughs.getBytes(StandardCharsets.UTF_8));

        assertThat(reply.httpStatus()).isEqualTo(200);
        assertThat(((BadMessageResponse) reply.pap()).code()).isEqualTo(StatusCode.BAD_REQUEST);
    }

    @Test
    void external_entity_is_never_resolved() throws Exception {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE pap [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<pap><statusquery-message push-id=\"&x;\"/></pap>";

        PapClient.Reply reply = pi().post("application/xml", xxe.getBytes(StandardCharsets.UTF_8));

        assertThat(reply.httpStatus()).isEqualTo(200);
        assertThat(reply.text()).doesNotContain("root:");
        assertThat(((BadMessageResponse) reply.pap()).code()).isEqualTo(StatusCode.BAD_REQUEST);
    }

    @Test
    void multipart_push_without_content_part_gets_2000() throws Exception {
        String body = "--b1\r\nContent-Type: application/xml\r\n\r\n" + pushControl("no-content@x") + "\r\n--b1--\r\n";

        PapClient.Reply reply = pi().post(
                        "multipart/related; boundary=b1; type=\"application/xml\"",
                        body.getBytes(StandardCharsets.UTF_8));

        assertThat(reply.httpStatus()).isEqualTo(200);
        assertThat(((BadMessageResponse) reply.pap()).code()).isEqualTo(StatusCode.BAD_REQUEST);
    }

    @Test
    void duplicate_push_id_gets_2007() throws Exception {
        String pushId = FirstPushIT.uniquePushId();
        PapClient pi = pi();
        PapClient.Reply first = pi.push(
                FirstPushIT.push(pushId, "WAPPUSH=sip%3Aerin%40ims.example.org/TYPE=USER"),
                "text/plain",
                new byte[] {1},
                PushApplicationId.parse("syncml.dm"),
                false);

        PapClient.Reply second = pi.push(
                FirstPushIT.push(pushId, "WAPPUSH=sip%3Aerin%40ims.example.org/TYPE=USER"),
                "text/plain",
                new byte[] {1},
                PushApplicationId.parse("syncml.dm"),
                false);

        assertThat(first.httpStatus()).isEqualTo(202);
        assertThat(second.httpStatus()).isEqualTo(200);
        assertThat(((PushResponse) second.pap()).code()).isEqualTo(StatusCode.DUPLICATE_PUSH_ID);
    }

    @Test
    void status_query_for_an_unknown_push_id_gets_2004() throws Exception {
        StatusQueryResult result = Status.of(pi(), "never-sent@dm.example.org").get(0);

        assertThat(result.code()).isEqualTo(StatusCode.PUSH_ID_NOT_FOUND);
        assertThat(result.messageState()).isEqualTo(MessageState.UNKNOWN);
    }

    @Test
    void unsupported_address_type_gets_2002() throws Exception {
        String control = "<?xml version=\"1.0\"?>" + DOCTYPE_2_1 + "<pap><push-message push-id=\"ipv4@x\">"
                + "<address address-value=\"WAPPUSH=10.1.2.3/TYPE=IPv4@ppg.example.org\"/></push-message></pap>";
        String body = "--b2\r\nContent-Type: application/xml\r\n\r\n" + control
                + "\r\n--b2\r\nContent-Type: text/plain\r\n\r\nhi\r\n--b2--\r\n";

        PapClient.Reply reply = pi().post(
                        "multipart/related; boundary=b2; type=\"application/xml\"",
                        body.getBytes(StandardCharsets.UTF_8));

        assertThat(reply.httpStatus()).isEqualTo(200);
        assertThat(((BadMessageResponse) reply.pap()).code()).isEqualTo(StatusCode.ADDRESS_ERROR);
    }

    private static String statusQuery(String pushId) {
        return "<?xml version=\"1.0\"?>" + DOCTYPE_2_1 + "<pap><statusquery-message push-id=\"" + pushId + "\"/></pap>";
    }

    private static String pushControl(String pushId) {
        return "<?xml version=\"1.0\"?>" + DOCTYPE_2_1 + "<pap><push-message push-id=\"" + pushId + "\">"
                + "<address address-value=\"WAPPUSH=sip%3Aa%40ims.example.org/TYPE=USER\"/></push-message></pap>";
    }

    private PapClient pi() {
        return ArquillianPpg.SHARED.pi(ppg);
    }
}
