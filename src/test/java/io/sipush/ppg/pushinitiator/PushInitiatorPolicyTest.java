package io.sipush.ppg.pushinitiator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sipush.ppg.pap.PushApplicationId;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PushInitiatorPolicyTest {

    private static PushInitiatorPolicy apps(String... ids) {
        return new PushInitiatorPolicy(List.of(ids), List.of(), List.of(), 0, 0);
    }

    @Test
    void unrestricted_policy_allows_everything() {
        PushInitiatorPolicy policy = PushInitiatorPolicy.UNRESTRICTED;

        assertThat(policy.allowsApplication(PushApplicationId.parse("anything.at.all")))
                .isTrue();
        assertThat(policy.allowsAddress("sip:anyone@anywhere.example")).isTrue();
        assertThat(policy.allowsClientAddress("203.0.113.50")).isTrue();
        assertThat(policy.contentLimit()).isEmpty();
        assertThat(policy.rateLimitPerSecond()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"syncml.dm", "x-wap-application:syncml.dm", "X-WAP-APPLICATION:SYNCML.DM", "0x07", "7"})
    void application_id_matches_in_any_of_its_forms(String requested) {
        assertThat(apps("syncml.dm").allowsApplication(PushApplicationId.parse(requested)))
                .isTrue();
        assertThat(apps("0x07").allowsApplication(PushApplicationId.parse(requested)))
                .isTrue();
    }

    @Test
    void application_id_not_listed_is_refused() {
        assertThat(apps("syncml.dm").allowsApplication(PushApplicationId.WML_UA))
                .isFalse();
        assertThat(apps("syncml.dm").allowsApplication(PushApplicationId.parse("")))
                .isFalse();
    }

    @Test
    void unregistered_application_id_matches_with_or_without_prefix() {
        PushInitiatorPolicy policy = apps("com.example.dm");

        assertThat(policy.allowsApplication(PushApplicationId.parse("x-wap-application:com.example.dm")))
                .isTrue();
        assertThat(policy.allowsApplication(PushApplicationId.parse("com.example.other")))
                .isFalse();
    }

    @Test
    void address_is_allowed_when_any_pattern_matches() {
        PushInitiatorPolicy policy = new PushInitiatorPolicy(
                List.of(), List.of("plmn:+1555", "domain:partner.example.com"), List.of(), 0, 0);

        assertThat(policy.allowsAddress("sip:+15550001@ims.example.org;user=phone"))
                .isTrue();
        assertThat(policy.allowsAddress("sip:bob@partner.example.com")).isTrue();
        assertThat(policy.allowsAddress("sip:+447700900123@ims.example.org;user=phone"))
                .isFalse();
        assertThat(policy.allowsAddress("sip:bob@ims.example.org")).isFalse();
    }

    @Test
    void client_address_must_be_in_the_allow_list_when_there_is_one() {
        PushInitiatorPolicy policy = new PushInitiatorPolicy(List.of(), List.of(), List.of("10.0.0.0/8"), 0, 0);

        assertThat(policy.allowsClientAddress("10.1.2.3")).isTrue();
        assertThat(policy.allowsClientAddress("127.0.0.1")).isFalse();
        assertThat(policy.allowsClientAddress(null)).isFalse();
    }

    @Test
    void content_limit_zero_means_the_global_limit() {
        assertThat(new PushInitiatorPolicy(List.of(), List.of(), List.of(), 0, 100).contentLimit())
                .contains(100);
        assertThat(new PushInitiatorPolicy(List.of(), List.of(), List.of(), 0, 0).contentLimit())
                .isEmpty();
    }

    @Test
    void negative_limits_are_refused() {
        assertThatThrownBy(() -> new PushInitiatorPolicy(List.of(), List.of(), List.of(), -1, 0))
                .isInstanceOf(InvalidPolicyException.class)
                .hasMessageContaining("rate limit");
        assertThatThrownBy(() -> new PushInitiatorPolicy(List.of(), List.of(), List.of(), 0, -1))
                .isInstanceOf(InvalidPolicyException.class)
                .hasMessageContaining("content");
    }

    @Test
    void bad_entry_is_refused_naming_it() {
        assertThatThrownBy(() -> new PushInitiatorPolicy(List.of(), List.of("regex:(("), List.of(), 0, 0))
                .isInstanceOf(InvalidPolicyException.class)
                .hasMessageContaining("regex:((");
        assertThatThrownBy(() -> new PushInitiatorPolicy(List.of(), List.of(), List.of("10.0.0.0/40"), 0, 0))
                .isInstanceOf(InvalidPolicyException.class)
                .hasMessageContaining("10.0.0.0/40");
        assertThatThrownBy(() -> apps("syncml dm"))
                .isInstanceOf(InvalidPolicyException.class)
                .hasMessageContaining("syncml dm");
    }

    @Test
    void empty_entry_or_entry_with_a_line_break_is_refused() {
        assertThatThrownBy(() -> apps(" ")).isInstanceOf(InvalidPolicyException.class);
        assertThatThrownBy(() -> new PushInitiatorPolicy(List.of(), List.of("regex:a\nb"), List.of(), 0, 0))
                .isInstanceOf(InvalidPolicyException.class);
    }

    @Test
    void list_longer_than_its_column_is_refused() {
        List<String> many = Collections.nCopies(1, "regex:" + "a".repeat(1000));
        List<String> tooMany = new java.util.ArrayList<>();
        for (int i = 0; i < 9; i++) {
            tooMany.add("regex:" + i + "a".repeat(990));
        }

        assertThat(new PushInitiatorPolicy(List.of(), many, List.of(), 0, 0).addressPatterns())
                .hasSize(1);
        assertThatThrownBy(() -> new PushInitiatorPolicy(List.of(), tooMany, List.of(), 0, 0))
                .isInstanceOf(InvalidPolicyException.class)
                .hasMessageContaining("8000");
    }

    @Test
    void entries_are_trimmed_and_duplicates_dropped() {
        PushInitiatorPolicy policy =
                new PushInitiatorPolicy(List.of(" syncml.dm ", "syncml.dm"), List.of(), List.of(), 0, 0);

        assertThat(policy.applicationIds()).containsExactly("syncml.dm");
    }

    @Test
    void null_lists_read_as_empty() {
        assertThat(new PushInitiatorPolicy(null, null, null, 0, 0)).isEqualTo(PushInitiatorPolicy.UNRESTRICTED);
    }
}
