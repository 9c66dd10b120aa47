package io.sipush.ppg.pushinitiator;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * A Push Initiator's account. Its name is the identity the PPG keys pushes by. The policy is
 * kept in plain columns, each list as its entries joined by line breaks; the policy columns may
 * be null in rows written before policies existed, which reads as {@link
 * PushInitiatorPolicy#UNRESTRICTED}.
 */
@Entity
@Table(name = "PPG_PUSH_INITIATOR")
public class PushInitiator {
    private static final String SEPARATOR = "\n";

    @Id
    @Column(length = 64)
    private String name;

    @Column(nullable = false, length = 256)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(nullable = false)
    private long createdAt;

    @Column(length = PushInitiatorPolicy.MAX_LIST_LENGTH)
    private String allowedApplicationIds;

    @Column(length = PushInitiatorPolicy.MAX_LIST_LENGTH)
    private String addressPatterns;

    @Column(length = PushInitiatorPolicy.MAX_LIST_LENGTH)
    private String ipAllowList;

    private Integer rateLimitPerSecond;

    private Integer maxContentBytes;

    @Column(length = PushInitiatorPolicy.MAX_LIST_LENGTH)
    private String notificationUrlPrefixes;

    @Column(length = 1024)
    private String clientCertificate;

    protected PushInitiator() {}

    public PushInitiator(String name, String passwordHash, Instant createdAt) {
        this(name, passwordHash, createdAt, PushInitiatorPolicy.UNRESTRICTED);
    }

    public PushInitiator(String name, String passwordHash, Instant createdAt, PushInitiatorPolicy policy) {
        this.name = PushInitiatorName.require(name);
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.createdAt = createdAt.toEpochMilli();
        changePolicy(policy);
    }

    public String name() {
        return name;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant createdAt() {
        return Instant.ofEpochMilli(createdAt);
    }

    public PushInitiatorPolicy policy() {
        return new PushInitiatorPolicy(
                split(allowedApplicationIds),
                split(addressPatterns),
                split(ipAllowList),
                rateLimitPerSecond == null ? 0 : rateLimitPerSecond,
                maxContentBytes == null ? 0 : maxContentBytes,
                split(notificationUrlPrefixes),
                clientCertificate);
    }

    public void changePolicy(PushInitiatorPolicy policy) {
        Objects.requireNonNull(policy, "policy");
        this.allowedApplicationIds = String.join(SEPARATOR, policy.applicationIds());
        this.addressPatterns = String.join(SEPARATOR, policy.addressPatterns());
        this.ipAllowList = String.join(SEPARATOR, policy.ipAllowList());
        this.rateLimitPerSecond = policy.rateLimitPerSecond();
        this.maxContentBytes = policy.maxContentBytes();
        this.notificationUrlPrefixes = String.join(SEPARATOR, policy.notificationUrlPrefixes());
        this.clientCertificate = policy.clientCertificate().orElse(null);
    }

    /** Replaces the password; the hash comes from {@link PasswordHasher#hash(char[])}. */
    public void changePasswordHash(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash, "passwordHash");
    }

    public void enable(boolean enabled) {
        this.enabled = enabled;
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(SEPARATOR));
    }
}
