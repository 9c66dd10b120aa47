package io.sipush.ppg.push.notification;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Where the PPG never POSTs a result notification (DESIGN.md §4 "Result notification", issue 13
 * item 7): a link-local address (169.254.0.0/16, fe80::/10, where cloud metadata services
 * listen), a multicast address, a wildcard address, or one of the PPG's own HTTP or HTTPS
 * listeners (its ports on loopback or on one of its own interface addresses). Every address the
 * host name resolves to is checked, when the push is submitted and again before each attempt,
 * since DNS may change in between. A host that does not resolve is not refused here: the
 * attempt fails and is retried.
 */
public final class NotificationTargetRule {
    private final Set<Integer> ownPorts;
    private volatile Set<InetAddress> ownAddresses;

    public NotificationTargetRule(List<Integer> ownPorts) {
        this.ownPorts = Set.copyOf(ownPorts);
    }

    /** Why the PPG must not POST to this URL, or empty when it may. */
    public Optional<String> refusal(String url) {
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            return Optional.of("the notification URL " + url + " is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || !(scheme.equals("http") || scheme.equals("https"))) {
            return Optional.of(
                    "the notification URL " + url + " is not a usable URL: it needs http or https and a host");
        }
        int port = uri.getPort() >= 0 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException | SecurityException e) {
            return Optional.empty();
        }
        for (InetAddress address : addresses) {
            Optional<String> why = refusal(address, port);
            if (why.isPresent()) {
                return Optional.of("the notification URL " + url + " is refused: " + uri.getHost() + " is " + why.get()
                        + " (DESIGN.md section 4, Result notification)");
            }
        }
        return Optional.empty();
    }

    private Optional<String> refusal(InetAddress address, int port) {
        String literal = address.getHostAddress();
        if (address.isLinkLocalAddress()) {
            return Optional.of("the link-local address " + literal);
        }
        if (address.isMulticastAddress()) {
            return Optional.of("the multicast address " + literal);
        }
        if (address.isAnyLocalAddress()) {
            return Optional.of("the wildcard address " + literal);
        }
        if (ownPorts.contains(port)
                && (address.isLoopbackAddress() || ownAddresses().contains(address))) {
            return Optional.of("the PPG's own listener " + literal + " port " + port);
        }
        return Optional.empty();
    }

    private Set<InetAddress> ownAddresses() {
        Set<InetAddress> known = ownAddresses;
        if (known == null) {
            known = new HashSet<>();
            try {
                for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                    known.addAll(Collections.list(nic.getInetAddresses()));
                }
            } catch (SocketException | NullPointerException e) {
                known.add(InetAddress.getLoopbackAddress());
            }
            ownAddresses = known;
        }
        return known;
    }
}
