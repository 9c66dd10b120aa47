package io.sipush.ppg.interfaces.papserver;

import io.sipush.ppg.monitoring.LogValue;
import io.sipush.ppg.monitoring.PpgMetrics;
import io.sipush.ppg.pap.BadMessageResponse;
import io.sipush.ppg.pap.PapResponse;
import io.sipush.ppg.pap.PapVersion;
import io.sipush.ppg.pap.StatusCode;
import io.sipush.ppg.pap.codec.PapEncoder;
import io.sipush.ppg.pushinitiator.ClientCertificate;
import io.sipush.ppg.pushinitiator.application.AccountStoreUnavailable;
import io.sipush.ppg.pushinitiator.application.Authentication;
import io.sipush.ppg.pushinitiator.application.PushInitiatorAuthenticator;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.inject.Inject;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** {@code POST /ppg/pap}: the PAP endpoint over HTTP (WAP-247 §8, DESIGN.md §4). */
@WebServlet(urlPatterns = "/pap", loadOnStartup = 1)
public class PapServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(PapServlet.class.getName());
    private static final String PAP_CONTENT_TYPE = "application/xml; charset=UTF-8";

    @Inject
    transient PushInitiatorAuthenticator authenticator;

    @Inject
    transient PapEndpoint endpoint;

    @Inject
    transient PpgMetrics metrics;

    private final PapEncoder encoder = new PapEncoder();

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Authentication authentication;
        try {
            authentication = authenticator.authenticate(
                    request.getHeader("Authorization"), request.getRemoteAddr(), clientCertificate(request));
        } catch (AccountStoreUnavailable e) {
            LOG.warning(() -> "PAP request refused with 503: " + LogValue.of(e.getMessage()));
            write(
                    response,
                    HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                    PapReply.of(new BadMessageResponse(
                                    PapVersion.V2_1,
                                    StatusCode.SERVICE_UNAVAILABLE,
                                    "the push initiator accounts cannot be read now; nothing was accepted, try again later",
                                    null))
                            .response());
            return;
        }
        Optional<String> pi = authentication.piName();
        if (pi.isEmpty()) {
            metrics.papUnauthorized();
            response.setHeader("WWW-Authenticate", "Basic realm=\"ppg\", charset=\"UTF-8\"");
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED, "push initiator credentials required");
            return;
        }
        PapReply reply;
        try {
            reply = endpoint.handle(
                    authentication,
                    request.getRemoteAddr(),
                    request.getContentType(),
                    request.getContentLengthLong(),
                    request.getInputStream());
        } catch (IOException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "PAP request of push initiator " + LogValue.of(pi.get()) + " failed", e);
            reply = PapReply.of(new BadMessageResponse(
                    PapVersion.V2_1,
                    StatusCode.INTERNAL_SERVER_ERROR,
                    "internal error; nothing was accepted, try again later",
                    null));
        }
        write(response, reply.httpStatus(), reply.response());
    }

    private void write(HttpServletResponse response, int httpStatus, PapResponse papResponse) throws IOException {
        PapOutcome.of(papResponse).ifPresent(o -> metrics.papRequest(o.operation(), o.code()));
        byte[] body = encoder.encode(papResponse);
        response.setStatus(httpStatus);
        response.setContentType(PAP_CONTENT_TYPE);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** The TLS client certificate of an HTTPS request (Servlet 4.0 §3.10), if it came with one. */
    private static Optional<ClientCertificate> clientCertificate(HttpServletRequest request) {
        Object chain = request.getAttribute("javax.servlet.request.X509Certificate");
        if (!(chain instanceof X509Certificate[] certificates) || certificates.length == 0) {
            return Optional.empty();
        }
        try {
            byte[] sha256 = MessageDigest.getInstance("SHA-256").digest(certificates[0].getEncoded());
            return Optional.of(new ClientCertificate(
                    certificates[0].getSubjectX500Principal().getName(),
                    HexFormat.of().formatHex(sha256)));
        } catch (GeneralSecurityException e) {
            return Optional.empty();
        }
    }
}
