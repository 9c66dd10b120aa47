package io.sipush.ppg.pap;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The push-message control entity (WAP-247-PAP-20010429-a §9.2). Timestamps and optional strings
 * are null when absent. replace-push-id and replace-method exist from PAP 2.0 on; replace-method
 * defaults to {@code all}, and is {@code all} whenever there is no replace-push-id. The QoS
 * defaults to {@link QualityOfService#defaults()}.
 */
public record PushMessage(
        PapVersion version,
        String pushId,
        List<PushAddress> addresses,
        Instant deliverBeforeTimestamp,
        Instant deliverAfterTimestamp,
        String sourceReference,
        String ppgNotifyRequestedTo,
        boolean progressNotesRequested,
        String replacePushId,
        ReplaceMethod replaceMethod,
        QualityOfService qualityOfService)
        implements PapRequest {

    public PushMessage {
        Validation.requirePresent(version, "version");
        Validation.requireText(pushId, "push-id");
        addresses = Validation.copyOf(addresses, "address");
        Validation.requireBadRequest(!addresses.isEmpty(), "push-message has no address");
        Validation.requireBadRequest(
                deliverBeforeTimestamp == null
                        || deliverAfterTimestamp == null
                        || deliverAfterTimestamp.isBefore(deliverBeforeTimestamp),
                "deliver-after-timestamp is not before deliver-before-timestamp");
        sourceReference = Validation.emptyToNull(sourceReference);
        ppgNotifyRequestedTo = Validation.emptyToNull(ppgNotifyRequestedTo);
        requireHttpUrl(ppgNotifyRequestedTo);
        replacePushId = Validation.emptyToNull(replacePushId);
        Validation.requireBadRequest(
                replacePushId == null || version.supportsReplacement(),
                "replace-push-id is not defined in PAP " + version.label());
        replaceMethod = replaceMethod == null || replacePushId == null ? ReplaceMethod.ALL : replaceMethod;
        qualityOfService = qualityOfService == null ? QualityOfService.defaults() : qualityOfService;
    }

    /**
     * A validated push-message.
     *
     * @throws PapException 2000 when a required part is missing or the values contradict
     */
    public static PushMessage of(
            PapVersion version,
            String pushId,
            List<PushAddress> addresses,
            Instant deliverBeforeTimestamp,
            Instant deliverAfterTimestamp,
            String sourceReference,
            String ppgNotifyRequestedTo,
            boolean progressNotesRequested,
            String replacePushId,
            ReplaceMethod replaceMethod,
            QualityOfService qualityOfService)
            throws PapException {
        return Validation.construct(() -> new PushMessage(
                version,
                pushId,
                addresses,
                deliverBeforeTimestamp,
                deliverAfterTimestamp,
                sourceReference,
                ppgNotifyRequestedTo,
                progressNotesRequested,
                replacePushId,
                replaceMethod,
                qualityOfService));
    }

    public static Builder builder(PapVersion version, String pushId) {
        return new Builder(version, pushId);
    }

    private static void requireHttpUrl(String url) {
        Validation.requireBadRequest(
                url == null || isHttpUrl(url), "ppg-notify-requested-to is not an absolute http or https URL");
    }

    private static boolean isHttpUrl(String url) {
        try {
            URI uri = new URI(url);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** Collects the optional parts of a push-message; {@link #build()} validates. */
    public static final class Builder {
        private final PapVersion version;
        private final String pushId;
        private final List<PushAddress> addresses = new ArrayList<>();
        private Instant deliverBefore;
        private Instant deliverAfter;
        private String sourceReference;
        private String ppgNotifyRequestedTo;
        private boolean progressNotesRequested;
        private String replacePushId;
        private ReplaceMethod replaceMethod;
        private QualityOfService qualityOfService;

        private Builder(PapVersion version, String pushId) {
            this.version = version;
            this.pushId = pushId;
        }

        public Builder address(PushAddress address) {
            addresses.add(address);
            return this;
        }

        public Builder deliverBeforeTimestamp(Instant instant) {
            this.deliverBefore = instant;
            return this;
        }

        public Builder deliverAfterTimestamp(Instant instant) {
            this.deliverAfter = instant;
            return this;
        }

        public Builder sourceReference(String reference) {
            this.sourceReference = reference;
            return this;
        }

        public Builder ppgNotifyRequestedTo(String url) {
            this.ppgNotifyRequestedTo = url;
            return this;
        }

        public Builder progressNotesRequested(boolean requested) {
            this.progressNotesRequested = requested;
            return this;
        }

        public Builder replace(String pushIdToReplace, ReplaceMethod method) {
            this.replacePushId = pushIdToReplace;
            this.replaceMethod = method;
            return this;
        }

        public Builder qualityOfService(QualityOfService qos) {
            this.qualityOfService = qos;
            return this;
        }

        public PushMessage build() throws PapException {
            return of(
                    version,
                    pushId,
                    addresses,
                    deliverBefore,
                    deliverAfter,
                    sourceReference,
                    ppgNotifyRequestedTo,
                    progressNotesRequested,
                    replacePushId,
                    replaceMethod,
                    qualityOfService);
        }
    }
}
