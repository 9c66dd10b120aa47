package io.sipush.ppg.infrastructure.metrics;

import io.sipush.ppg.monitoring.PapOperation;
import io.sipush.ppg.monitoring.PpgMetrics;
import io.sipush.ppg.monitoring.StoreCounts;
import io.sipush.ppg.pap.MessageState;
import io.sipush.ppg.push.DeliveryEnded;
import io.sipush.ppg.push.PushAccepted;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import javax.enterprise.context.ApplicationScoped;
import javax.enterprise.context.Initialized;
import javax.enterprise.event.Observes;
import javax.enterprise.event.TransactionPhase;
import javax.inject.Inject;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Gauge;
import org.eclipse.microprofile.metrics.Histogram;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricType;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The PPG's metrics in the application registry (Prometheus names get the prefix {@code
 * application_}, counters the suffix {@code _total}). Every counter exists from the start, at 0,
 * so that a rate is defined before the first event. Deliveries are counted per address: a push to
 * three addresses is one accepted push and three ended deliveries.
 */
@ApplicationScoped
public class MicroProfilePpgMetrics implements PpgMetrics {
    static final Duration GAUGE_MAX_AGE = Duration.ofSeconds(5);

    @Inject
    MetricRegistry registry;

    @Inject
    StoreCounts store;

    private Counter accepted;
    private Counter retries;
    private Counter unauthorized;
    private final Map<MessageState, Counter> ended = new EnumMap<>(MessageState.class);
    private final Map<MessageState, Histogram> latency = new EnumMap<>(MessageState.class);
    private final Counter[] sipAnswers = new Counter[SipAnswerClass.CLASSES.length];
    private Counter sipTransportErrors;
    private final Map<String, Counter> papRequests = new ConcurrentHashMap<>();

    void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        // Observing the start creates the bean, and with it every metric.
    }

    @javax.annotation.PostConstruct
    void register() {
        accepted = counter("ppg_pushes_accepted", "Pushes accepted and stored (PAP 1001)");
        retries = counter("ppg_delivery_retries", "Deliveries given a next attempt after a transient failure");
        unauthorized = counter("ppg_pap_unauthorized", "PAP requests refused with HTTP 401 (no valid PI credentials)");
        for (MessageState state : MessageState.values()) {
            if (state.isFinal()) {
                Tag tag = new Tag("state", state.papName());
                ended.put(
                        state, counter("ppg_deliveries_ended", "Deliveries that reached a final state, by state", tag));
                latency.put(state, latencyHistogram(tag));
            }
        }
        for (int i = 0; i < sipAnswers.length; i++) {
            sipAnswers[i] = sipCounter(SipAnswerClass.CLASSES[i]);
        }
        sipTransportErrors = sipCounter(SipAnswerClass.TRANSPORT_ERROR);
        gauge(
                "ppg_deliveries_pending",
                "Deliveries not final yet (PAP pending), from the store",
                store::pendingDeliveries);
        gauge(
                "ppg_result_notifications_pending",
                "Result notifications stored and not yet answered by the PI",
                store::pendingResultNotifications);
    }

    void onAccepted(@Observes(during = TransactionPhase.AFTER_SUCCESS) PushAccepted event) {
        accepted.inc();
    }

    void onEnded(@Observes(during = TransactionPhase.AFTER_SUCCESS) DeliveryEnded event) {
        deliveryEnded(event);
    }

    @Override
    public void deliveryEnded(DeliveryEnded event) {
        Counter counter = ended.get(event.state());
        if (counter != null) {
            counter.inc();
            latency.get(event.state())
                    .update(Math.max(
                            0,
                            Duration.between(event.receivedAt(), event.endedAt())
                                    .toMillis()));
        }
    }

    @Override
    public void papRequest(PapOperation operation, int code) {
        String key = operation.label() + '/' + code;
        papRequests
                .computeIfAbsent(
                        key,
                        k -> counter(
                                "ppg_pap_requests",
                                "PAP requests answered, by operation and PAP status code",
                                new Tag("operation", operation.label()),
                                new Tag("code", Integer.toString(code))))
                .inc();
    }

    @Override
    public void papUnauthorized() {
        unauthorized.inc();
    }

    @Override
    public void sipAnswer(int sipStatus) {
        int index = SipAnswerClass.indexOf(sipStatus);
        if (index >= 0) {
            sipAnswers[index].inc();
        }
    }

    @Override
    public void sipTransportError() {
        sipTransportErrors.inc();
    }

    @Override
    public void retryScheduled() {
        retries.inc();
    }

    private Counter sipCounter(String answerClass) {
        return counter(
                "ppg_sip_responses",
                "Final answers to push MESSAGEs by class; transport_error: the MESSAGE could not be sent",
                new Tag("class", answerClass));
    }

    private Counter counter(String name, String description, Tag... tags) {
        return registry.counter(
                Metadata.builder()
                        .withName(name)
                        .withDescription(description)
                        .withType(MetricType.COUNTER)
                        .build(),
                tags);
    }

    private Histogram latencyHistogram(Tag state) {
        return registry.histogram(
                Metadata.builder()
                        .withName("ppg_delivery_latency")
                        .withDescription("From the push's arrival to the delivery's final state, by state")
                        .withType(MetricType.HISTOGRAM)
                        .withUnit(MetricUnits.MILLISECONDS)
                        .build(),
                state);
    }

    private void gauge(String name, String description, LongSupplier count) {
        CachedCount cached = new CachedCount(count, GAUGE_MAX_AGE, Clock.systemUTC());
        Gauge<Long> gauge = cached::get;
        registry.register(
                Metadata.builder()
                        .withName(name)
                        .withDescription(description)
                        .withType(MetricType.GAUGE)
                        .build(),
                gauge);
    }
}
