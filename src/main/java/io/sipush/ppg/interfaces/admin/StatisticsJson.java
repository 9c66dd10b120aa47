package io.sipush.ppg.interfaces.admin;

import io.sipush.ppg.pap.MessageState;
import io.sipush.ppg.push.PushCounts;
import io.sipush.ppg.push.application.GatewayStatistics;
import javax.json.bind.annotation.JsonbPropertyOrder;

/**
 * The counters: pushes accepted; deliveries (one per push and address) by state; what the pending
 * ones do ({@code inFlight}, {@code failing}: failed at least once and waiting for a retry, {@code
 * awaitingRegistration}); registered terminals; result notifications not yet answered or given up.
 */
@JsonbPropertyOrder({
    "at",
    "accepted",
    "deliveries",
    "delivered",
    "pending",
    "inFlight",
    "failing",
    "awaitingRegistration",
    "undeliverable",
    "expired",
    "timeout",
    "cancelled",
    "aborted",
    "registeredTerminals",
    "resultNotificationsPending",
    "resultNotificationsAbandoned"
})
public class StatisticsJson {
    public String at;
    public long accepted;
    public long deliveries;
    public long delivered;
    public long pending;
    public long inFlight;
    public long failing;
    public long awaitingRegistration;
    public long undeliverable;
    public long expired;
    public long timeout;
    public long cancelled;
    public long aborted;
    public long registeredTerminals;
    public long resultNotificationsPending;
    public long resultNotificationsAbandoned;

    static StatisticsJson of(GatewayStatistics statistics) {
        PushCounts counts = statistics.counts();
        StatisticsJson json = new StatisticsJson();
        json.at = Json.time(statistics.at());
        json.accepted = counts.pushes();
        json.deliveries = counts.deliveriesByState().values().stream()
                .mapToLong(Long::longValue)
                .sum();
        json.delivered = counts.deliveries(MessageState.DELIVERED);
        json.pending = counts.deliveries(MessageState.PENDING);
        json.inFlight = counts.inFlight();
        json.failing = counts.retrying();
        json.awaitingRegistration = counts.awaitingRegistration();
        json.undeliverable = counts.deliveries(MessageState.UNDELIVERABLE);
        json.expired = counts.deliveries(MessageState.EXPIRED);
        json.timeout = counts.deliveries(MessageState.TIMEOUT);
        json.cancelled = counts.deliveries(MessageState.CANCELLED);
        json.aborted = counts.deliveries(MessageState.ABORTED);
        json.registeredTerminals = statistics.registeredTerminals();
        json.resultNotificationsPending = counts.notificationsPending();
        json.resultNotificationsAbandoned = counts.notificationsAbandoned();
        return json;
    }
}
