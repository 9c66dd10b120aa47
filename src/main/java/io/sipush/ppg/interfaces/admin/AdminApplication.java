package io.sipush.ppg.interfaces.admin;

import java.util.Set;
import javax.annotation.security.DeclareRoles;
import javax.ws.rs.ApplicationPath;
import javax.ws.rs.core.Application;

/** The admin API's JAX-RS application, at {@code /ppg/api}. */
@ApplicationPath("/api")
@DeclareRoles(AdminApplication.ADMIN_ROLE)
public class AdminApplication extends Application {
    /** The role of web.xml's security constraint on {@code /api/*}. */
    public static final String ADMIN_ROLE = "ppg-admin";

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(
                PushInitiatorResource.class,
                AdminErrors.NotFound.class,
                AdminErrors.Conflict.class,
                AdminErrors.Invalid.class,
                AdminErrors.Unreadable.class,
                AdminErrors.Http.class,
                AdminErrors.Unexpected.class);
    }
}
