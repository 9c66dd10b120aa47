package io.sipush.ppg.push.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Lob;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import javax.persistence.UniqueConstraint;

/**
 * A resultnotification-message for one address of a push (PAP §9.4), stored before it is sent and
 * kept until the Push Initiator answers it. The state machine: it starts {@code PENDING} and due at
 * once; a sender {@link #claim claims} an attempt for a short lease, so that no two senders POST it
 * at the same time; the attempt ends {@link #answered answered} ({@code SENT}) or {@link #failed
 * failed}, and a failure either sets the next attempt time or, past the retry limit, ends it
 * {@code ABANDONED}. SENT and ABANDONED never change again.
 */
@Entity
@Table(
        name = "PPG_RESULT_NOTIFICATION",
        uniqueConstraints = @UniqueConstraint(name = "PPG_RESULT_NOTIFICATION_DELIVERY", columnNames = "DELIVERY_ID"),
        indexes = @Index(name = "PPG_RESULT_NOTIFICATION_DUE", columnList = "STATE,NEXT_ATTEMPT_AT"))
public class ResultNotification {
    private static final int ERROR_LENGTH = 512;

    @Id
    @TableGenerator(name = "resultNotificationIds", table = "PPG_ID_GEN", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "resultNotificationIds")
    private Long id;

    @Column(name = "PUSH_KEY", nullable = false)
    private long pushKey;

    @Column(name = "DELIVERY_ID", nullable = false)
    private long deliveryId;

    @Column(name = "PI_NAME", nullable = false, length = 64)
    private String piName;

    @Column(name = "PUSH_ID", nullable = false, length = 255)
    private String pushId;

    @Column(name = "TARGET_URL", nullable = false, length = 1024)
    private String targetUrl;

    /** The encoded resultnotification-message, in the PAP version of the push. */
    @Lob
    @Column(name = "BODY", nullable = false, length = 65536)
    private byte[] body;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATE", nullable = false, length = 16)
    private NotificationState state = NotificationState.PENDING;

    @Column(nullable = false)
    private int attempts;

    // Times are epoch milliseconds: JPA 2.2 has no mapping for Instant.
    @Column(name = "CREATED_AT", nullable = false)
    private long createdAt;

    @Column(name = "NEXT_ATTEMPT_AT")
    private Long nextAttemptAt;

    @Column(name = "CLAIMED_UNTIL")
    private Long claimedUntil;

    @Column(name = "ENDED_AT")
    private Long endedAt;

    @Column(name = "LAST_ERROR", length = ERROR_LENGTH)
    private String lastError;

    protected ResultNotification() {}

    private ResultNotification(
            long pushKey, long deliveryId, String piName, String pushId, String targetUrl, byte[] body, Instant now) {
        this.pushKey = pushKey;
        this.deliveryId = deliveryId;
        this.piName = Objects.requireNonNull(piName, "piName");
        this.pushId = Objects.requireNonNull(pushId, "pushId");
        this.targetUrl = Objects.requireNonNull(targetUrl, "targetUrl");
        this.body = Objects.requireNonNull(body, "body").clone();
        this.createdAt = Objects.requireNonNull(now, "now").toEpochMilli();
        this.nextAttemptAt = createdAt;
    }

    /** A notification to send at once to {@code targetUrl}. */
    public static ResultNotification pending(
            long pushKey, long deliveryId, String piName, String pushId, String targetUrl, byte[] body, Instant now) {
        return new ResultNotification(pushKey, deliveryId, piName, pushId, targetUrl, body, now);
    }

    /** True when an attempt may start now: pending, due, and no unexpired claim on it. */
    public boolean isDueAt(Instant now) {
        long at = now.toEpochMilli();
        return state == NotificationState.PENDING
                && nextAttemptAt != null
                && nextAttemptAt <= at
                && (claimedUntil == null || claimedUntil <= at);
    }

    /**
     * Takes the next attempt for {@code lease}: while the lease runs, nobody else may claim it. An
     * attempt whose sender died is claimed again once the lease has run out.
     *
     * @return the attempt, or empty when the notification is not due
     */
    public Optional<NotificationAttempt> claim(Instant now, Duration lease) {
        if (!isDueAt(now)) {
            return Optional.empty();
        }
        attempts++;
        claimedUntil = now.plus(lease).toEpochMilli();
        return Optional.of(new NotificationAttempt(id == null ? 0 : id, attempts, piName, pushId, targetUrl, body));
    }

    /**
     * The Push Initiator answered attempt {@code attempt} with a resultnotification-response.
     *
     * @return false when the answer came too late to count (another attempt was claimed since, or
     *     the notification already ended), and nothing changed
     */
    public boolean answered(int attempt, Instant now) {
        if (!isCurrent(attempt)) {
            return false;
        }
        state = NotificationState.SENT;
        endedAt = now.toEpochMilli();
        nextAttemptAt = null;
        claimedUntil = null;
        lastError = null;
        return true;
    }

    /**
     * Attempt {@code attempt} failed: try again at {@code next}, or, when there is no next attempt,
     * give up ({@code ABANDONED}).
     *
     * @return false when the outcome came too late to count, and nothing changed
     */
    public boolean failed(int attempt, Instant now, String why, Optional<Instant> next) {
        if (!isCurrent(attempt)) {
            return false;
        }
        claimedUntil = null;
        lastError = truncate(why);
        if (next.isPresent()) {
            nextAttemptAt = next.get().toEpochMilli();
        } else {
            state = NotificationState.ABANDONED;
            endedAt = now.toEpochMilli();
            nextAttemptAt = null;
        }
        return true;
    }

    private boolean isCurrent(int attempt) {
        return state == NotificationState.PENDING && attempt == attempts;
    }

    private static String truncate(String why) {
        if (why == null) {
            return null;
        }
        return why.length() <= ERROR_LENGTH ? why : why.substring(0, ERROR_LENGTH - 1) + "…";
    }

    public Long id() {
        return id;
    }

    public long pushKey() {
        return pushKey;
    }

    public long deliveryId() {
        return deliveryId;
    }

    public String piName() {
        return piName;
    }

    public String pushId() {
        return pushId;
    }

    public String targetUrl() {
        return targetUrl;
    }

    public byte[] body() {
        return body.clone();
    }

    public NotificationState state() {
        return state;
    }

    public int attempts() {
        return attempts;
    }

    public Instant createdAt() {
        return Instant.ofEpochMilli(createdAt);
    }

    public Optional<Instant> nextAttemptAt() {
        return Optional.ofNullable(nextAttemptAt).map(Instant::ofEpochMilli);
    }

    public Optional<Instant> claimedUntil() {
        return Optional.ofNullable(claimedUntil).map(Instant::ofEpochMilli);
    }

    public Optional<Instant> endedAt() {
        return Optional.ofNullable(endedAt).map(Instant::ofEpochMilli);
    }

    public Optional<String> lastError() {
        return Optional.ofNullable(lastError);
    }
}
