package io.sipush.ppg.infrastructure.config;

import javax.enterprise.context.ApplicationScoped;
import javax.enterprise.inject.Produces;

/** Makes the settings injectable; they are read once, at start. */
@ApplicationScoped
public class SettingsProducer {
    private final PpgSettings settings = PpgSettings.fromEnvironment();

    @Produces
    public PpgSettings settings() {
        return settings;
    }
}
