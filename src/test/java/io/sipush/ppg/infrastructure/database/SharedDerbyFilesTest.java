package io.sipush.ppg.infrastructure.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import org.junit.jupiter.api.Test;

class SharedDerbyFilesTest {
    private static final String BOOTED =
            "Another instance of Derby may have already booted the database /srv/ppg/data/ppgdb.";

    @Test
    void finds_xsdb6_below_the_connection_failure_of_the_data_source() {
        SQLException xsdb6 = new SQLException(BOOTED, "XSDB6");
        SQLException boot = new SQLNonTransientConnectionException("Failed to start database", "XJ040", xsdb6);
        RuntimeException wrapped = new IllegalStateException("pool", boot);

        assertThat(SharedDerbyFiles.alreadyBooted(wrapped)).containsSame(xsdb6);
    }

    @Test
    void finds_xsdb6_among_the_next_exceptions() {
        SQLException boot = new SQLException("Failed to start database", "XJ040");
        SQLException xsdb6 = new SQLException(BOOTED, "XSDB6");
        boot.setNextException(xsdb6);

        assertThat(SharedDerbyFiles.alreadyBooted(boot)).containsSame(xsdb6);
    }

    @Test
    void other_connection_failures_are_not_a_shared_database() {
        SQLException refused = new SQLException("Connection refused", "08001");

        assertThat(SharedDerbyFiles.alreadyBooted(refused)).isEmpty();
        assertThat(SharedDerbyFiles.alreadyBooted(new IllegalStateException("no cause")))
                .isEmpty();
    }

    @Test
    void refusal_names_postgresql_the_setting_and_derbys_own_words() {
        String message = SharedDerbyFiles.refusal(new SQLException(BOOTED, "XSDB6"));

        assertThat(message)
                .contains("PostgreSQL", "PPG_DB=jdbc:postgresql://", "XSDB6", "/srv/ppg/data/ppgdb", "one instance");
    }
}
