package io.sipush.ppg.delivery;

import java.util.List;
import java.util.Objects;

/**
 * Where a MESSAGE goes (DESIGN.md §4): to the registered contact, through the proxies of the
 * REGISTER's {@code Path} if it had one (RFC 3327 §5.3), or to the address of record through the
 * outbound proxy of the SIP/IP core.
 */
public record Route(String requestUri, String outboundProxy, boolean contactWantsTcp, List<String> path) {

    public Route {
        Objects.requireNonNull(requestUri, "requestUri");
        path = List.copyOf(path);
    }

    public static Route toContact(String contactUri, boolean wantsTcp) {
        return toContact(contactUri, wantsTcp, List.of());
    }

    /** To a contact that registered through the proxies of {@code path}, top first. */
    public static Route toContact(String contactUri, boolean wantsTcp, List<String> path) {
        return new Route(contactUri, null, wantsTcp, path);
    }

    public static Route viaProxy(String addressOfRecordUri, String proxy) {
        return new Route(addressOfRecordUri, Objects.requireNonNull(proxy, "proxy"), false, List.of());
    }
}
