package io.sipush.ppg.interfaces.admin;

import java.util.Locale;
import java.util.Set;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.Provider;

/**
 * Every POST, PUT or PATCH of the admin API must say {@code Content-Type: application/json}, even
 * one without a body (cancel): a browser sends that type cross-site only after a CORS preflight,
 * which the API never grants, so another web site cannot make an operator's browser cancel a
 * push or change an account with a form or a simple request. A DELETE with a form's content
 * type is refused too. Anything else gets 415 with a JSON reason (issue 13 item 12).
 */
@Provider
@PreMatching
public class JsonOnlyWrites implements ContainerRequestFilter {
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH");
    private static final Set<String> FORM_TYPES =
            Set.of("application/x-www-form-urlencoded", "multipart/form-data", "text/plain");

    @Override
    public void filter(ContainerRequestContext request) {
        String method = request.getMethod().toUpperCase(Locale.ROOT);
        String type = mediaType(request.getHeaderString(HttpHeaders.CONTENT_TYPE));
        boolean refused = WRITES.contains(method) ? !type.equals("application/json") : FORM_TYPES.contains(type);
        if (refused) {
            request.abortWith(AdminErrors.reply(
                    Response.Status.UNSUPPORTED_MEDIA_TYPE,
                    method + " requests of the admin API must have Content-Type: application/json, not "
                            + (type.isEmpty() ? "none" : type)));
        }
    }

    private static String mediaType(String header) {
        if (header == null) {
            return "";
        }
        int semicolon = header.indexOf(';');
        return (semicolon < 0 ? header : header.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }
}
