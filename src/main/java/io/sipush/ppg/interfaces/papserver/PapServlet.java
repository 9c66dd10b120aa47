package io.sipush.ppg.interfaces.papserver;

import io.sipush.ppg.monitoring.PpgMetrics;
import io.sipush.ppg.pap.BadMessageResponse;
import io.sipush.ppg.pap.PapVersion;
import io.sipush.ppg.pap.StatusCode;
import io.sipush.ppg.pap.codec.PapEncoder;
import io.sipush.ppg.pushinitiator.application.PushInitiatorAuthenticator;
import java.io.IOException;
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
        Optional<String> pi = authenticator.authenticate(request.getHeader("Authorization"));
        if (pi.isEmpty()) {
            metrics.papUnauthorized();
            response.setHeader("WWW-Authenticate", "Basic realm=\"ppg\", charset=\"UTF-8\"");
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED, "push initiator credentials required");
            return;
        }
        PapReply reply;
        try {
            reply = endpoint.handle(
                    pi.get(),
                    request.getRemoteAddr(),
                    request.getContentType(),
                    request.getContentLengthLong(),
                    request.getInputStream());
        } catch (IOException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "PAP request of push initiator " + pi.get() + " failed", e);
            reply = PapReply.of(new BadMessageResponse(
                    PapVersion.V2_1,
                    StatusCode.INTERNAL_SERVER_ERROR,
                    "internal error; nothing was accepted, try again later",
                    null));
        }
        PapOutcome.of(reply.response()).ifPresent(o -> metrics.papRequest(o.operation(), o.code()));
        byte[] body = encoder.encode(reply.response());
        response.setStatus(reply.httpStatus());
        response.setContentType(PAP_CONTENT_TYPE);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
