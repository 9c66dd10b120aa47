package io.sipush.ppg.infrastructure.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.servlet.ServletContainerInitializer;
import javax.servlet.ServletContext;
import javax.servlet.ServletException;
import javax.sql.DataSource;

/**
 * Before anything of the application runs (a container initializer comes before every listener and
 * CDI's start event), opens one connection of {@code jdbc/ppg}. When Derby answers that another
 * JVM has booted the same database files (a second instance on the same {@code PPG_DATA_DIR}), it
 * logs {@link SharedDerbyFiles#refusal} as SEVERE and stops the server process: an instance that
 * cannot own its store must not answer PAP, look ready to a load balancer, or send a MESSAGE.
 * (Liberty still reports a web application "started" when its initialisation failed, so failing
 * the start alone would leave a half-working instance behind.) Any other failure is left to the
 * readiness check: the database may just be late.
 */
public class EmbeddedDerbyGuard implements ServletContainerInitializer {
    private static final Logger LOG = Logger.getLogger(EmbeddedDerbyGuard.class.getName());
    /** The server's exit status, as a refusal of the configuration (sysexits EX_CONFIG). */
    static final int EXIT_STATUS = 78;

    @Override
    public void onStartup(Set<Class<?>> classes, ServletContext context) throws ServletException {
        Optional<SQLException> refused = alreadyBootedElsewhere();
        if (refused.isPresent()) {
            String message = SharedDerbyFiles.refusal(refused.get());
            LOG.severe(message);
            stopTheServer();
            throw new ServletException(message);
        }
    }

    private static Optional<SQLException> alreadyBootedElsewhere() {
        try (Connection connection = dataSource().getConnection()) {
            return Optional.empty();
        } catch (SQLException | NamingException | RuntimeException e) {
            LOG.log(Level.FINE, "first connection of jdbc/ppg failed", e);
            return SharedDerbyFiles.alreadyBooted(e);
        }
    }

    private static DataSource dataSource() throws NamingException {
        return (DataSource) new InitialContext().lookup("jdbc/ppg");
    }

    /** On a thread of its own: the shutdown hooks wait for the application start to give up. */
    private static void stopTheServer() {
        Thread exit = new Thread(() -> System.exit(EXIT_STATUS), "ppg-refused-start");
        exit.setDaemon(true);
        exit.start();
    }
}
