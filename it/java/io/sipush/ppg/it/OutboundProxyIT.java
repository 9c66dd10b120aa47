package io.sipush.ppg.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.sipush.ppg.pap.MessageState;
import io.sipush.ppg.pap.PushApplicationId;
import java.net.URL;
import java.time.Duration;
import javax.sip.header.RouteHeader;
import javax.sip.header.ToHeader;
import javax.sip.message.Request;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A terminal that is not registered at the PPG is reached through the SIP/IP core: the MESSAGE
 * goes to the address of record with a loose route to {@code PPG_SIP_OUTBOUND_PROXY}.
 */
@ExtendWith(ArquillianExtension.class)
class OutboundProxyIT {
    @Deployment(testable = false)
    static WebArchive ppg() {
        return PpgWar.build();
    }

    @ArquillianResource
    private URL ppg;

    @Test
    void unregistered_terminal_is_reached_through_the_outbound_proxy() throws Exception {
        try (SipTerminal proxy = SipTerminal.listening(ArquillianPpg.PROXY_PORT)) {
            String pushId = FirstPushIT.uniquePushId();

            PapClient.Reply reply = pi().push(
                            FirstPushIT.push(pushId, "WAPPUSH=sip%3Abob%40ims.example.org/TYPE=USER"),
                            "application/vnd.syncml.notification",
                            new byte[] {0x42},
                            PushApplicationId.parse("syncml.dm"),
                            false);

            assertThat(reply.httpStatus()).isEqualTo(202);
            Request message = proxy.nextMessage(20);
            assertThat(message).as("MESSAGE at the proxy").isNotNull();
            assertThat(message.getRequestURI().toString()).isEqualTo("sip:bob@ims.example.org");
            assertThat(((ToHeader) message.getHeader(ToHeader.NAME))
                            .getAddress()
                            .getURI()
                            .toString())
                    .isEqualTo("sip:bob@ims.example.org");
            RouteHeader route = (RouteHeader) message.getHeader(RouteHeader.NAME);
            assertThat(route).as("Route header").isNotNull();
            assertThat(route.getAddress().getURI().toString())
                    .contains("127.0.0.1:" + ArquillianPpg.PROXY_PORT)
                    .contains("lr");
            assertThat(Status.awaitState(pi(), pushId, MessageState.DELIVERED, Duration.ofSeconds(20))
                            .messageState())
                    .isEqualTo(MessageState.DELIVERED);
        }
    }

    private PapClient pi() {
        return ArquillianPpg.SHARED.pi(ppg);
    }
}
