package io.sipush.ppg.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NotificationSettingsTest {

    @Test
    void notifications_are_retried_for_three_days_by_default() {
        assertThat(NotificationSettings.from(Map.of()).retryLimit()).isEqualTo(Duration.ofDays(3));
        assertThat(NotificationSettings.from(Map.of("PPG_NOTIFY_RETRY_LIMIT_S", " "))
                        .retryLimit())
                .isEqualTo(Duration.ofDays(3));
    }

    @Test
    void retry_limit_is_read_in_seconds() {
        NotificationSettings settings = NotificationSettings.from(Map.of("PPG_NOTIFY_RETRY_LIMIT_S", "3600"));

        assertThat(settings.retryLimit()).isEqualTo(Duration.ofHours(1));
        assertThat(settings.backoff().retryLimit()).isEqualTo(Duration.ofHours(1));
        assertThat(settings.backoff().firstDelay()).isEqualTo(Duration.ofSeconds(1));
        assertThat(settings.backoff().maxDelay()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void retry_limit_that_is_not_a_number_names_the_variable() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> NotificationSettings.from(Map.of("PPG_NOTIFY_RETRY_LIMIT_S", "3 days")))
                .withMessageContaining("PPG_NOTIFY_RETRY_LIMIT_S");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> NotificationSettings.from(Map.of("PPG_NOTIFY_RETRY_LIMIT_S", "-5")))
                .withMessageContaining("PPG_NOTIFY_RETRY_LIMIT_S");
    }
}
