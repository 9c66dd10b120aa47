package io.sipush.ppg.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.sipush.ppg.pap.MessageState;
import io.sipush.ppg.pap.PapVersion;
import io.sipush.ppg.pap.PushAddress;
import io.sipush.ppg.pap.PushApplicationId;
import io.sipush.ppg.pap.PushMessage;
import io.sipush.ppg.pap.PushResponse;
import io.sipush.ppg.pap.StatusCode;
import io.sipush.ppg.pap.StatusQueryResult;
import java.net.URL;
import java.time.Duration;
import java.util.UUID;
import javax.sip.address.SipURI;
import javax.sip.header.ContentTypeHeader;
import javax.sip.header.FromHeader;
import javax.sip.header.ToHeader;
import javax.sip.message.Request;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Use case 5.3 of the seed, happy path and its first failure: a PI pushes a DM notification over
 * PAP, the registered terminal gets one SIP MESSAGE, and the status query reports the outcome.
 */
@ExtendWith(ArquillianExtension.class)
class FirstPushIT {
    @Deployment(testable = false)
    static WebArchive ppg() {
        return PpgWar.build();
    }

    @ArquillianResource
    private URL ppg;

    private static final String DM_NOTIFICATION = "application/vnd.syncml.notification";
    private static final Duration OUTCOME = Duration.ofSeconds(20);

    @Test
    void registered_terminal_receives_the_push_as_a_sip_message_and_the_push_is_delivered() throws Exception {
        try (SipTerminal terminal = SipTerminal.start(ItPorts.terminal(1), ArquillianPpg.SHARED.registrar())) {
            assertThat(terminal.register("sip:alice@ims.example.org", 600, "syncml.dm")
                            .getStatusCode())
                    .isEqualTo(200);
            byte[] content = allByteValues();
            String pushId = uniquePushId();

            PapClient.Reply reply = pi().push(
                            push(pushId, "WAPPUSH=sip%3Aalice%40ims.example.org/TYPE=USER@ppg.example.org"),
                            DM_NOTIFICATION,
                            content,
                            PushApplicationId.parse("x-wap-application:syncml.dm"),
                            false);

            assertThat(reply.httpStatus()).isEqualTo(202);
            assertThat(((PushResponse) reply.pap()).code()).isEqualTo(StatusCode.ACCEPTED_FOR_PROCESSING);
            Request message = terminal.nextMessage(20);
            assertThat(message).as("MESSAGE at the terminal").isNotNull();
            assertThat(message.getRequestURI().toString()).isEqualTo(terminal.contactUri());
            assertThat(((ToHeader) message.getHeader(ToHeader.NAME))
                            .getAddress()
                            .getURI()
                            .toString())
                    .isEqualTo("sip:alice@ims.example.org");
            assertThat(((FromHeader) message.getHeader(FromHeader.NAME))
                            .getAddress()
                            .getURI()
                            .toString())
                    .isEqualTo("sip:ppg@ims.example.org");
            assertThat(message.getHeader("Accept-Contact").toString().trim())
                    .isEqualToIgnoringCase("Accept-Contact: *;+g.oma.pusheventapp=\"syncml.dm\"");
            ContentTypeHeader type = (ContentTypeHeader) message.getHeader(ContentTypeHeader.NAME);
            assertThat(type.getContentType() + "/" + type.getContentSubType()).isEqualTo(DM_NOTIFICATION);
            assertThat(message.getRawContent()).isEqualTo(content);
            StatusQueryResult status = Status.awaitState(pi(), pushId, MessageState.DELIVERED, OUTCOME);
            assertThat(status.messageState()).isEqualTo(MessageState.DELIVERED);
            assertThat(status.code()).isEqualTo(StatusCode.OK);
        }
    }

    @Test
    void plmn_address_with_base64_content_reaches_the_number_in_the_home_domain() throws Exception {
        try (SipTerminal terminal = SipTerminal.start(ItPorts.terminal(2), ArquillianPpg.SHARED.registrar())) {
            terminal.register("sip:+15551230001@ims.example.org;user=phone", 600, "syncml.dm");
            byte[] content = "trigger-bytes\u0000\u0001\u00ff".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            String pushId = uniquePushId();

            PapClient.Reply reply = pi().push(
                            push(pushId, "WAPPUSH=+1-555-123.0001/TYPE=PLMN"),
                            DM_NOTIFICATION,
                            content,
                            PushApplicationId.parse("x-wap-application:syncml.dm"),
                            true);

            assertThat(reply.httpStatus()).isEqualTo(202);
            Request message = terminal.nextMessage(20);
            assertThat(message).isNotNull();
            SipURI to = (SipURI)
                    ((ToHeader) message.getHeader(ToHeader.NAME)).getAddress().getURI();
            assertThat(to.getUser()).isEqualTo("+15551230001");
            assertThat(to.getHost()).isEqualTo("ims.example.org");
            assertThat(to.getUserParam()).isEqualTo("phone");
            assertThat(message.getRawContent()).isEqualTo(content);
            assertThat(Status.awaitState(pi(), pushId, MessageState.DELIVERED, OUTCOME)
                            .messageState())
                    .isEqualTo(MessageState.DELIVERED);
        }
    }

    @Test
    void numeric_application_id_in_the_content_part_becomes_the_feature_tag_name() throws Exception {
        try (SipTerminal terminal = SipTerminal.start(ItPorts.terminal(3), ArquillianPpg.SHARED.registrar())) {
            terminal.register("sip:carol@ims.example.org", 600, "syncml.dm");
            String pushId = uniquePushId();

            PapClient.Reply reply = pi().pushWithRawApplicationId(
                            push(pushId, "wappush=sip%3Acarol%40ims.example.org/type=user"),
                            DM_NOTIFICATION,
                            new byte[] {1, 2, 3},
                            "0x07");

            assertThat(reply.httpStatus()).isEqualTo(202);
            Request message = terminal.nextMessage(20);
            assertThat(message).isNotNull();
            assertThat(message.getHeader("Accept-Contact").toString()).contains("+g.oma.pusheventapp=\"syncml.dm\"");
        }
    }

    @Test
    void final_rejection_by_the_terminal_makes_the_push_undeliverable() throws Exception {
        try (SipTerminal terminal = SipTerminal.start(ItPorts.terminal(4), ArquillianPpg.SHARED.registrar())) {
            terminal.register("sip:dave@ims.example.org", 600, "syncml.dm");
            terminal.answerWith(486);
            String pushId = uniquePushId();

            pi().push(
                            push(pushId, "WAPPUSH=sip%3Adave%40ims.example.org/TYPE=USER"),
                            DM_NOTIFICATION,
                            new byte[] {9},
                            PushApplicationId.parse("syncml.dm"),
                            false);

            assertThat(terminal.nextMessage(20)).isNotNull();
            StatusQueryResult status = Status.awaitState(pi(), pushId, MessageState.UNDELIVERABLE, OUTCOME);
            assertThat(status.messageState()).isEqualTo(MessageState.UNDELIVERABLE);
            assertThat(status.desc()).contains("486");
        }
    }

    static PushMessage push(String pushId, String address) throws Exception {
        return PushMessage.builder(PapVersion.V2_1, pushId)
                .address(PushAddress.parse(address))
                .build();
    }

    static String uniquePushId() {
        return UUID.randomUUID() + "@dm.example.org";
    }

    private static byte[] allByteValues() {
        byte[] bytes = new byte[256];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) i;
        }
        return bytes;
    }

    private PapClient pi() {
        return ArquillianPpg.SHARED.pi(ppg);
    }
}
