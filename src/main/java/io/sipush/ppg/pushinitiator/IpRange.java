package io.sipush.ppg.pushinitiator;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One entry of a PI's IP allow-list: an exact IPv4 or IPv6 address ({@code 192.0.2.10}) or a
 * CIDR block ({@code 192.0.2.0/24}, {@code 2001:db8::/32}, RFC 4632 §3.1). Only literal addresses
 * are accepted: a host name is never looked up.
 */
public final class IpRange {
    private static final Pattern IPV4 = Pattern.compile(
            "(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private final String text;
    private final byte[] network;
    private final int prefixLength;

    private IpRange(String text, byte[] network, int prefixLength) {
        this.text = text;
        this.network = network;
        this.prefixLength = prefixLength;
    }

    /**
     * Reads an address or CIDR block.
     *
     * @throws InvalidPolicyException naming the entry when it is neither
     */
    public static IpRange parse(String entry) {
        String text = entry == null ? "" : entry.trim();
        int slash = text.indexOf('/');
        String address = slash < 0 ? text : text.substring(0, slash);
        byte[] bytes = literal(address)
                .orElseThrow(() -> new InvalidPolicyException(
                        "IP allow-list entry '" + text + "' is not an IP address or CIDR block such as 192.0.2.0/24"));
        int bits = bytes.length * 8;
        int prefix = bits;
        if (slash >= 0) {
            String length = text.substring(slash + 1);
            if (!length.matches("[0-9]{1,3}") || Integer.parseInt(length) > bits) {
                throw new InvalidPolicyException(
                        "IP allow-list entry '" + text + "' has a prefix length outside 0.." + bits);
            }
            prefix = Integer.parseInt(length);
        }
        return new IpRange(text, bytes, prefix);
    }

    /** Whether the address (a literal, as a servlet container reports it) is in this range. */
    public boolean contains(String remoteAddress) {
        Optional<byte[]> candidate = literal(remoteAddress == null ? "" : remoteAddress.trim());
        if (candidate.isEmpty() || candidate.get().length != network.length) {
            return false;
        }
        byte[] bytes = candidate.get();
        int full = prefixLength / 8;
        for (int i = 0; i < full; i++) {
            if (bytes[i] != network[i]) {
                return false;
            }
        }
        int rest = prefixLength % 8;
        if (rest == 0) {
            return true;
        }
        int mask = (0xFF << (8 - rest)) & 0xFF;
        return (bytes[full] & mask) == (network[full] & mask);
    }

    public String text() {
        return text;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IpRange r && r.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }

    /** The bytes of a literal address; IPv4-mapped IPv6 addresses read as IPv4. */
    private static Optional<byte[]> literal(String address) {
        String bare =
                address.startsWith("[") && address.endsWith("]") ? address.substring(1, address.length() - 1) : address;
        if (!IPV4.matcher(bare).matches() && !IPV6.matcher(bare).matches()) {
            return Optional.empty();
        }
        try {
            // Only literals reach this point, so no name service is asked.
            return Optional.of(InetAddress.getByName(bare).getAddress());
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}
