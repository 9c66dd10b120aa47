package io.sipush.ppg.infrastructure.config;

import io.sipush.ppg.config.NotificationSettings;
import io.sipush.ppg.config.PpgSettings;
import io.sipush.ppg.push.notification.NotificationBackoff;
import javax.enterprise.context.ApplicationScoped;
import javax.enterprise.inject.Produces;

/** Makes the settings injectable; they are read once, at start. */
@ApplicationScoped
public class SettingsProducer {
    private final PpgSettings settings = PpgSettings.fromEnvironment();
    private final NotificationSettings notificationSettings = NotificationSettings.fromEnvironment();

    @Produces
    public PpgSettings settings() {
        return settings;
    }

    @Produces
    public NotificationBackoff notificationBackoff() {
        return notificationSettings.backoff();
    }
}
