package io.sipush.ppg.push;

import io.sipush.ppg.cluster.Partitions;
import io.sipush.ppg.pap.MessageState;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.FetchType;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.Table;
import javax.persistence.TableGenerator;

/**
 * The delivery of one push to one address, with its PAP message state (PAP 2.0 §9.4.2,
 * statusquery-result message-state). The state machine: a delivery starts {@code pending}; it
 * ends once, in {@code delivered}, {@code undeliverable}, {@code expired}, {@code cancelled} or
 * {@code timeout}, and a final state never changes again. While pending it is either waiting
 * for its next attempt time, in flight (a MESSAGE is out), or waiting for the terminal to
 * register (no next attempt time).
 */
@Entity
@Table(
        name = "PPG_DELIVERY",
        indexes = {
            // The owner's look for due work of its partitions (a range of next attempt times, the
            // partition read from the index entry), and the count of pending deliveries.
            @Index(name = "PPG_DELIVERY_WORK", columnList = "STATE,NEXT_ATTEMPT_AT,PART"),
            @Index(name = "PPG_DELIVERY_AOR", columnList = "AOR"),
            // A push's deliveries (statusquery, cancel, replace, the expiry sweep's join).
            // PostgreSQL does not index a foreign key by itself; Derby shares this index with the
            // constraint, so it costs Derby nothing.
            @Index(name = "PPG_DELIVERY_PUSH", columnList = "PUSH_ID_FK")
        })
public class Delivery {
    /** The REASON column: a longer reason is clipped, so that one row never fails a batch of outcomes. */
    public static final int MAX_REASON = 512;
    /** The REDIRECTURI column: a longer 3xx Contact is not followed. */
    public static final int MAX_REDIRECT_URI = 1024;

