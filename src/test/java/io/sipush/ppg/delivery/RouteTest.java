package io.sipush.ppg.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

class RouteTest {

    @Test
    void route_to_contact_has_no_outbound_proxy() {
        Route route = Route.toContact("sip:alice@10.0.0.1:5070;transport=tcp", true);

        assertThat(route.requestUri()).isEqualTo("sip:alice@10.0.0.1:5070;transport=tcp");
        assertThat(route.outboundProxy()).isNull();
        assertThat(route.contactWantsTcp()).isTrue();
    }

    @Test
    void route_via_proxy_targets_the_address_of_record() {
        Route route = Route.viaProxy("sip:alice@ims.example.org", "sip:pcscf.ims.example.org");

        assertThat(route.requestUri()).isEqualTo("sip:alice@ims.example.org");
        assertThat(route.outboundProxy()).isEqualTo("sip:pcscf.ims.example.org");
        assertThat(route.contactWantsTcp()).isFalse();
    }

    @Test
    void route_via_proxy_needs_a_proxy() {
        assertThatNullPointerException().isThrownBy(() -> Route.viaProxy("sip:alice@ims.example.org", null));
    }
}
