package io.sipush.ppg.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.sipush.ppg.pap.MessageState;
import io.sipush.ppg.pap.PushApplicationId;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sip.message.Request;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Digest challenges to push MESSAGEs (issue 13 item 8): with {@code PPG_SIP_AUTH_USER} set (the
 * shared server's {@code ppg-as}), the PPG answers only a challenge for a configured realm
 * ({@code PPG_SIP_AUTH_REALMS}, here the default: the home domain {@code ims.example.org}) that
 * came from the outbound proxy ({@link SharedPpg#PROXY_PORT}, a test double) or the registered
 * Path. A contact that challenges straight gets no credentials, whatever its realm; its 401 is
 * then the push's final answer (undeliverable).
 */
@ExtendWith(SharedPpg.class)
class SipDigestIT {
    private static final Duration OUTCOME = Duration.ofSeconds(30);
    private static final String HOME_REALM = "ims.example.org";

    @Test
    void a_contact_challenging_with_a_foreign_realm_gets_no_credentials() throws Exception {
        try (SipTerminal terminal = SipTerminal.start(ItPorts.terminal(88), SharedPpg.registrar())) {
            terminal.register("sip:phished@ims.example.org", 600, "syncml.dm");
            terminal.challengeWithDigest("evil.example.net");

            String pushId = push("sip%3Aphished%40ims.example.org");

            assertThat(terminal.nextMessage(20)).as("first MESSAGE, challenged").isNotNull();
            assertThat(Status.awaitState(SharedPpg.pi(), pushId, MessageState.UNDELIVERABLE, OUTCOME)
                            .messageState())
                    .isEqualTo(MessageState.UNDELIVERABLE);
            assertThat(terminal.nextMessage(2)).as("a MESSAGE with credentials").isNull();
        }
    }

    @Test
    void a_contact_challenging_with_the_home_realm_gets_no_credentials_either() throws Exception {
        try (SipTerminal terminal = SipTerminal.start(ItPorts.terminal(89), SharedPpg.registrar())) {
            terminal.register("sip:hijacked@ims.example.org", 600, "syncml.dm");
            terminal.challengeWithDigest(HOME_REALM);

            String pushId = push("sip%3Ahijacked%40ims.example.org");

            assertThat(terminal.nextMessage(20)).as("first MESSAGE, challenged").isNotNull();
            assertThat(Status.awaitState(SharedPpg.pi(), pushId, MessageState.UNDELIVERABLE, OUTCOME)
                            .messageState())
                    .isEqualTo(MessageState.UNDELIVERABLE);
            assertThat(terminal.nextMessage(2)).as("a MESSAGE with credentials").isNull();
        }
    }

    @Test
    void the_outbound_proxy_s_challenge_for_the_home_realm_is_answered_with_the_configured_credentials()
            throws Exception {
        try (SipTerminal proxy = SipTerminal.listening(SharedPpg.PROXY_PORT)) {
            proxy.challengeWithDigest(HOME_REALM);

            String pushId = push("sip%3Aguarded%40ims.example.org");

            assertThat(proxy.nextMessage(20)).as("first MESSAGE, challenged").isNotNull();
            Request answered = proxy.nextMessage(20);
            assertThat(answered).as("MESSAGE with credentials").isNotNull();
            assertThat(Status.awaitState(SharedPpg.pi(), pushId, MessageState.DELIVERED, OUTCOME)
                            .messageState())
                    .isEqualTo(MessageState.DELIVERED);
            String authorization = answered.getHeader("Authorization").toString();
            assertThat(digestIsValid(authorization, "MESSAGE"))
                    .as(authorization)
                    .isTrue();
            assertThat(param(authorization, "realm")).isEqualTo(HOME_REALM);
        }
    }

    @Test
    void the_outbound_proxy_s_challenge_for_a_foreign_realm_is_not_answered() throws Exception {
        try (SipTerminal proxy = SipTerminal.listening(SharedPpg.PROXY_PORT)) {
            proxy.challengeWithDigest("elsewhere.example.com");

            String pushId = push("sip%3Aforeign%40ims.example.org");

            assertThat(proxy.nextMessage(20)).as("first MESSAGE, challenged").isNotNull();
            assertThat(Status.awaitState(SharedPpg.pi(), pushId, MessageState.UNDELIVERABLE, OUTCOME)
                            .messageState())
                    .isEqualTo(MessageState.UNDELIVERABLE);
            assertThat(proxy.nextMessage(2)).as("a MESSAGE with credentials").isNull();
        }
    }

    private static String push(String escapedAor) throws Exception {
        String pushId = FirstPushIT.uniquePushId();
        PapClient.Reply reply = SharedPpg.pi()
                .push(
                        FirstPushIT.push(pushId, "WAPPUSH=" + escapedAor + "/TYPE=USER"),
                        "application/vnd.syncml.notification",
                        new byte[] {0x44},
                        PushApplicationId.parse("syncml.dm"),
                        false);
        assertThat(reply.httpStatus()).as(reply.text()).isEqualTo(202);
        return pushId;
    }

    /**
     * RFC 2617 §3.2.2: response = MD5(HA1:nonce:HA2), or MD5(HA1:nonce:nc:cnonce:qop:HA2) when
     * the answer names a qop.
     */
    private static boolean digestIsValid(String authorization, String method) throws Exception {
        String user = param(authorization, "username");
        String ha1 = md5(user + ":" + param(authorization, "realm") + ":" + SharedPpg.SIP_AUTH_PASSWORD);
        String ha2 = md5(method + ":" + param(authorization, "uri"));
        String nonce = param(authorization, "nonce");
        String qop = param(authorization, "qop");
        String expected = qop.isEmpty()
                ? md5(ha1 + ":" + nonce + ":" + ha2)
                : md5(ha1 + ":" + nonce + ":" + param(authorization, "nc") + ":" + param(authorization, "cnonce") + ":"
                        + qop + ":" + ha2);
        return SharedPpg.SIP_AUTH_USER.equals(user) && expected.equals(param(authorization, "response"));
    }

    private static String param(String header, String name) {
        Matcher m = Pattern.compile("[\\s,:]" + name + "=\"?([^\",]*)\"?").matcher(header);
        return m.find() ? m.group(1) : "";
    }

    private static String md5(String text) throws Exception {
        byte[] digest = MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
        return String.format("%032x", new BigInteger(1, digest));
    }
}