    @Id
    @TableGenerator(name = "deliveryIds", table = "PPG_ID_GEN", allocationSize = 200)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "deliveryIds")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "PUSH_ID_FK", nullable = false)
    private Push push;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 512)
    private String papAddress;

    @Column(name = "AOR", nullable = false, length = 512)
    private String aor;

    /** The terminal's partition ({@link Partitions#of}): which instance sends it. */
    @Column(name = "PART")
    private Integer partition;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATE", nullable = false, length = 16)
    private MessageState state = MessageState.PENDING;

    // Times are epoch milliseconds: JPA 2.2 has no mapping for Instant.
    @Column(nullable = false)
    private long eventTime;

    @Column(name = "NEXT_ATTEMPT_AT")
    private Long nextAttemptAt;

    private Long dispatchedAt;

    @Column(nullable = false)
    private int attempts;

    private Integer lastSipStatus;

    @Column(length = MAX_REASON)
    private String reason;

    /** 0 high, 1 medium, 2 low (PAP quality-of-service priority), for ordering due work. */
    @Column(name = "PRIORITY_RANK", nullable = false)
    private int priorityRank;

    /** A 3xx answer's Contact, tried once on the next attempt (RFC 3261 §8.1.3.4). */
    @Column(length = MAX_REDIRECT_URI)
    private String redirectUri;

    private boolean redirected;

    @Column(length = DeliveryHistory.MAX_CHARS)
    private String history;

    protected Delivery() {}

    /**
     * The stored columns of a delivery that its steps change, for stores that read and write rows
     * themselves (see {@link #restore(Row)}).
     */
    public record Row(
            long id,
            MessageState state,
            long eventTime,
            Long nextAttemptAt,
            Long dispatchedAt,
            int attempts,
            Integer lastSipStatus,
            String reason,
            String redirectUri,
            boolean redirected,
            String history) {}

    /**
     * A detached delivery with the state of a stored row, without its push: enough to apply a
     * {@link DeliveryStep} and read the new row back with {@link #toRow()}.
     */
    public static Delivery restore(Row row) {
        Delivery d = new Delivery();
        d.id = row.id();
        d.state = row.state();
        d.eventTime = row.eventTime();
        d.nextAttemptAt = row.nextAttemptAt();
        d.dispatchedAt = row.dispatchedAt();
        d.attempts = row.attempts();
        d.lastSipStatus = row.lastSipStatus();
        d.reason = row.reason();
        d.redirectUri = row.redirectUri();
        d.redirected = row.redirected();
        d.history = row.history();
        return d;
    }

    /** The columns that steps change, as they are now. */
    public Row toRow() {
        return new Row(
                id,
                state,
                eventTime,
                nextAttemptAt,
                dispatchedAt,
                attempts,
                lastSipStatus,
                reason,
                redirectUri,
                redirected,
                history);
    }

    /** Sets the key, for stores that assign keys themselves. */
    void assignId(long key) {
        if (id != null) {
            throw new IllegalStateException("delivery " + id + " has its key already");
        }
        id = key;
    }

    Delivery(Push push, int position, String papAddress, String aor, Instant firstAttemptAt) {
        this.push = Objects.requireNonNull(push, "push");
        this.position = position;
        this.papAddress = Objects.requireNonNull(papAddress, "papAddress");
        this.aor = Objects.requireNonNull(aor, "aor");
        this.partition = Partitions.of(aor);
        this.eventTime = push.receivedAt().toEpochMilli();
        this.nextAttemptAt = firstAttemptAt.toEpochMilli();
        this.priorityRank = push.priority().ordinal();
        log(
                push.receivedAt(),
                "accepted",
                null,
                firstAttemptAt.isAfter(push.receivedAt()) ? "deliver after " + firstAttemptAt : "");
    }

    /**
     * True when an attempt may start now: pending, its next attempt time reached, and no MESSAGE
     * out, or one out since before {@code staleBefore} that never got an answer.
     */
    public boolean isDueAt(Instant now, Instant staleBefore) {
        if (state.isFinal()) {
            return false;
        }
        if (dispatchedAt != null) {
            return dispatchedAt < staleBefore.toEpochMilli();
        }
        return nextAttemptAt != null && nextAttemptAt <= now.toEpochMilli();
    }

    /** True when the deliver-before-timestamp has passed. */
    public boolean isOverdueAt(Instant now) {
        return push.deliverBefore().map(limit -> !limit.isAfter(now)).orElse(false);
    }

    /** A MESSAGE was sent for this delivery. */
    public void dispatched(Instant now) {
        dispatched(now, "");
    }

    /** A MESSAGE was sent for this delivery to {@code target}. */
    public void dispatched(Instant now, String target) {
        requirePending();
        attempts++;
        dispatchedAt = now.toEpochMilli();
        log(now, "attempt " + attempts, null, target);
    }

    /**
     * A 3xx answer named another place to try. Returns false if the delivery was already
     * redirected once: a redirect is followed only once.
     */
    public boolean redirectTo(String contactUri, Instant now, int sipStatus) {
        requirePending();
        if (redirected || contactUri == null || contactUri.isBlank() || contactUri.length() > MAX_REDIRECT_URI) {
            return false;
        }
        redirected = true;
        redirectUri = contactUri;
        dispatchedAt = null;
        nextAttemptAt = now.toEpochMilli();
        lastSipStatus = sipStatus;
        log(now, "redirected", sipStatus, contactUri);
        return true;
    }

    /** The redirect target to use for this attempt, once. */
    public Optional<String> takeRedirect() {
        Optional<String> target = Optional.ofNullable(redirectUri);
        redirectUri = null;
        return target;
    }

    /** The terminal (or, where the delivery method allows, an intermediary) took the push. */
    public void delivered(Instant now, int sipStatus) {
        end(MessageState.DELIVERED, now, sipStatus, null);
    }

    /** The push cannot reach the terminal: a final failure answer or retries used up. */
    public void undeliverable(Instant now, Integer sipStatus, String why) {
        end(MessageState.UNDELIVERABLE, now, sipStatus, why);
    }

    /** The deliver-before-timestamp passed before the push was delivered. */
    public void expired(Instant now) {
        end(MessageState.EXPIRED, now, lastSipStatus, "deliver-before-timestamp passed");
    }

    /** The PI cancelled the push before it reached a final state (PAP §9.3). */
    public void cancelled(Instant now) throws CancellationNotPossibleException {
        if (state.isFinal()) {
            throw new CancellationNotPossibleException(papAddress, state);
        }
        end(MessageState.CANCELLED, now, lastSipStatus, "cancelled by the push initiator");
    }

    /**
     * Ends the delivery as {@code cancelled} for the reason given, for example because a newer
     * push replaced it (PAP 2.0 §9.2 replace-push-id). Like {@link #cancelled(Instant)}, it
     * refuses a delivery that is already final.
     */
    public void cancelled(Instant now, String why) throws CancellationNotPossibleException {
        if (state.isFinal()) {
            throw new CancellationNotPossibleException(papAddress, state);
        }
        end(MessageState.CANCELLED, now, lastSipStatus, Objects.requireNonNull(why, "why"));
    }

    /** A transient failure: try again at {@code at}. */
    public void retryAt(Instant at, Integer sipStatus, String why) {
        requirePending();
        dispatchedAt = null;
        nextAttemptAt = Objects.requireNonNull(at, "at").toEpochMilli();
        lastSipStatus = sipStatus;
        reason = fitted(why);
        log(Instant.now(), "retry at " + at, sipStatus, why);
    }

    /** No route to the terminal: wait, without a next attempt time, until it registers. */
    public void awaitRegistration() {
        requirePending();
        dispatchedAt = null;
        nextAttemptAt = null;
        reason = "waiting for the terminal to register";
        log(Instant.now(), "awaiting registration", null, "");
    }

    /** The terminal registered: attempt again now. */
    public void routeAvailable(Instant now) {
        requirePending();
        if (nextAttemptAt == null) {
            nextAttemptAt = now.toEpochMilli();
            log(now, "terminal registered", null, "");
        }
    }

    private void end(MessageState finalState, Instant now, Integer sipStatus, String why) {
        requirePending();
        state = finalState;
        eventTime = Objects.requireNonNull(now, "now").toEpochMilli();
        lastSipStatus = sipStatus;
        reason = fitted(why);
        dispatchedAt = null;
        nextAttemptAt = null;
        log(now, finalState.papName(), sipStatus, why);
    }

    private static String fitted(String why) {
        return why == null || why.length() <= MAX_REASON ? why : why.substring(0, MAX_REASON - 1) + "…";
    }

    private void log(Instant at, String what, Integer sipStatus, String detail) {
        history = DeliveryHistory.append(history, at, what, sipStatus, detail);
    }

    /** What happened to this delivery, oldest first. */
    public List<DeliveryEvent> history() {
        return DeliveryHistory.parse(history);
    }

    public int priorityRank() {
        return priorityRank;
    }

    private void requirePending() {
        if (state.isFinal()) {
            throw new IllegalStateException(
                    "delivery " + id + " is already " + state.papName() + "; final states never change");
        }
    }

    public boolean isFinal() {
        return state.isFinal();
    }

    public boolean isInFlight() {
        return dispatchedAt != null;
    }

    public Long id() {
        return id;
    }

    public Push push() {
        return push;
    }

    public int position() {
        return position;
    }

    public String papAddress() {
        return papAddress;
    }

    public String aor() {
        return aor;
    }

    public int partition() {
        return partition == null ? Partitions.of(aor) : partition;
    }

    public MessageState state() {
        return state;
    }

    public Instant eventTime() {
        return Instant.ofEpochMilli(eventTime);
    }

    public Optional<Instant> nextAttemptAt() {
        return Optional.ofNullable(nextAttemptAt).map(Instant::ofEpochMilli);
    }

    public int attempts() {
        return attempts;
    }

    public Optional<Integer> lastSipStatus() {
        return Optional.ofNullable(lastSipStatus);
    }

    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }
}
