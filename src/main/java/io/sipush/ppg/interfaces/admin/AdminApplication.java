package io.sipush.ppg.interfaces.admin;

import java.util.Set;
import javax.annotation.security.DeclareRoles;
import javax.ws.rs.ApplicationPath;
import javax.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The admin API's JAX-RS application, at {@code /ppg/api}; its OpenAPI document is at {@code
 * /openapi} (mpOpenAPI).
 */
@ApplicationPath("/api")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "SIP Push Proxy Gateway admin API",
                        version = "1",
                        description = "Pushes, terminals, PI accounts and counters, for the role ppg-admin "
                                + "(HTTP Basic, user admin). Errors are {\"error\": \"<reason>\"}."),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
@DeclareRoles(AdminApplication.ADMIN_ROLE)
public class AdminApplication extends Application {
    /** The role of web.xml's security constraint on {@code /api/*}. */
    public static final String ADMIN_ROLE = "ppg-admin";

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(
                PushInitiatorResource.class,
                PushResource.class,
                TerminalResource.class,
                StatisticsResource.class,
                CredentialsEachRequest.class,
                JsonOnlyWrites.class,
                AdminErrors.UnknownPush.class,
                AdminErrors.UnknownTerminal.class,
                AdminErrors.NotFound.class,
                AdminErrors.Conflict.class,
                AdminErrors.Invalid.class,
                AdminErrors.Unreadable.class,
                AdminErrors.Http.class,
                AdminErrors.Unexpected.class);
    }
}
