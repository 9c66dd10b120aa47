package io.sipush.ppg.delivery;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which digest challenges to a push MESSAGE the PPG answers with its credentials (RFC 3261
 * §22.2; issue 13 item 8): only one for a configured realm, and only one that came back from the
 * first hop of the MESSAGE's route, the outbound proxy or the registered Path of the SIP/IP core
 * (RFC 3327). A challenge straight from a contact, or for a realm of the challenger's choosing,
 * gets no credentials, so a hijacked contact cannot collect digest responses.
 */
public final class ChallengeTrust {
    private final Set<String> realms;

    public ChallengeTrust(Collection<String> realms) {
        this.realms = realms.stream().map(ChallengeTrust::normal).collect(Collectors.toUnmodifiableSet());
    }

    /** The first of the challenge's realms that is configured, if any. */
    public Optional<String> realmToAnswer(Collection<String> challengeRealms) {
        return challengeRealms.stream()
                .filter(realm -> realm != null && realms.contains(normal(realm)))
                .findFirst();
    }

    /**
     * True when the answer came from the route's first hop: {@code hopHost} (a name or an IP
     * address; null when the MESSAGE had no Route and went straight to the contact) and {@code
     * hopPort} (-1 for the default, 5060, or 5061 when {@code secure}).
     */
    public static boolean fromFirstHop(String hopHost, int hopPort, boolean secure, String remoteAddr, int remotePort) {
        if (hopHost == null || remoteAddr == null) {
            return false;
        }
        int port = hopPort > 0 ? hopPort : secure ? 5061 : 5060;
        return port == remotePort && sameHost(hopHost, remoteAddr);
    }

    private static boolean sameHost(String hopHost, String remoteAddr) {
        String host = hopHost.startsWith("[") ? hopHost.substring(1, hopHost.length() - 1) : hopHost;
        if (host.equalsIgnoreCase(remoteAddr)) {
            return true;
        }
        try {
            InetAddress remote = InetAddress.getByName(remoteAddr);
            for (InetAddress hop : InetAddress.getAllByName(host)) {
                if (hop.equals(remote)) {
                    return true;
                }
            }
            return false;
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static String normal(String realm) {
        return realm.trim().toLowerCase(Locale.ROOT);
    }
}
