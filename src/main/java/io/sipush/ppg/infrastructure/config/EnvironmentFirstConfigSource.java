package io.sipush.ppg.infrastructure.config;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * The process environment's {@code PPG_*} variables (Liberty's {@code server.env} included) as a
 * MicroProfile Config source that outranks every source Liberty adds, so that an environment
 * variable wins (DESIGN.md §4). On Liberty a {@code server.xml} {@code <variable value=...>} has
 * ordinal 500, bootstrap.properties (system properties) 400, MP Config's own environment source
 * only 300, and a {@code defaultValue} 1. Registered in
 * {@code META-INF/services/org.eclipse.microprofile.config.spi.ConfigSource}.
 */
public final class EnvironmentFirstConfigSource implements ConfigSource {
    /** Above Liberty's server.xml variables (500) and appProperties (600). */
    public static final int ORDINAL = 700;

    private final Map<String, String> values;

    public EnvironmentFirstConfigSource() {
        this(System.getenv());
    }

    EnvironmentFirstConfigSource(Map<String, String> environment) {
        Map<String, String> settings = new TreeMap<>();
        environment.forEach((name, value) -> {
            if (name.startsWith(SettingNames.PREFIX)) {
                settings.put(name, value);
            }
        });
        this.values = Map.copyOf(settings);
    }

    @Override
    public Map<String, String> getProperties() {
        return values;
    }

    @Override
    public Set<String> getPropertyNames() {
        return values.keySet();
    }

    @Override
    public String getValue(String propertyName) {
        return values.get(propertyName);
    }

    @Override
    public int getOrdinal() {
        return ORDINAL;
    }

    @Override
    public String getName() {
        return "PPG environment variables (ordinal " + ORDINAL + ")";
    }
}
