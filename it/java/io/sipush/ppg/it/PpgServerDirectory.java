package io.sipush.ppg.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jboss.arquillian.container.spi.event.SetupContainer;
import org.jboss.arquillian.core.api.annotation.Observes;

/**
 * Makes the Liberty server of an {@link ArquillianPpg} container before Arquillian sets it up: a
 * fresh copy of the configuration of the server that the build installed ({@code liberty:create}
 * in pre-integration-test, server {@code ppg}), so there is no second {@code liberty:create}
 * execution in the build (DESIGN.md section 2, "Known traps"). The copy differs in three ways:
 *
 * <ul>
 *   <li>no {@code <webApplication>}: Arquillian deploys the WAR as an {@code <application>} of
 *       server.xml, with the role binding of {@code application-bnd.xml} written here;
 *   <li>{@code server.env} sets the container's PPG variables, which the application reads from
 *       its environment (Liberty's start script exports server.env);
 *   <li>no apps, logs or data: each run starts on an empty database.
 * </ul>
 */
public final class PpgServerDirectory {
    private static final Set<String> NOT_COPIED = Set.of("apps", "dropins", "logs", "workarea", "data", "resources");

    /** Runs before Arquillian's own observer, which reads the server directory at setup. */
    public void prepare(@Observes(precedence = 100) SetupContainer event) {
        ArquillianPpg ppg = ArquillianPpg.ofQualifier(event.getContainerName());
        try {
            write(ppg);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the Liberty server " + ppg.serverName(), e);
        }
    }

    static void write(ArquillianPpg ppg) throws IOException {
        Path template = ppg.serverDirectory().resolveSibling(System.getProperty("ppg.server.name", "ppg"));
        Path server = ppg.serverDirectory();
        deleteRecursively(server);
        copyConfiguration(template, server);
        Path serverXml = server.resolve("server.xml");
        Files.writeString(serverXml, withoutWebApplication(Files.readString(serverXml, StandardCharsets.UTF_8)));
        Files.writeString(server.resolve("server.env"), serverEnv(template, ppg.variables()));
        Files.writeString(server.resolve("application-bnd.xml"), APPLICATION_BND);
    }

    /** The role binding that the build's {@code <webApplication>} carries: admin is ppg-admin. */
    private static final String APPLICATION_BND = """
            <application-bnd>
              <security-role name="ppg-admin">
                <user name="admin"/>
              </security-role>
            </application-bnd>
            """;

    static String withoutWebApplication(String serverXml) {
        String stripped = serverXml.replaceAll("(?s)<webApplication\\b.*?</webApplication>", "");
        if (stripped.equals(serverXml)) {
            throw new IllegalStateException("server.xml has no <webApplication> to leave to Arquillian");
        }
        return stripped;
    }

    /** The build's server.env (the container console's include), then this container's variables. */
    private static String serverEnv(Path template, Map<String, String> variables) throws IOException {
        Path env = template.resolve("server.env");
        StringBuilder text = new StringBuilder(Files.exists(env) ? Files.readString(env, StandardCharsets.UTF_8) : "");
        text.append("\n# The Arquillian container's variables (it/java/.../ArquillianPpg)\n");
        variables.forEach(
                (name, value) -> text.append(name).append('=').append(value).append('\n'));
        boolean admin = !variables.getOrDefault("PPG_ADMIN_PASSWORD", "").isEmpty();
        text.append("PPG_ADMIN_CENTER_INCLUDE=admin-center")
                .append(admin ? ".xml" : "")
                .append('\n');
        return text.toString();
    }

    private static void copyConfiguration(Path template, Path server) throws IOException {
        if (!Files.isRegularFile(template.resolve("server.xml"))) {
            throw new IllegalStateException(
                    "no Liberty server at " + template + ": run the build's pre-integration-test phase first");
        }
        try (Stream<Path> paths = Files.walk(template)) {
            for (Path source : paths.filter(p -> copied(template, p)).toList()) {
                Path target = server.resolve(template.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }

    private static boolean copied(Path template, Path path) {
        Path relative = template.relativize(path);
        return relative.getNameCount() == 0
                || !NOT_COPIED.contains(relative.getName(0).toString());
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
