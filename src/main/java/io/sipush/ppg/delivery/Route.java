package io.sipush.ppg.delivery;

import java.util.Objects;

/**
 * Where a MESSAGE goes (DESIGN.md §4): to the registered contact, or to the address of record
 * through the outbound proxy of the SIP/IP core.
 */
public record Route(String requestUri, String outboundProxy, boolean contactWantsTcp) {

    public Route {
        Objects.requireNonNull(requestUri, "requestUri");
    }

    public static Route toContact(String contactUri, boolean wantsTcp) {
        return new Route(contactUri, null, wantsTcp);
    }

    public static Route viaProxy(String addressOfRecordUri, String proxy) {
        return new Route(addressOfRecordUri, Objects.requireNonNull(proxy, "proxy"), false);
    }
}
