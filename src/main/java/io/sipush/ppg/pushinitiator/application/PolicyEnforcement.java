package io.sipush.ppg.pushinitiator.application;

import io.sipush.ppg.cluster.ClusterView;
import io.sipush.ppg.config.PpgSettings;
import io.sipush.ppg.monitoring.LogValue;
import io.sipush.ppg.pap.BadMessageResponse;
import io.sipush.ppg.pap.CancelMessage;
import io.sipush.ppg.pap.CancelResponse;
import io.sipush.ppg.pap.CancelResult;
import io.sipush.ppg.pap.CcqMessage;
import io.sipush.ppg.pap.CcqResponse;
import io.sipush.ppg.pap.MessageState;
import io.sipush.ppg.pap.PapRequest;
import io.sipush.ppg.pap.PapResponse;
import io.sipush.ppg.pap.PushAddress;
import io.sipush.ppg.pap.PushApplicationId;
import io.sipush.ppg.pap.PushMessage;
import io.sipush.ppg.pap.PushResponse;
import io.sipush.ppg.pap.StatusCode;
import io.sipush.ppg.pap.StatusQueryMessage;
import io.sipush.ppg.pap.StatusQueryResponse;
import io.sipush.ppg.pap.StatusQueryResult;
import io.sipush.ppg.pap.mime.ContentEntity;
import io.sipush.ppg.push.PpgSender;
import io.sipush.ppg.push.notification.NotificationTargetRule;
import io.sipush.ppg.pushinitiator.PushInitiator;
import io.sipush.ppg.pushinitiator.PushInitiatorChanged;
import io.sipush.ppg.pushinitiator.PushInitiatorPolicy;
import io.sipush.ppg.pushinitiator.PushInitiatorRepository;
import io.sipush.ppg.pushinitiator.RateLimiter;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import javax.enterprise.context.ApplicationScoped;
import javax.enterprise.event.Observes;
import javax.enterprise.event.TransactionPhase;
import javax.enterprise.inject.Instance;
import javax.inject.Inject;

/**
 * Applies the authenticated PI's policy to a decoded PAP request before it is carried out: the
 * client's IP address, the request rate, and for a push the application ID, the addresses and
 * the content size and the result notification URL (for a ccq-message the address and app-id). A
 * violation is refused with 2001
 * FORBIDDEN (WAP-247-PAP-20010429-a §9.13) in the reply that matches the request, with a desc
 * naming the rule; nothing of a refused request is stored.
 */
@ApplicationScoped
public class PolicyEnforcement {
    private static final Logger LOG = Logger.getLogger(PolicyEnforcement.class.getName());
    private static final int MAX_POLICIES = 10_000;

    @Inject
    PushInitiatorRepository accounts;

    @Inject
    PpgSettings settings;

    /** The live instances share each PI's rate limit (docs/cluster.md); absent in unit tests. */
    @Inject
    Instance<ClusterView> cluster;

    private final RateLimiter rateLimiter = new RateLimiter();
    private volatile NotificationTargetRule notificationTargets;

    /** Policies of enabled accounts, so that a request does not query the store. */
    private final Map<String, PushInitiatorPolicy> policies = new ConcurrentHashMap<>();

    private final AtomicLong changes = new AtomicLong();

    /**
     * The refusal of a request that breaks the PI's policy, or empty when it may go ahead.
     *
     * @param content the content entity of a push, null for other requests
     */
    public Optional<PapResponse> refusal(
            String piName, String remoteAddress, PapRequest request, ContentEntity content) {
        Optional<String> violation = violation(piName, remoteAddress, request, content);
        violation.ifPresent(why ->
                LOG.fine(() -> "refused a request of push initiator " + LogValue.of(piName) + ": " + LogValue.of(why)));
        return violation.map(why -> forbidden(request, why));
    }

    /**
     * The 2001 refusal of a request from outside the PI's IP allow-list, decided before its
     * password was looked at.
     */
    public PapResponse outsideAllowList(String piName, String remoteAddress, PapRequest request) {
        return forbidden(request, outsideAllowListReason(piName, remoteAddress));
    }

    private static String outsideAllowListReason(String piName, String remoteAddress) {
        return "client address " + remoteAddress + " is not in the IP allow-list of push initiator " + piName;
    }

    /** A changed account starts again with a full bucket. */
    void restartRateLimit(@Observes(during = TransactionPhase.AFTER_SUCCESS) PushInitiatorChanged change) {
        rateLimiter.forget(change.name());
    }

    /**
     * Forgets the account's policy once a change has ended; a load that was under way meanwhile
     * (it may have read the old state) does not keep its result.
     */
    void forgetPolicy(@Observes(during = TransactionPhase.AFTER_COMPLETION) PushInitiatorChanged change) {
        changes.incrementAndGet();
        policies.remove(change.name());
    }

    private int liveInstances() {
        return cluster == null || !cluster.isResolvable() ? 1 : cluster.get().liveInstances();
    }

