package io.sipush.ppg.it;

import org.jboss.arquillian.core.spi.LoadableExtension;

/**
 * Registers {@link PpgServerDirectory} and {@link DeployOncePerServer} (META-INF/services of
 * it/resources).
 */
public final class PpgArquillianExtension implements LoadableExtension {
    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(PpgServerDirectory.class);
        builder.observer(DeployOncePerServer.class);
    }
}
