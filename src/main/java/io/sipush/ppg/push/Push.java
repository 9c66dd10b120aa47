package io.sipush.ppg.push;

import io.sipush.ppg.pap.DeliveryMethod;
import io.sipush.ppg.pap.PapVersion;
import io.sipush.ppg.pap.Priority;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.persistence.Basic;
import javax.persistence.CascadeType;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.FetchType;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Lob;
import javax.persistence.OneToMany;
import javax.persistence.OrderBy;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import javax.persistence.UniqueConstraint;

/**
 * A push message as accepted from one Push Initiator (PAP §9.2): its control attributes, its
 * content and one {@link Delivery} per address. The push-id is unique per PI.
 */
@Entity
@Table(
        name = "PPG_PUSH",
        uniqueConstraints =
                @UniqueConstraint(
                        name = "PPG_PUSH_PI_PUSHID",
                        columnNames = {"PI_NAME", "PUSH_ID"}),
        indexes = @Index(name = "PPG_PUSH_DELIVER_BEFORE", columnList = "DELIVERBEFORE"))
public class Push {

    @Id
    @TableGenerator(name = "pushIds", table = "PPG_ID_GEN", allocationSize = 200)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "pushIds")
    private Long id;

    @Column(name = "PI_NAME", nullable = false, length = 64)
    private String piName;

    @Column(name = "PUSH_ID", nullable = false, length = 255)
    private String pushId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private PapVersion papVersion;

    // Times are stored as epoch milliseconds: JPA 2.2 has no mapping for Instant.
    @Column(nullable = false)
    private long receivedAt;

    private Long deliverBefore;
    private Long deliverAfter;

    @Column(length = 255)
    private String sourceReference;

    @Column(length = 1024)
    private String notifyRequestedTo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Priority priority;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private DeliveryMethod deliveryMethod;

    @Column(nullable = false, length = 255)
    private String contentType;

    @Column(nullable = false, length = 128)
    private String applicationId;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, length = 1048576)
    private byte[] content;

    @OneToMany(mappedBy = "push", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Delivery> deliveries = new ArrayList<>();

    protected Push() {}

    private Push(Builder b) {
        this.piName = Objects.requireNonNull(b.piName, "piName");
        this.pushId = Objects.requireNonNull(b.pushId, "pushId");
        this.papVersion = Objects.requireNonNull(b.papVersion, "papVersion");
        this.receivedAt = Objects.requireNonNull(b.receivedAt, "receivedAt").toEpochMilli();
        this.deliverBefore = millis(b.deliverBefore);
        this.deliverAfter = millis(b.deliverAfter);
        this.sourceReference = b.sourceReference;
        this.notifyRequestedTo = b.notifyRequestedTo;
        this.priority = Objects.requireNonNull(b.priority, "priority");
        this.deliveryMethod = Objects.requireNonNull(b.deliveryMethod, "deliveryMethod");
        this.contentType = Objects.requireNonNull(b.contentType, "contentType");
        this.applicationId = Objects.requireNonNull(b.applicationId, "applicationId");
        this.content = Objects.requireNonNull(b.content, "content").clone();
        for (Target target : b.targets) {
            deliveries.add(new Delivery(this, deliveries.size(), target.papAddress(), target.aor(), firstAttemptAt()));
        }
        if (deliveries.isEmpty()) {
            throw new IllegalArgumentException("a push needs at least one address");
        }
    }

    /**
     * Sets the keys of the push and its deliveries, for stores that assign keys themselves (the
     * batched insert) rather than on persist.
     */
    public void assignKeys(long pushKey, java.util.function.LongSupplier deliveryKeys) {
        if (id != null) {
            throw new IllegalStateException("push " + pushId + " has its key already");
        }
        id = pushKey;
        deliveries.forEach(d -> d.assignId(deliveryKeys.getAsLong()));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** When the first delivery attempt may start: on arrival, or at deliver-after-timestamp. */
    public Instant firstAttemptAt() {
        return deliverAfter != null && deliverAfter > receivedAt ? Instant.ofEpochMilli(deliverAfter) : receivedAt();
    }

    private static Long millis(Instant at) {
        return at == null ? null : at.toEpochMilli();
    }

    public Long id() {
        return id;
    }

    public String piName() {
        return piName;
    }

    public String pushId() {
        return pushId;
    }

    public PapVersion papVersion() {
        return papVersion;
    }

    public Instant receivedAt() {
        return Instant.ofEpochMilli(receivedAt);
    }

    public Optional<Instant> deliverBefore() {
        return Optional.ofNullable(deliverBefore).map(Instant::ofEpochMilli);
    }

    public Optional<Instant> deliverAfter() {
        return Optional.ofNullable(deliverAfter).map(Instant::ofEpochMilli);
    }

    public Optional<String> sourceReference() {
        return Optional.ofNullable(sourceReference);
    }

    public Optional<String> notifyRequestedTo() {
        return Optional.ofNullable(notifyRequestedTo);
    }

    public Priority priority() {
        return priority;
    }

    public DeliveryMethod deliveryMethod() {
        return deliveryMethod;
    }

    public String contentType() {
        return contentType;
    }

    public String applicationId() {
        return applicationId;
    }

    public byte[] content() {
        return content.clone();
    }

    public List<Delivery> deliveries() {
        return Collections.unmodifiableList(deliveries);
    }

    /** A push address and the address of record it resolves to. */
    public record Target(String papAddress, String aor) {
        public Target {
            Objects.requireNonNull(papAddress, "papAddress");
            Objects.requireNonNull(aor, "aor");
        }
    }

    /** Collects a push's attributes; {@link #build()} validates them. */
    public static final class Builder {
        private String piName;
        private String pushId;
        private PapVersion papVersion = PapVersion.V2_1;
        private Instant receivedAt;
        private Instant deliverBefore;
        private Instant deliverAfter;
        private String sourceReference;
        private String notifyRequestedTo;
        private Priority priority = Priority.MEDIUM;
        private DeliveryMethod deliveryMethod = DeliveryMethod.NOTSPECIFIED;
        private String contentType;
        private String applicationId;
        private byte[] content;
        private final List<Target> targets = new ArrayList<>();

        public Builder pi(String name) {
            this.piName = name;
            return this;
        }

        public Builder pushId(String id) {
            this.pushId = id;
            return this;
        }

        public Builder papVersion(PapVersion version) {
            this.papVersion = version;
            return this;
        }

        public Builder receivedAt(Instant at) {
            this.receivedAt = at;
            return this;
        }

        public Builder deliverBefore(Instant at) {
            this.deliverBefore = at;
            return this;
        }

        public Builder deliverAfter(Instant at) {
            this.deliverAfter = at;
            return this;
        }

        public Builder sourceReference(String reference) {
            this.sourceReference = reference;
            return this;
        }

        public Builder notifyRequestedTo(String url) {
            this.notifyRequestedTo = url;
            return this;
        }

        public Builder priority(Priority value) {
            this.priority = value;
            return this;
        }

        public Builder deliveryMethod(DeliveryMethod value) {
            this.deliveryMethod = value;
            return this;
        }

        public Builder content(String type, String appId, byte[] body) {
            this.contentType = type;
            this.applicationId = appId;
            this.content = body;
            return this;
        }

        public Builder target(String papAddress, String aor) {
            targets.add(new Target(papAddress, aor));
            return this;
        }

        public Push build() {
            return new Push(this);
        }
    }
}
