package io.sipush.ppg.infrastructure.health;

import java.sql.Connection;
import java.sql.SQLException;
import javax.annotation.Resource;
import javax.enterprise.context.ApplicationScoped;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the store answers: a connection from jdbc/ppg that the driver finds valid. */
@Readiness
@ApplicationScoped
public class DatabaseCheck implements HealthCheck {
    private static final int TIMEOUT_SECONDS = 2;

    @Resource(lookup = "jdbc/ppg")
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        boolean valid;
        String detail;
        try (Connection connection = dataSource.getConnection()) {
            valid = connection.isValid(TIMEOUT_SECONDS);
            detail = valid ? connection.getMetaData().getDatabaseProductName() : "connection not valid";
        } catch (SQLException | RuntimeException e) {
            valid = false;
            detail = "not reachable: " + e.getClass().getSimpleName();
        }
        return HealthCheckResponse.named("database")
                .withData("database", detail)
                .state(valid)
                .build();
    }
}
