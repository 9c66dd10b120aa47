package io.sipush.ppg.delivery;

import io.sipush.ppg.terminal.AddressOfRecord;
import io.sipush.ppg.terminal.ContactSelection;
import io.sipush.ppg.terminal.TerminalRegistry;
import java.time.Instant;
import java.util.Optional;

/**
 * Finds the route of a push to a terminal: its best registered contact (through the Path it
 * registered with, if any); without one, the address of record through the outbound proxy;
 * without that, none (the push waits for a REGISTER).
 */
public final class RouteResolver {
    private final TerminalRegistry registry;
    private final Optional<String> outboundProxy;

    public RouteResolver(TerminalRegistry registry, Optional<String> outboundProxy) {
        this.registry = registry;
        this.outboundProxy = outboundProxy;
    }

    public Optional<Route> resolve(AddressOfRecord aor, String appShortName, Instant now) {
        Optional<Route> direct = ContactSelection.best(registry.activeContacts(aor, now), appShortName)
                .map(c -> Route.toContact(c.contactUri(), c.wantsTcp(), c.path()));
        if (direct.isPresent()) {
            return direct;
        }
        return outboundProxy.map(proxy -> Route.viaProxy(aor.toSipUri(), proxy));
    }
}
