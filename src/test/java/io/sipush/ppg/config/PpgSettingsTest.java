package io.sipush.ppg.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.sipush.ppg.pap.PapLimits;
import io.sipush.ppg.push.RetryPolicy;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PpgSettingsTest {

    @Test
    void home_domain_defaults_to_ims_example_org() {
        assertThat(PpgSettings.from(Map.of()).homeDomain()).isEqualTo("ims.example.org");
    }

    @Test
    void no_outbound_proxy_and_no_bootstrap_pi_by_default() {
        PpgSettings settings = PpgSettings.from(Map.of());

        assertThat(settings.outboundProxy()).isEmpty();
        assertThat(settings.bootstrapPi()).isEmpty();
    }

    @Test
    void sip_trusted_is_unset_by_default_and_read_as_a_list_of_blocks() {
        PpgSettings trusted = PpgSettings.from(Map.of("PPG_SIP_TRUSTED", "10.0.0.0/8, ::1"));

        assertThat(PpgSettings.from(Map.of()).sipTrusted()).isEmpty();
        assertThat(trusted.sipTrusted()).isPresent();
        assertThat(trusted.sipTrusted().get().trusts("10.9.8.7")).isTrue();
        assertThat(trusted.sipTrusted().get().trusts("127.0.0.1")).isFalse();
    }

    @Test
    void sip_trusted_with_a_host_name_is_refused_at_start() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PpgSettings.from(Map.of("PPG_SIP_TRUSTED", "proxy.example.org")))
                .withMessageContaining("PPG_SIP_TRUSTED");
    }

    @Test
    void identity_defaults_to_ppg_at_the_home_domain() {
        assertThat(PpgSettings.from(Map.of()).sipIdentity()).isEqualTo("sip:ppg@ims.example.org");
        assertThat(PpgSettings.from(Map.of("PPG_HOME_DOMAIN", "ims.operator.net"))
                        .sipIdentity())
                .isEqualTo("sip:ppg@ims.operator.net");
    }

    @Test
    void bodies_over_1300_bytes_go_over_tcp_by_default() {
        assertThat(PpgSettings.from(Map.of()).tcpThresholdBytes()).isEqualTo(1300);
    }

    @Test
    void pap_limits_default_to_the_contract_values() {
        PapLimits limits = PpgSettings.from(Map.of()).papLimits();

        assertThat(limits.maxContentBytes()).isEqualTo(64 * 1024);
        assertThat(limits.maxRequestBytes()).isEqualTo(1024 * 1024);
        assertThat(limits.maxAddresses()).isEqualTo(1000);
        assertThat(limits.maxPushIdLength()).isEqualTo(255);
    }

    @Test
    void retry_policy_defaults_to_the_contract_values() {
        RetryPolicy policy = PpgSettings.from(Map.of()).retryPolicy();

        assertThat(policy.firstDelay()).isLessThanOrEqualTo(Duration.ofSeconds(5));
        assertThat(policy.firstDelay()).isEqualTo(Duration.ofSeconds(2));
        assertThat(policy.maxDelay()).isEqualTo(Duration.ofMinutes(5));
        assertThat(policy.retryLimit()).isEqualTo(Duration.ofDays(1));
    }

    @Test
    void variables_override_the_defaults() {
        PpgSettings settings = PpgSettings.from(Map.of(
                "PPG_HOME_DOMAIN", "ims.operator.net",
                "PPG_SIP_OUTBOUND_PROXY", "sip:pcscf.ims.operator.net;lr",
                "PPG_BOOTSTRAP_PI", "dm-server:s3cret",
                "PPG_SIP_IDENTITY", "sip:push@ims.operator.net"));

        assertThat(settings.homeDomain()).isEqualTo("ims.operator.net");
        assertThat(settings.outboundProxy()).contains("sip:pcscf.ims.operator.net;lr");
        assertThat(settings.bootstrapPi()).contains("dm-server:s3cret");
        assertThat(settings.sipIdentity()).isEqualTo("sip:push@ims.operator.net");
    }

    @Test
    void numeric_limits_can_be_overridden() {
        PpgSettings settings = PpgSettings.from(Map.of(
                "PPG_MAX_CONTENT_BYTES", "8192",
                "PPG_MAX_REQUEST_BYTES", "65536",
                "PPG_MAX_ADDRESSES", "10",
                "PPG_MAX_PUSH_ID_LENGTH", "64",
                "PPG_SIP_TCP_THRESHOLD", "1000",
                "PPG_RETRY_FIRST_MS", "1000",
                "PPG_RETRY_MAX_DELAY_S", "60",
                "PPG_RETRY_LIMIT_S", "3600"));

        assertThat(settings.papLimits()).isEqualTo(new PapLimits(8192, 65536, 10, 64));
        assertThat(settings.tcpThresholdBytes()).isEqualTo(1000);
        assertThat(settings.retryPolicy())
                .isEqualTo(new RetryPolicy(Duration.ofSeconds(1), Duration.ofMinutes(1), Duration.ofHours(1)));
    }

    @Test
    void no_warm_up_pushes_by_default_to_the_ppg_s_own_default_listeners() {
        assertThat(PpgSettings.from(Map.of()).warmUpTraffic())
                .isEqualTo(new PpgSettings.WarmUpTraffic(0, "127.0.0.1", 9080, "127.0.0.1", 5060));
    }

    @Test
    void warm_up_pushes_go_to_the_listeners_the_ppg_is_given() {
        PpgSettings settings = PpgSettings.from(Map.of(
                "PPG_WARMUP_PUSHES", "5000",
                "PPG_HTTP_HOST", "*",
                "PPG_HTTP_PORT", "9180",
                "PPG_SIP_HOST", "10.0.0.5",
                "PPG_SIP_PORT", "5070"));

        assertThat(settings.warmUpTraffic())
                .isEqualTo(new PpgSettings.WarmUpTraffic(5000, "*", 9180, "10.0.0.5", 5070));
    }

    @Test
    void a_negative_number_of_warm_up_pushes_means_none() {
        assertThat(PpgSettings.from(Map.of("PPG_WARMUP_PUSHES", "-1"))
                        .warmUpTraffic()
                        .pushes())
                .isZero();
    }

    @Test
    void blank_values_count_as_unset() {
        PpgSettings settings = PpgSettings.from(Map.of(
                "PPG_HOME_DOMAIN", "  ",
                "PPG_SIP_OUTBOUND_PROXY", "",
                "PPG_BOOTSTRAP_PI", " ",
                "PPG_MAX_ADDRESSES", ""));

        assertThat(settings.homeDomain()).isEqualTo("ims.example.org");
        assertThat(settings.outboundProxy()).isEmpty();
        assertThat(settings.bootstrapPi()).isEmpty();
        assertThat(settings.papLimits().maxAddresses()).isEqualTo(1000);
    }

    @Test
    void values_are_trimmed() {
        PpgSettings settings = PpgSettings.from(Map.of(
                "PPG_HOME_DOMAIN", " ims.operator.net ",
                "PPG_MAX_ADDRESSES", " 5 "));

        assertThat(settings.homeDomain()).isEqualTo("ims.operator.net");
        assertThat(settings.papLimits().maxAddresses()).isEqualTo(5);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "PPG_MAX_CONTENT_BYTES",
                "PPG_MAX_REQUEST_BYTES",
                "PPG_MAX_ADDRESSES",
                "PPG_MAX_PUSH_ID_LENGTH",
                "PPG_SIP_TCP_THRESHOLD",
                "PPG_RETRY_FIRST_MS",
                "PPG_RETRY_MAX_DELAY_S",
                "PPG_RETRY_LIMIT_S"
            })
    void non_numeric_limit_is_rejected_naming_the_variable(String variable) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PpgSettings.from(Map.of(variable, "64k")))
                .withMessageContaining(variable)
                .withMessageContaining("64k");
    }

    @Test
    void digest_credentials_answer_the_home_domain_s_realm_by_default() {
        PpgSettings settings =
                PpgSettings.from(Map.of("PPG_SIP_AUTH_USER", "ppg-as", "PPG_HOME_DOMAIN", "ims.op.example"));

        assertThat(settings.sipCredentials()).isPresent();
        assertThat(settings.sipCredentials().get().realms()).containsExactly("ims.op.example");
    }

    @Test
    void digest_realms_are_a_comma_separated_list() {
        PpgSettings settings = PpgSettings.from(
                Map.of("PPG_SIP_AUTH_USER", "ppg-as", "PPG_SIP_AUTH_REALMS", " core.example.net, ,ims.example.org "));

        assertThat(settings.sipCredentials().get().realms()).containsExactly("core.example.net", "ims.example.org");
    }

    @Test
    void no_digest_credentials_without_a_user() {
        assertThat(PpgSettings.from(Map.of("PPG_SIP_AUTH_REALMS", "x")).sipCredentials())
                .isEmpty();
    }
}
