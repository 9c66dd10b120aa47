package io.sipush.ppg.push.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 13, item 7: the URLs a result notification must never go to. */
class NotificationTargetRuleTest {
    private final NotificationTargetRule rule = new NotificationTargetRule(List.of(9080, 9443));

    @Test
    void link_local_addresses_are_refused_and_named() {
        assertThat(rule.refusal("http://169.254.169.254/latest/meta-data/"))
                .hasValueSatisfying(why -> assertThat(why)
                        .contains("http://169.254.169.254/latest/meta-data/")
                        .contains("link-local"));
        assertThat(rule.refusal("http://[fe80::1]:8080/notify")).isPresent();
        assertThat(rule.refusal("http://[::ffff:169.254.1.1]/")).isPresent();
    }

    @Test
    void multicast_and_wildcard_addresses_are_refused() {
        assertThat(rule.refusal("http://224.0.0.1/"))
                .hasValueSatisfying(why -> assertThat(why).contains("multicast"));
        assertThat(rule.refusal("http://[ff02::1]/")).isPresent();
        assertThat(rule.refusal("http://0.0.0.0:8080/")).isPresent();
    }

    @Test
    void the_ppgs_own_listeners_are_refused_other_loopback_ports_are_not() {
        assertThat(rule.refusal("http://127.0.0.1:9080/ppg/pap"))
                .hasValueSatisfying(why -> assertThat(why).contains("own listener"));
        assertThat(rule.refusal("https://localhost:9443/ppg/api/pushes")).isPresent();
        assertThat(rule.refusal("http://127.0.0.1:8081/notify")).isEmpty();
    }

    @Test
    void ordinary_and_private_hosts_are_allowed() {
        assertThat(rule.refusal("http://192.0.2.10:8080/pap/notify")).isEmpty();
        assertThat(rule.refusal("https://10.1.2.3/notify")).isEmpty();
    }

    @Test
    void non_http_urls_are_refused() {
        assertThat(rule.refusal("file:///etc/passwd")).isPresent();
        assertThat(rule.refusal("gopher://192.0.2.1/")).isPresent();
    }
}
