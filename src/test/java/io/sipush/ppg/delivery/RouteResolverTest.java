package io.sipush.ppg.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.sipush.ppg.terminal.AddressOfRecord;
import io.sipush.ppg.terminal.ContactBinding;
import io.sipush.ppg.terminal.InMemoryTerminalRegistry;
import io.sipush.ppg.terminal.Registration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RouteResolverTest {
    private static final Instant NOW = Instant.parse("2026-11-01T12:00:00Z");
    private static final String HOME = "ims.example.org";
    private static final String PROXY = "sip:scscf.ims.example.org:5060;lr";
    private static final String DM = "syncml.dm";
    private static final AddressOfRecord ALICE = AddressOfRecord.parse("sip:alice@" + HOME, HOME);

    private final InMemoryTerminalRegistry registry = new InMemoryTerminalRegistry();

    private void register(AddressOfRecord aor, String contactUri, long seconds, String... apps) {
        ContactBinding c = new ContactBinding(contactUri, NOW.plusSeconds(seconds), 1.0f, List.of(apps));
        registry.apply(new Registration(aor, List.of(c), List.of(), false), NOW);
    }

    private RouteResolver direct() {
        return new RouteResolver(registry, Optional.empty());
    }

    private RouteResolver viaProxy() {
        return new RouteResolver(registry, Optional.of(PROXY));
    }

    @Test
    void registered_contact_beats_outbound_proxy() {
        register(ALICE, "sip:alice@192.0.2.10:5070", 3600);
        RouteResolver resolver = viaProxy();

        Optional<Route> route = resolver.resolve(ALICE, DM, NOW);

        assertThat(route).isPresent();
        assertThat(route.get().requestUri()).isEqualTo("sip:alice@192.0.2.10:5070");
        assertThat(route.get().outboundProxy()).isNull();
        assertThat(route.get().contactWantsTcp()).isFalse();
    }

    @Test
    void contact_registered_through_a_path_is_reached_through_it_not_the_outbound_proxy() {
        List<String> path = List.of("sip:pcscf.ims.example.org;lr", "sip:scscf.ims.example.org:5070;lr");
        ContactBinding c = new ContactBinding("sip:alice@192.0.2.10:5070", NOW.plusSeconds(60), 1.0f, List.of(), path);
        registry.apply(new Registration(ALICE, List.of(c), List.of(), false), NOW);

        Optional<Route> route = viaProxy().resolve(ALICE, DM, NOW);

        assertThat(route).isPresent();
        assertThat(route.get().requestUri()).isEqualTo("sip:alice@192.0.2.10:5070");
        assertThat(route.get().path()).containsExactlyElementsOf(path);
        assertThat(route.get().outboundProxy()).isNull();
    }

    @Test
    void directly_registered_contact_has_no_path() {
        register(ALICE, "sip:alice@192.0.2.10:5070", 3600);

        assertThat(viaProxy().resolve(ALICE, DM, NOW))
                .hasValueSatisfying(r -> assertThat(r.path()).isEmpty());
    }

    @Test
    void contact_asking_for_tcp_is_routed_over_tcp() {
        register(ALICE, "sip:alice@192.0.2.10;transport=tcp", 3600);

        Optional<Route> route = direct().resolve(ALICE, DM, NOW);

        assertThat(route)
                .hasValueSatisfying(r -> assertThat(r.contactWantsTcp()).isTrue());
    }

    @Test
    void contact_announcing_the_app_is_chosen() {
        ContactBinding other = new ContactBinding("sip:mms@192.0.2.1", NOW.plusSeconds(60), 1.0f, List.of("mms.ua"));
        ContactBinding dm = new ContactBinding("sip:dm@192.0.2.2", NOW.plusSeconds(60), 0.1f, List.of(DM));
        registry.apply(new Registration(ALICE, List.of(other, dm), List.of(), false), NOW);

        Optional<Route> route = direct().resolve(ALICE, DM, NOW);

        assertThat(route.map(Route::requestUri)).contains("sip:dm@192.0.2.2");
    }

    @Test
    void outbound_proxy_is_used_when_no_contact_is_registered() {
        RouteResolver resolver = viaProxy();

        Optional<Route> route = resolver.resolve(ALICE, DM, NOW);

        assertThat(route).isPresent();
        assertThat(route.get().requestUri()).isEqualTo("sip:alice@ims.example.org");
        assertThat(route.get().outboundProxy()).isEqualTo(PROXY);
    }

    @Test
    void outbound_proxy_route_of_a_number_uses_user_phone() {
        AddressOfRecord number = AddressOfRecord.ofNumber("+15551234567", HOME);

        Optional<Route> route = viaProxy().resolve(number, DM, NOW);

        assertThat(route.map(Route::requestUri)).contains("sip:+15551234567@ims.example.org;user=phone");
    }

    @Test
    void expired_registration_falls_back_to_the_outbound_proxy() {
        register(ALICE, "sip:alice@192.0.2.10", 60);
        RouteResolver resolver = viaProxy();

        Optional<Route> route = resolver.resolve(ALICE, DM, NOW.plusSeconds(61));

        assertThat(route.map(Route::outboundProxy)).contains(PROXY);
        assertThat(route.map(Route::requestUri)).contains("sip:alice@ims.example.org");
    }

    @Test
    void another_terminals_registration_is_not_used() {
        register(AddressOfRecord.parse("sip:bob@" + HOME, HOME), "sip:bob@192.0.2.20", 3600);

        assertThat(direct().resolve(ALICE, DM, NOW)).isEmpty();
    }

    @Test
    void no_route_without_contact_or_proxy() {
        assertThat(direct().resolve(ALICE, DM, NOW)).isEmpty();
    }
}
