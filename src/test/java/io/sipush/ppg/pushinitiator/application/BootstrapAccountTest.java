package io.sipush.ppg.pushinitiator.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.sipush.ppg.config.PpgSettings;
import io.sipush.ppg.pushinitiator.BootstrapRecord;
import io.sipush.ppg.pushinitiator.InMemoryPushInitiators;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Issue 13, item 12 (d): PPG_BOOTSTRAP_PI creates its account only the first time. */
class BootstrapAccountTest {
    private final InMemoryPushInitiators accounts = new InMemoryPushInitiators();
    private final Set<String> marks = new HashSet<>();

    private BootstrapAccount startWith(String pair) {
        BootstrapAccount bootstrap = new BootstrapAccount();
        bootstrap.settings = PpgSettings.from(Map.of("PPG_BOOTSTRAP_PI", pair));
        bootstrap.accounts = accounts;
        bootstrap.record = new BootstrapRecord() {
            @Override
            public boolean wasCreated(String name) {
                return marks.contains(name);
            }

            @Override
            public void markCreated(String name) {
                marks.add(name);
            }
        };
        return bootstrap;
    }

    @Test
    void account_deleted_by_an_admin_is_not_created_again_at_the_next_start() {
        startWith("boot-pi:boot-password").create(null);
        assertThat(accounts.find("boot-pi")).isPresent();

        accounts.remove("boot-pi");
        startWith("boot-pi:boot-password").create(null);

        assertThat(accounts.find("boot-pi")).isEmpty();
    }
}
