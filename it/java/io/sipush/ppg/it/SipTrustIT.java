package io.sipush.ppg.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.sipush.ppg.pap.MessageState;
import io.sipush.ppg.pap.PushApplicationId;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 13 item 3, DESIGN.md §4 "Trust and hostile input on the SIP side": a REGISTER from a
 * source outside {@code PPG_SIP_TRUSTED} gets 403 and changes nothing; the default trusts
 * loopback.
 */
@ExtendWith({SipTrustPpg.class, SharedPpg.class})
class SipTrustIT {
    private static final String DM_NOTIFICATION = "application/vnd.syncml.notification";

    private static String terminalPath(String aor) {
        return "terminals/" + URLEncoder.encode(aor, StandardCharsets.UTF_8);
    }

    private static void push(PapClient pi, String pushId, String user) throws Exception {
        PapClient.Reply reply = pi.push(
                FirstPushIT.push(pushId, "WAPPUSH=sip%3A" + user + "%40ims.example.org/TYPE=USER"),
                DM_NOTIFICATION,
                new byte[] {1},
                PushApplicationId.parse("syncml.dm"),
                false);
        assertThat(reply.httpStatus()).as(reply.text()).isEqualTo(202);
    }

    @Test
    void register_from_a_source_outside_sip_trusted_is_forbidden_and_changes_nothing() throws Exception {
        int sip = SipTrustPpg.server().sipPort();
        try (SipTerminal owner = SipTerminal.start(ItPorts.terminal(84), SipTrustPpg.registrar());
                RawSip stranger = new RawSip(SipTrustPpg.STRANGER, ItPorts.terminal(85))) {
            assertThat(owner.register("sip:owner@ims.example.org", 600, "syncml.dm")
                            .getStatusCode())
                    .isEqualTo(200);

            stranger.send(
                    stranger.register("sip:intruder@ims.example.org", stranger.contactLine("intruder", 600)), sip);
            int bind = stranger.finalStatus(10_000);
            stranger.send(stranger.register("sip:owner@ims.example.org", stranger.contactLine("thief", 600)), sip);
            int takeOver = stranger.finalStatus(10_000);
            stranger.send(stranger.register("sip:owner@ims.example.org", "Contact: *", "Expires: 0"), sip);
            int removeAll = stranger.finalStatus(10_000);
            stranger.send(stranger.register("sip:owner@ims.example.org"), sip);
            String query = stranger.receive(10_000);

            assertThat(bind).isEqualTo(403);
            assertThat(takeOver).isEqualTo(403);
            assertThat(removeAll).isEqualTo(403);
            assertThat(RawSip.status(query)).as(query).isEqualTo(403);
            assertThat(RawSip.headers(query, "Contact"))
                    .as("contacts read by a stranger")
                    .isEmpty();
            assertThat(SipTrustPpg.admin()
                            .get(terminalPath("sip:intruder@ims.example.org"))
                            .status())
                    .isEqualTo(404);
            String ownerJson = SipTrustPpg.admin()
                    .get(terminalPath("sip:owner@ims.example.org"))
                    .body();
            assertThat(ownerJson).contains(owner.contactUri()).doesNotContain(SipTrustPpg.STRANGER);

            String toIntruder = FirstPushIT.uniquePushId();
            String toOwner = FirstPushIT.uniquePushId();
            push(SipTrustPpg.pi(), toIntruder, "intruder");
            push(SipTrustPpg.pi(), toOwner, "owner");

            assertThat(owner.nextMessage(20))
                    .as("MESSAGE at the owner's own contact")
                    .isNotNull();
            assertThat(Status.awaitState(SipTrustPpg.pi(), toOwner, MessageState.DELIVERED, Duration.ofSeconds(20))
                            .messageState())
                    .isEqualTo(MessageState.DELIVERED);
            assertThat(stranger.receiveRequest("MESSAGE", 3_000))
                    .as("MESSAGE at the stranger")
                    .isNull();
            assertThat(Status.of(SipTrustPpg.pi(), toIntruder).get(0).messageState())
                    .isEqualTo(MessageState.PENDING);
            assertThat(SipTrustPpg.pushDetail(toIntruder)).contains("awaiting registration");
        }
    }

    @Test
    void the_default_trusts_all_of_loopback() throws Exception {
        try (RawSip local = new RawSip(SipTrustPpg.STRANGER, ItPorts.terminal(83))) {
            local.send(
                    local.register("sip:loopback-default@ims.example.org", local.contactLine("lo", 60)),
                    SharedPpg.server().sipPort());

            assertThat(local.finalStatus(10_000)).isEqualTo(200);
        }
    }
}
