package io.sipush.ppg.terminal;

import io.sipush.ppg.pushinitiator.IpRange;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Who may send REGISTER to the PPG (DESIGN.md §4 "Trust and hostile input on the SIP side",
 * {@code PPG_SIP_TRUSTED}): a list of literal IPv4/IPv6 addresses and CIDR blocks. When the
 * setting is unset the PPG trusts loopback ({@code 127.0.0.0/8}, {@code ::1}) and the addresses
 * of the outbound proxy's host; when it is set, exactly the listed ones (loopback only if listed).
 * A REGISTER from anywhere else gets 403 and changes nothing. Container-free: the caller resolves
 * the outbound proxy's host.
 */
public final class RegistrarTrust {
    private static final String SETTING = "PPG_SIP_TRUSTED";
    private static final List<IpRange> LOOPBACK = List.of(IpRange.parse("127.0.0.0/8"), IpRange.parse("::1"));

    private final List<IpRange> ranges;

    private RegistrarTrust(List<IpRange> ranges) {
        this.ranges = List.copyOf(ranges);
    }

    /**
     * Reads {@code PPG_SIP_TRUSTED}: comma-separated addresses or CIDR blocks, blanks ignored.
     *
     * @throws IllegalArgumentException naming the setting and the entry when one is no literal
     *     address or block, or when the list is empty
     */
    public static RegistrarTrust parse(String commaSeparated) {
        List<IpRange> ranges = new ArrayList<>();
        for (String entry : (commaSeparated == null ? "" : commaSeparated).split(",")) {
            if (!entry.isBlank()) {
                ranges.add(parseEntry(entry));
            }
        }
        if (ranges.isEmpty()) {
            throw new IllegalArgumentException(SETTING + " lists no address; leave it unset for the default");
        }
        return new RegistrarTrust(ranges);
    }

    /** The default: loopback, plus the addresses the outbound proxy's host resolved to. */
    public static RegistrarTrust loopbackAnd(List<InetAddress> outboundProxyAddresses) {
        List<IpRange> ranges = new ArrayList<>(LOOPBACK);
        for (InetAddress address : outboundProxyAddresses) {
            ranges.add(IpRange.parse(withoutZone(address.getHostAddress())));
        }
        return new RegistrarTrust(ranges);
    }

    /** The setting when given, else the default for the outbound proxy's addresses. */
    public static RegistrarTrust of(Optional<RegistrarTrust> configured, List<InetAddress> outboundProxyAddresses) {
        return configured.orElseGet(() -> loopbackAnd(outboundProxyAddresses));
    }

    /** Whether a REGISTER from this source address (a literal, as the container reports it) may change anything. */
    public boolean trusts(String remoteAddress) {
        if (remoteAddress == null || remoteAddress.isBlank()) {
            return false;
        }
        String address = withoutZone(remoteAddress.trim());
        for (IpRange range : ranges) {
            if (range.contains(address)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return ranges.toString();
    }

    /** {@code fe80::1%eth0} → {@code fe80::1}: the zone of a link-local address is no part of a range. */
    private static String withoutZone(String address) {
        int percent = address.indexOf('%');
        return percent < 0 ? address : address.substring(0, percent);
    }

    private static IpRange parseEntry(String entry) {
        try {
            return IpRange.parse(entry.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    SETTING + ": '" + entry.trim() + "' is not an IP address or CIDR block such as 10.0.0.0/8", e);
        }
    }
}
