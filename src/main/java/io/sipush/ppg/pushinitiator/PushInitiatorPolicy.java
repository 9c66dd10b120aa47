package io.sipush.ppg.pushinitiator;

import io.sipush.ppg.pap.PushApplicationId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What one PI may do (after Kannel's wap-push-user allowed-prefix and white-list): which push
 * application IDs it may address, to which terminals, from which IP addresses, how many requests
 * a second, and how large a content. An empty list allows everything; a limit of 0 means none
 * of its own (for the content size: the PPG's global limit). Every value is checked when the
 * policy is made, so a stored policy always applies.
 */
public final class PushInitiatorPolicy {
    /** Everything allowed: the policy of an account nobody restricted. */
    public static final PushInitiatorPolicy UNRESTRICTED =
            new PushInitiatorPolicy(List.of(), List.of(), List.of(), 0, 0);

    private static final int MAX_ENTRY_LENGTH = 1024;

    /** The most characters of one list, its entries joined by line breaks (the stored form). */
    public static final int MAX_LIST_LENGTH = 8000;

    private final List<String> applicationIds;
    private final List<PushApplicationId> parsedApplicationIds;
    private final List<AddressPattern> addressPatterns;
    private final List<IpRange> ipAllowList;
    private final int rateLimitPerSecond;
    private final int maxContentBytes;
    private final List<NotificationUrlPrefix> notificationUrlPrefixes;
    private final Optional<ClientCertificateRule> clientCertificate;

    /**
     * @param applicationIds push application IDs as URN, short name or number ({@code
     *     x-wap-application:syncml.dm}, {@code syncml.dm}, {@code 0x07}); empty allows all
     * @param addressPatterns {@link AddressPattern} rules; empty allows every address
     * @param ipAllowList addresses and CIDR blocks; empty allows any client address
     * @param rateLimitPerSecond requests a second, 0 for unlimited
     * @param maxContentBytes largest content, 0 for the PPG's global limit
     * @throws InvalidPolicyException naming the first value that is not valid
     */
    public PushInitiatorPolicy(
            Collection<String> applicationIds,
            Collection<String> addressPatterns,
            Collection<String> ipAllowList,
            int rateLimitPerSecond,
            int maxContentBytes) {
        this(applicationIds, addressPatterns, ipAllowList, rateLimitPerSecond, maxContentBytes, List.of(), null);
    }

    /**
     * @param notificationUrlPrefixes URL prefixes a {@code ppg-notify-requested-to} must start
     *     with; empty allows every URL the PPG's own rule allows
     * @param clientCertificate the TLS client certificate the PI must present ({@link
     *     ClientCertificateRule}), null or blank for none
     */
    public PushInitiatorPolicy(
            Collection<String> applicationIds,
            Collection<String> addressPatterns,
            Collection<String> ipAllowList,
            int rateLimitPerSecond,
            int maxContentBytes,
            Collection<String> notificationUrlPrefixes,
            String clientCertificate) {
        this.notificationUrlPrefixes =
                entries(notificationUrlPrefixes, "notification URL prefix", NotificationUrlPrefix::parse);
        this.clientCertificate = clientCertificate == null || clientCertificate.isBlank()
                ? Optional.empty()
                : Optional.of(entries(List.of(clientCertificate), "client certificate", ClientCertificateRule::parse)
                        .get(0));
        this.applicationIds = entries(applicationIds, "push application ID", PushInitiatorPolicy::applicationId);
        this.parsedApplicationIds =
                this.applicationIds.stream().map(PushApplicationId::parse).toList();
        this.addressPatterns = entries(addressPatterns, "address pattern", AddressPattern::parse);
        this.ipAllowList = entries(ipAllowList, "IP allow-list entry", IpRange::parse);
        if (rateLimitPerSecond < 0) {
            throw new InvalidPolicyException("rate limit " + rateLimitPerSecond + " is negative (0 means unlimited)");
        }
        if (maxContentBytes < 0) {
            throw new InvalidPolicyException(
                    "maximum content size " + maxContentBytes + " is negative (0 means the global limit)");
        }
        this.rateLimitPerSecond = rateLimitPerSecond;
        this.maxContentBytes = maxContentBytes;
    }

    /** Whether the PI may push to this push application ID. */
    public boolean allowsApplication(PushApplicationId id) {
        return parsedApplicationIds.isEmpty()
                || parsedApplicationIds.stream().anyMatch(allowed -> sameApplication(allowed, id));
    }

    /** Whether the PI may push to this SIP URI (see {@link AddressPattern}). */
    public boolean allowsAddress(String sipUri) {
        return addressPatterns.isEmpty() || addressPatterns.stream().anyMatch(p -> p.matches(sipUri));
    }

    /** Whether the PI may connect from this client address. */
    public boolean allowsClientAddress(String remoteAddress) {
        return ipAllowList.isEmpty() || ipAllowList.stream().anyMatch(r -> r.contains(remoteAddress));
    }

    /** Whether a result notification may go to this URL (the PPG's own rule aside). */
    public boolean allowsNotificationUrl(String url) {
        return notificationUrlPrefixes.isEmpty()
                || notificationUrlPrefixes.stream().anyMatch(p -> p.allows(url));
    }

    /** Whether a request with this client certificate (or none) may come from the PI. */
    public boolean allowsClientCertificate(Optional<ClientCertificate> presented) {
        return clientCertificate.isEmpty() || clientCertificate.get().matches(presented);
    }

    public List<String> notificationUrlPrefixes() {
        return notificationUrlPrefixes.stream().map(NotificationUrlPrefix::text).toList();
    }

    /** The client certificate rule as written, or empty when the PI needs none. */
    public Optional<String> clientCertificate() {
        return clientCertificate.map(ClientCertificateRule::text);
    }

    /** The PI's own content limit, if it has one. */
    public Optional<Integer> contentLimit() {
        return maxContentBytes == 0 ? Optional.empty() : Optional.of(maxContentBytes);
    }

    public List<String> applicationIds() {
        return applicationIds;
    }

    public List<String> addressPatterns() {
        return addressPatterns.stream().map(AddressPattern::text).toList();
    }

    public List<String> ipAllowList() {
        return ipAllowList.stream().map(IpRange::text).toList();
    }

    public int rateLimitPerSecond() {
        return rateLimitPerSecond;
    }

    public int maxContentBytes() {
        return maxContentBytes;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PushInitiatorPolicy p
                && p.applicationIds.equals(applicationIds)
                && p.addressPatterns.equals(addressPatterns)
                && p.ipAllowList.equals(ipAllowList)
                && p.rateLimitPerSecond == rateLimitPerSecond
                && p.maxContentBytes == maxContentBytes
                && p.notificationUrlPrefixes.equals(notificationUrlPrefixes)
                && p.clientCertificate.equals(clientCertificate);
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                applicationIds,
                addressPatterns,
                ipAllowList,
                rateLimitPerSecond,
                maxContentBytes,
                notificationUrlPrefixes,
                clientCertificate);
    }

    @Override
    public String toString() {
        return "applications " + applicationIds + ", addresses " + addressPatterns() + ", clients " + ipAllowList()
                + ", " + rateLimitPerSecond + "/s, content " + maxContentBytes + ", notifications "
                + notificationUrlPrefixes() + ", client certificate "
                + clientCertificate().orElse("none");
    }

    /** Same ID: the same name without its prefix (any case), or the same OMNA number. */
    private static boolean sameApplication(PushApplicationId allowed, PushApplicationId requested) {
        if (allowed.shortName().equalsIgnoreCase(requested.shortName())) {
            return true;
        }
        return allowed.code().isPresent()
                && requested.code().isPresent()
                && allowed.code().getAsInt() == requested.code().getAsInt();
    }

    private static String applicationId(String id) {
        if (id.chars().anyMatch(c -> Character.isWhitespace(c) || c == ',' || c == '"')) {
            throw new InvalidPolicyException("push application ID '" + id + "' contains blanks, commas or quotes");
        }
        return id;
    }

    private static String shortened(String entry) {
        return entry.length() <= 60 ? entry : entry.substring(0, 60) + "...";
    }

    private static <T> List<T> entries(Collection<String> values, String what, Function<String, T> parse) {
        List<T> parsed = new ArrayList<>();
        int total = 0;
        for (String value : values == null ? List.<String>of() : values) {
            String entry = value == null ? "" : value.trim();
            if (entry.isEmpty()) {
                throw new InvalidPolicyException("a " + what + " is empty");
            }
            if (entry.length() > MAX_ENTRY_LENGTH || entry.chars().anyMatch(Character::isISOControl)) {
                throw new InvalidPolicyException(what + " '" + shortened(entry) + "' is longer than " + MAX_ENTRY_LENGTH
                        + " characters or contains control characters");
            }
            T item = parse.apply(entry);
            if (!parsed.contains(item)) {
                parsed.add(item);
            }
            total += entry.length() + 1;
        }
        if (total > MAX_LIST_LENGTH + 1) {
            throw new InvalidPolicyException(
                    "the " + what + " list is longer than " + MAX_LIST_LENGTH + " characters in all");
        }
        return List.copyOf(parsed);
    }
}
