package io.sipush.ppg.pushinitiator.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.sipush.ppg.pushinitiator.InMemoryPushInitiators;
import io.sipush.ppg.pushinitiator.PasswordHasher;
import io.sipush.ppg.pushinitiator.PushInitiator;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PushInitiatorAuthenticatorTest {
    private final InMemoryPushInitiators accounts = new InMemoryPushInitiators();
    private final PushInitiatorAuthenticator authenticator = new PushInitiatorAuthenticator();
    private PushInitiator account;

    @BeforeEach
    void oneAccount() {
        account = new PushInitiator("dm-server", PasswordHasher.hash("old-password".toCharArray()), Instant.now());
        accounts.add(account);
        authenticator.accounts = accounts;
    }

    private Optional<String> authenticate(String authorization) {
        try {
            return authenticator
                    .authenticate(authorization, "127.0.0.1", Optional.empty())
                    .piName();
        } catch (AccountStoreUnavailable e) {
            throw new AssertionError(e);
        }
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void remembered_password_stops_working_once_forgotten_after_a_change() {
        assertThat(authenticate(basic("dm-server", "old-password"))).contains("dm-server");

        account.changePasswordHash(PasswordHasher.hash("new-password".toCharArray()));
        authenticator.forget("dm-server");

        assertThat(authenticate(basic("dm-server", "old-password"))).isEmpty();
        assertThat(authenticate(basic("dm-server", "new-password"))).contains("dm-server");
    }

    @Test
    void disabled_account_is_refused_once_forgotten() {
        authenticate(basic("dm-server", "old-password"));

        account.enable(false);
        authenticator.forget("dm-server");

        assertThat(authenticate(basic("dm-server", "old-password"))).isEmpty();
    }

    @Test
    void check_that_overlaps_a_change_leaves_nothing_remembered() {
        // The change (and its forget) happens while the check has read the old account.
        authenticator.accounts = new InMemoryPushInitiators() {
            @Override
            public Optional<PushInitiator> find(String name) {
                Optional<PushInitiator> before = Optional.of(new PushInitiator(
                        account.name(), account.passwordHash(), account.createdAt(), account.policy()));
                account.changePasswordHash(PasswordHasher.hash("new-password".toCharArray()));
                authenticator.forget(name);
                return before;
            }
        };
        assertThat(authenticate(basic("dm-server", "old-password"))).contains("dm-server");

        authenticator.accounts = accounts;

        assertThat(authenticate(basic("dm-server", "old-password"))).isEmpty();
    }
}
