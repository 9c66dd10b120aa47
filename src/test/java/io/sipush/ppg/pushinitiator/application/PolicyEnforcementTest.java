package io.sipush.ppg.pushinitiator.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.sipush.ppg.config.PpgSettings;
import io.sipush.ppg.pap.CancelMessage;
import io.sipush.ppg.pap.CancelResponse;
import io.sipush.ppg.pap.CcqMessage;
import io.sipush.ppg.pap.CcqResponse;
import io.sipush.ppg.pap.PapResponse;
import io.sipush.ppg.pap.PapVersion;
import io.sipush.ppg.pap.PushAddress;
import io.sipush.ppg.pap.PushApplicationId;
import io.sipush.ppg.pap.PushMessage;
import io.sipush.ppg.pap.PushResponse;
import io.sipush.ppg.pap.StatusCode;
import io.sipush.ppg.pap.StatusQueryMessage;
import io.sipush.ppg.pap.StatusQueryResponse;
import io.sipush.ppg.pap.mime.ContentEntity;
import io.sipush.ppg.pushinitiator.InMemoryPushInitiators;
import io.sipush.ppg.pushinitiator.PushInitiator;
import io.sipush.ppg.pushinitiator.PushInitiatorChanged;
import io.sipush.ppg.pushinitiator.PushInitiatorPolicy;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PolicyEnforcementTest {
    private static final String US_NUMBER = "WAPPUSH=+15551234567/TYPE=PLMN";
    private static final String UK_NUMBER = "WAPPUSH=+447700900123/TYPE=PLMN";

    private final InMemoryPushInitiators accounts = new InMemoryPushInitiators();
    private final PolicyEnforcement enforcement = new PolicyEnforcement();

    @BeforeEach
    void wire() {
        enforcement.accounts = accounts;
        enforcement.settings = PpgSettings.from(Map.of());
    }

    private void account(PushInitiatorPolicy policy) {
        accounts.remove("pi");
        accounts.add(new PushInitiator("pi", "hash", Instant.now(), policy));
        enforcement.forgetPolicy(new PushInitiatorChanged("pi"));
    }

    private static PushInitiatorPolicy policy(
            List<String> apps, List<String> addresses, List<String> ips, int rate, int maxContent) {
        return new PushInitiatorPolicy(apps, addresses, ips, rate, maxContent);
    }

    private static PushMessage push(String address) throws Exception {
        return PushMessage.builder(PapVersion.V2_1, "p1@pi")
                .address(PushAddress.parse(address))
                .build();
    }

    private static ContentEntity content(String appId, int size) {
        return new ContentEntity("text/plain", new byte[size], PushApplicationId.parse(appId), Map.of());
    }

    private static PushResponse pushRefusal(Optional<PapResponse> reply) {
        assertThat(reply).isPresent();
        PushResponse response = (PushResponse) reply.get();
        assertThat(response.code()).isEqualTo(StatusCode.FORBIDDEN);
        return response;
    }

    @Test
    void push_within_the_policy_goes_ahead() throws Exception {
        account(policy(List.of("syncml.dm"), List.of("plmn:+1555"), List.of("127.0.0.1"), 5, 100));

        assertThat(enforcement.refusal("pi", "127.0.0.1", push(US_NUMBER), content("syncml.dm", 100)))
                .isEmpty();
    }

    @Test
    void push_to_an_application_not_allowed_gets_2001_naming_it() throws Exception {
        account(policy(List.of("syncml.dm"), List.of(), List.of(), 0, 0));

        PushResponse response =
                pushRefusal(enforcement.refusal("pi", "127.0.0.1", push(US_NUMBER), content("wml.ua", 1)));

        assertThat(response.desc()).contains("wml.ua").contains("syncml.dm");
        assertThat(response.pushId()).isEqualTo("p1@pi");
    }

    @Test
    void push_to_an_address_outside_the_patterns_gets_2001_naming_it() throws Exception {
        account(policy(List.of(), List.of("plmn:+1555"), List.of(), 0, 0));

        PushResponse response =
                pushRefusal(enforcement.refusal("pi", "127.0.0.1", push(UK_NUMBER), content("syncml.dm", 1)));

        assertThat(response.desc()).contains("+447700900123").contains("plmn:+1555");
    }

    @Test
    void content_over_the_pi_limit_gets_2001() throws Exception {
        account(policy(List.of(), List.of(), List.of(), 0, 100));

        PushResponse response =
                pushRefusal(enforcement.refusal("pi", "127.0.0.1", push(US_NUMBER), content("syncml.dm", 101)));

        assertThat(response.desc()).contains("101 bytes").contains("100 bytes");
    }

    @Test
    void client_outside_the_ip_allow_list_gets_2001() throws Exception {
        account(policy(List.of(), List.of(), List.of("10.0.0.0/8"), 0, 0));

        PushResponse response =
                pushRefusal(enforcement.refusal("pi", "127.0.0.1", push(US_NUMBER), content("syncml.dm", 1)));

        assertThat(response.desc()).contains("127.0.0.1").contains("IP allow-list");
    }

    @Test
    void requests_over_the_rate_limit_get_2001() throws Exception {
        account(policy(List.of(), List.of(), List.of(), 2, 0));
        StatusQueryMessage query = StatusQueryMessage.of(PapVersion.V2_1, "p1@pi", List.of());

        assertThat(enforcement.refusal("pi", "127.0.0.1", query, null)).isEmpty();
        assertThat(enforcement.refusal("pi", "127.0.0.1", query, null)).isEmpty();
        Optional<PapResponse> third = enforcement.refusal("pi", "127.0.0.1", query, null);

        StatusQueryResponse response = (StatusQueryResponse) third.orElseThrow();
        assertThat(response.results().get(0).code()).isEqualTo(StatusCode.FORBIDDEN);
        assertThat(response.results().get(0).desc()).isEqualTo("rate limit of 2 requests/s exceeded");
    }

    @Test
    void refused_cancel_gets_a_cancel_response_with_2001() throws Exception {
        account(policy(List.of(), List.of(), List.of("10.0.0.1"), 0, 0));

        Optional<PapResponse> reply =
                enforcement.refusal("pi", "127.0.0.1", CancelMessage.of(PapVersion.V2_0, "p1@pi", List.of()), null);

        CancelResponse response = (CancelResponse) reply.orElseThrow();
        assertThat(response.version()).isEqualTo(PapVersion.V2_0);
        assertThat(response.results().get(0).code()).isEqualTo(StatusCode.FORBIDDEN);
    }

    @Test
    void ccq_for_an_address_outside_the_patterns_gets_2001() throws Exception {
        account(policy(List.of(), List.of("plmn:+1555"), List.of(), 0, 0));

        Optional<PapResponse> reply = enforcement.refusal(
                "pi", "127.0.0.1", CcqMessage.of(PapVersion.V2_1, "q1", null, PushAddress.parse(UK_NUMBER)), null);

        assertThat(((CcqResponse) reply.orElseThrow()).code()).isEqualTo(StatusCode.FORBIDDEN);
    }

    @Test
    void status_query_and_cancel_are_not_held_to_address_or_application_rules() throws Exception {
        account(policy(List.of("syncml.dm"), List.of("plmn:+1555"), List.of(), 0, 0));

        assertThat(enforcement.refusal(
                        "pi",
                        "127.0.0.1",
                        StatusQueryMessage.of(PapVersion.V2_1, "p1@pi", List.of(PushAddress.parse(UK_NUMBER))),
                        null))
                .isEmpty();
    }

    @Test
    void account_removed_since_authentication_gets_2001() throws Exception {
        PushResponse response =
                pushRefusal(enforcement.refusal("gone", "127.0.0.1", push(US_NUMBER), content("syncml.dm", 1)));

        assertThat(response.desc()).contains("gone");
    }
}
