package io.sipush.ppg.infrastructure.config;

import io.sipush.ppg.config.NotificationSettings;
import io.sipush.ppg.config.PpgSettings;
import io.sipush.ppg.push.notification.NotificationBackoff;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.enterprise.context.ApplicationScoped;
import javax.enterprise.inject.Produces;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Makes the settings injectable. They are read once, at start, through MicroProfile Config: an
 * environment variable, a {@code server.xml} {@code <variable>} or bootstrap.properties, the
 * environment winning ({@link EnvironmentFirstConfigSource}). {@link PpgSettings#from} stays the
 * one place that parses them.
 */
@ApplicationScoped
public class SettingsProducer {
    private final Map<String, String> values = settingValues(ConfigProvider.getConfig());
    private final PpgSettings settings = PpgSettings.from(values);
    private final NotificationSettings notificationSettings = NotificationSettings.from(values);

    @Produces
    public PpgSettings settings() {
        return settings;
    }

    @Produces
    public NotificationBackoff notificationBackoff() {
        return notificationSettings.backoff();
    }

    /** Every {@code PPG_*} setting the configuration knows, by name. */
    static Map<String, String> settingValues(Config config) {
        Map<String, String> values = new TreeMap<>();
        for (String name : config.getPropertyNames()) {
            if (name.startsWith(SettingNames.PREFIX)) {
                value(config, name).ifPresent(v -> values.put(name, v));
            }
        }
        for (String name : SettingNames.KNOWN) {
            value(config, name).ifPresent(v -> values.put(name, v));
        }
        return values;
    }

    private static Optional<String> value(Config config, String name) {
        return config.getOptionalValue(name, String.class);
    }
}
