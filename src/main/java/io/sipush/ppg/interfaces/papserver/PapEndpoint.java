package io.sipush.ppg.interfaces.papserver;

import io.sipush.ppg.config.PpgSettings;
import io.sipush.ppg.pap.BadMessageResponse;
import io.sipush.ppg.pap.CancelMessage;
import io.sipush.ppg.pap.CcqMessage;
import io.sipush.ppg.pap.PapException;
import io.sipush.ppg.pap.PapRequest;
import io.sipush.ppg.pap.PapResponse;
import io.sipush.ppg.pap.PapVersion;
import io.sipush.ppg.pap.PushMessage;
import io.sipush.ppg.pap.StatusCode;
import io.sipush.ppg.pap.StatusQueryMessage;
import io.sipush.ppg.pap.codec.PapDecoder;
import io.sipush.ppg.pap.mime.ContentEntity;
import io.sipush.ppg.pap.mime.MultipartRelatedReader;
import io.sipush.ppg.pap.mime.PushSubmissionEntity;
import io.sipush.ppg.pushinitiator.application.Authentication;
import io.sipush.ppg.pushinitiator.application.PolicyEnforcement;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import javax.enterprise.context.ApplicationScoped;
import javax.inject.Inject;

/**
 * Turns one authenticated PAP request into its reply: a push-message arrives as
 * multipart/related (PAP §8.2), every other operation as a plain XML entity.
 */
@ApplicationScoped
public class PapEndpoint {
    @Inject
    PpgSettings settings;

    @Inject
    PushOperations operations;

    @Inject
    PolicyEnforcement policies;

    private final MultipartRelatedReader multipart = new MultipartRelatedReader();
    private volatile PapDecoder decoder;

    /**
     * @param authentication the PI, accepted or (outside its IP allow-list) to be refused 2001
     * @param remoteAddress the client's IP address, for the PI's IP allow-list
     */
    PapReply handle(
            Authentication authentication,
            String remoteAddress,
            String contentType,
            long contentLength,
            InputStream body)
            throws IOException {
        String piName = authentication.name();
        int limit = settings.papLimits().maxRequestBytes();
        byte[] control = null;
        try {
            if (contentLength > limit) {
                throw BoundedBody.tooLarge(limit);
            }
            if (isMultipart(contentType)) {
                PushSubmissionEntity entity = multipart.read(contentType, body, settings.papLimits());
                control = entity.controlEntity();
                PushMessage push = decodePush(control);
                Optional<PapResponse> refusal = refusal(authentication, remoteAddress, push, entity.content());
                return refusal.isPresent() ? PapReply.of(refusal.get()) : operations.push(piName, push, entity);
            }
            control = BoundedBody.read(body, limit);
            PapRequest request = decoder().decodeRequest(control);
            Optional<PapResponse> refusal = refusal(authentication, remoteAddress, request, null);
            return refusal.isPresent() ? PapReply.of(refusal.get()) : dispatch(piName, request);
        } catch (PapException e) {
            return PapReply.of(BadMessageResponse.of(versionOf(control), e));
        }
    }

    private Optional<PapResponse> refusal(
            Authentication authentication, String remoteAddress, PapRequest request, ContentEntity content) {
        if (!authentication.isAccepted()) {
            return Optional.of(policies.outsideAllowList(authentication.name(), remoteAddress, request));
        }
        return policies.refusal(authentication.name(), remoteAddress, request, content);
    }

    private PapReply dispatch(String piName, PapRequest request) throws PapException {
        if (request instanceof StatusQueryMessage query) {
            return operations.statusQuery(piName, query);
        }
        if (request instanceof CancelMessage cancel) {
            return operations.cancel(piName, cancel);
        }
        if (request instanceof CcqMessage ccq) {
            return operations.clientCapabilities(ccq);
        }
        if (request instanceof PushMessage) {
            throw new PapException(
                    StatusCode.BAD_REQUEST,
                    "a push-message must come as multipart/related with the content as its second part",
                    null);
        }
        throw new PapException(
                StatusCode.BAD_REQUEST, "the PPG does not accept this message from a push initiator", null);
    }

    private PushMessage decodePush(byte[] control) throws PapException {
        PapRequest request = decoder().decodeRequest(control);
        if (request instanceof PushMessage push) {
            return push;
        }
        throw new PapException(
                StatusCode.BAD_REQUEST,
                "the control entity of a multipart/related request must be a push-message",
                null);
    }

    /** One decoder for the endpoint: it is thread-safe, and building its parser factory is not cheap. */
    private PapDecoder decoder() {
        PapDecoder current = decoder;
        if (current == null) {
            current = new PapDecoder(settings.papLimits());
            decoder = current;
        }
        return current;
    }

    private PapVersion versionOf(byte[] control) {
        return control == null ? PapVersion.V2_1 : decoder().sniffVersion(control);
    }

    private static boolean isMultipart(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }
}
