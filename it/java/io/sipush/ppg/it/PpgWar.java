package io.sipush.ppg.it;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The deployment of every Arquillian test class: the real WAR that {@code mvn package} built
 * ({@code target/ppg.war}, with its sip.xml), unchanged, named ppg.war so that Liberty serves it
 * under /ppg.
 */
public final class PpgWar {
    private PpgWar() {}

    public static WebArchive build() {
        Path war = Path.of(System.getProperty("basedir", "."), "target", "ppg.war");
        if (!Files.isRegularFile(war)) {
            throw new IllegalStateException(war + " is missing: run mvn package first");
        }
        return ShrinkWrap.create(ZipImporter.class, "ppg.war")
                .importFrom(war.toFile())
                .as(WebArchive.class);
    }
}
