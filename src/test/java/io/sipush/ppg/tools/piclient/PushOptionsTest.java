package io.sipush.ppg.tools.piclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sipush.ppg.pap.DeliveryMethod;
import io.sipush.ppg.pap.PapVersion;
import io.sipush.ppg.pap.Priority;
import io.sipush.ppg.pap.PushMessage;
import io.sipush.ppg.pap.ReplaceMethod;
import io.sipush.ppg.tools.cli.CommandLine;
import io.sipush.ppg.tools.cli.UsageException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PushOptionsTest {
    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    private static PushMessage message(String... args) throws Exception {
        return PushOptions.message(CommandLine.parse(List.of(args), PushOptions.SPECS), PapVersion.V2_1, NOW);
    }

    @Test
    void every_option_lands_in_the_control_entity() throws Exception {
        PushMessage message = message(
                "--address", "sip:alice@ims.example.org",
                "--address", "+15551234567",
                "--push-id", "p-1@dm",
                "--deliver-before", "+10m",
                "--deliver-after", "2026-11-26T10:01:00Z",
                "--priority", "high",
                "--delivery-method", "confirmed",
                "--notify-requested-to", "http://pi.example.org/notify",
                "--source-reference", "game-dm",
                "--replace-push-id", "p-0@dm",
                "--replace-method", "pending-only");

        assertThat(message.pushId()).isEqualTo("p-1@dm");
        assertThat(message.addresses()).hasSize(2);
        assertThat(message.deliverBeforeTimestamp()).isEqualTo(Instant.parse("2026-11-26T10:10:00Z"));
        assertThat(message.deliverAfterTimestamp()).isEqualTo(Instant.parse("2026-11-26T10:01:00Z"));
        assertThat(message.qualityOfService().priority()).isEqualTo(Priority.HIGH);
        assertThat(message.qualityOfService().deliveryMethod()).isEqualTo(DeliveryMethod.CONFIRMED);
        assertThat(message.ppgNotifyRequestedTo()).isEqualTo("http://pi.example.org/notify");
        assertThat(message.sourceReference()).isEqualTo("game-dm");
        assertThat(message.replacePushId()).isEqualTo("p-0@dm");
        assertThat(message.replaceMethod()).isEqualTo(ReplaceMethod.PENDING_ONLY);
    }

    @Test
    void a_push_id_is_generated_when_none_is_given_and_differs_each_time() throws Exception {
        String first = message("--address", "+15551234567").pushId();
        String second = message("--address", "+15551234567").pushId();

        assertThat(first).endsWith("@ppg-tools").isNotEqualTo(second);
    }

    @Test
    void a_push_without_address_is_refused() {
        assertThatThrownBy(() -> message("--push-id", "x"))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("--address");
    }

    @Test
    void an_unknown_priority_is_refused_with_the_option_name() {
        assertThatThrownBy(() -> message("--address", "+15551234567", "--priority", "urgent"))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("--priority");
    }

    @Test
    void a_timestamp_that_is_neither_pap_nor_relative_is_refused() {
        assertThatThrownBy(() -> message("--address", "+15551234567", "--deliver-before", "tomorrow"))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("YYYY-MM-DDThh:mm:ssZ");
    }

    @Test
    void deliver_after_not_before_deliver_before_is_refused() {
        assertThatThrownBy(
                        () -> message("--address", "+15551234567", "--deliver-before", "+1m", "--deliver-after", "+2m"))
                .isInstanceOf(UsageException.class);
    }
}
