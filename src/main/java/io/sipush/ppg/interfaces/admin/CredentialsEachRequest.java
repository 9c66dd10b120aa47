package io.sipush.ppg.interfaces.admin;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.Provider;

/**
 * Every admin request carries its own credentials. A request that the container let in on a
 * cookie alone (the single sign-on cookie a login to the container console sets) is refused, so
 * that another web site cannot make an operator's browser act on the API.
 */
@Provider
@PreMatching
public class CredentialsEachRequest implements ContainerRequestFilter {
    @Override
    public void filter(ContainerRequestContext request) {
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            request.abortWith(Response.fromResponse(AdminErrors.reply(
                            Response.Status.UNAUTHORIZED, "send the admin credentials with each request (HTTP Basic)"))
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"ppg-admin\"")
                    .build());
        }
    }
}
