package io.sipush.ppg.infrastructure.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.junit.jupiter.api.Test;

class SettingsProducerTest {

    @Test
    void environment_source_holds_only_ppg_variables() {
        EnvironmentFirstConfigSource source =
                new EnvironmentFirstConfigSource(Map.of("PPG_HOME_DOMAIN", "env.example.org", "HOME", "/root"));

        assertThat(source.getProperties()).containsOnlyKeys("PPG_HOME_DOMAIN");
        assertThat(source.getValue("PPG_HOME_DOMAIN")).isEqualTo("env.example.org");
        assertThat(source.getValue("HOME")).isNull();
    }

    @Test
    void environment_source_outranks_liberty_server_xml_variables_and_app_properties() {
        assertThat(new EnvironmentFirstConfigSource(Map.of()).getOrdinal()).isGreaterThan(600);
    }

    @Test
    void setting_values_gathers_listed_ppg_names_and_known_names_a_source_does_not_list() {
        Config config = new MapConfig(
                Map.of("PPG_CUSTOM_LIMIT", "7", "OTHER", "x"), Map.of("PPG_HOME_DOMAIN", "xml.example.org"));

        Map<String, String> values = SettingsProducer.settingValues(config);

        assertThat(values)
                .containsEntry("PPG_CUSTOM_LIMIT", "7")
                .containsEntry("PPG_HOME_DOMAIN", "xml.example.org")
                .doesNotContainKey("OTHER");
    }

    /** A configuration with listed values and values that are found only by name. */
    private record MapConfig(Map<String, String> listed, Map<String, String> unlisted) implements Config {
        @Override
        public <T> T getValue(String name, Class<T> type) {
            return getOptionalValue(name, type).orElseThrow(() -> new NoSuchElementException(name));
        }

        @Override
        public <T> Optional<T> getOptionalValue(String name, Class<T> type) {
            String value = listed.containsKey(name) ? listed.get(name) : unlisted.get(name);
            return Optional.ofNullable(value).map(type::cast);
        }

        @Override
        public Iterable<String> getPropertyNames() {
            return Set.copyOf(listed.keySet());
        }

        @Override
        public Iterable<ConfigSource> getConfigSources() {
            return List.of();
        }
    }
}