    private Optional<PushInitiatorPolicy> policyOf(String piName) {
        PushInitiatorPolicy known = policies.get(piName);
        if (known != null) {
            return Optional.of(known);
        }
        long changesBefore = changes.get();
        Optional<PushInitiatorPolicy> policy =
                accounts.find(piName).filter(PushInitiator::isEnabled).map(PushInitiator::policy);
        if (policy.isPresent() && changes.get() == changesBefore) {
            if (policies.size() >= MAX_POLICIES) {
                policies.clear();
            }
            policies.put(piName, policy.get());
        }
        return policy;
    }

    private Optional<String> violation(String piName, String remoteAddress, PapRequest request, ContentEntity content) {
        Optional<PushInitiatorPolicy> known = policyOf(piName);
        if (known.isEmpty()) {
            return Optional.of("the account of push initiator " + piName + " no longer exists or is disabled");
        }
        PushInitiatorPolicy policy = known.get();
        if (!policy.allowsClientAddress(remoteAddress)) {
            return Optional.of(outsideAllowListReason(piName, remoteAddress));
        }
        int share = RateLimiter.shareOf(policy.rateLimitPerSecond(), liveInstances());
        if (!rateLimiter.tryAcquire(piName, share, System.nanoTime())) {
            return Optional.of("rate limit of " + policy.rateLimitPerSecond() + " requests/s exceeded");
        }
        if (request instanceof PushMessage push) {
            return pushViolation(piName, policy, push, content);
        }
        if (request instanceof CcqMessage ccq) {
            Optional<String> app = ccq.appId() == null
                    ? Optional.empty()
                    : applicationViolation(piName, policy, PushApplicationId.parse(ccq.appId()));
            return app.or(() -> addressViolation(piName, policy, List.of(ccq.address())));
        }
        return Optional.empty();
    }

    private Optional<String> pushViolation(
            String piName, PushInitiatorPolicy policy, PushMessage push, ContentEntity content) {
        if (content != null) {
            Optional<String> app = applicationViolation(piName, policy, content.applicationId());
            if (app.isPresent()) {
                return app;
            }
            Optional<Integer> limit = policy.contentLimit();
            if (limit.isPresent() && content.body().length > limit.get()) {
                return Optional.of("content of " + content.body().length + " bytes exceeds the limit of " + limit.get()
                        + " bytes of push initiator " + piName);
            }
        }
        return notificationViolation(piName, policy, push.ppgNotifyRequestedTo())
                .or(() -> addressViolation(piName, policy, push.addresses()));
    }

    /** DESIGN.md §4 Result notification: the PPG's own rule, then the PI's URL prefixes. */
    private Optional<String> notificationViolation(String piName, PushInitiatorPolicy policy, String url) {
        if (url == null) {
            return Optional.empty();
        }
        if (!policy.allowsNotificationUrl(url)) {
            return Optional.of("the notification URL " + url + " starts with no notification URL prefix of push"
                    + " initiator " + piName + " (allowed: " + String.join(", ", policy.notificationUrlPrefixes())
                    + ")");
        }
        return notificationTargets().refusal(url);
    }

    private NotificationTargetRule notificationTargets() {
        NotificationTargetRule rule = notificationTargets;
        if (rule == null) {
            rule = new NotificationTargetRule(settings.ownHttpPorts());
            notificationTargets = rule;
        }
        return rule;
    }

    private static Optional<String> applicationViolation(
            String piName, PushInitiatorPolicy policy, PushApplicationId id) {
        return policy.allowsApplication(id)
                ? Optional.empty()
                : Optional.of("push application ID " + id.urn() + " is not allowed for push initiator " + piName
                        + " (allowed: " + String.join(", ", policy.applicationIds()) + ")");
    }

    private Optional<String> addressViolation(String piName, PushInitiatorPolicy policy, List<PushAddress> addresses) {
        for (PushAddress address : addresses) {
            String uri = address.toSipUri(settings.homeDomain());
            if (!policy.allowsAddress(uri)) {
                return Optional.of("address " + address.papValue() + " (" + uri
                        + ") matches no address pattern of push initiator " + piName + " (allowed: "
                        + String.join(", ", policy.addressPatterns()) + ")");
            }
        }
        return Optional.empty();
    }

    private PapResponse forbidden(PapRequest request, String why) {
        if (request instanceof PushMessage push) {
            return new PushResponse(
                    push.version(),
                    push.pushId(),
                    settings.sipIdentity(),
                    PpgSender.NAME,
                    Instant.now(),
                    StatusCode.FORBIDDEN,
                    why);
        }
        if (request instanceof StatusQueryMessage query) {
            return new StatusQueryResponse(
                    query.version(),
                    query.pushId(),
                    List.of(new StatusQueryResult(
                            StatusCode.FORBIDDEN, why, MessageState.UNKNOWN, null, query.addresses())));
        }
        if (request instanceof CancelMessage cancel) {
            return new CancelResponse(
                    cancel.version(),
                    cancel.pushId(),
                    List.of(new CancelResult(StatusCode.FORBIDDEN, why, cancel.addresses())));
        }
        if (request instanceof CcqMessage ccq) {
            return new CcqResponse(ccq.version(), ccq.queryId(), StatusCode.FORBIDDEN, why, ccq.address(), Map.of());
        }
        return new BadMessageResponse(request.version(), StatusCode.FORBIDDEN, why, null);
    }
}
