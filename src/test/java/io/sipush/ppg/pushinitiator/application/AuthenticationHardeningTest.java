package io.sipush.ppg.pushinitiator.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sipush.ppg.pushinitiator.ClientCertificate;
import io.sipush.ppg.pushinitiator.InMemoryPushInitiators;
import io.sipush.ppg.pushinitiator.PasswordHasher;
import io.sipush.ppg.pushinitiator.PushInitiator;
import io.sipush.ppg.pushinitiator.PushInitiatorPolicy;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, items 5 and 12 (c): failed logins cost the same for every name and are backed off
 * per source, the allow-list comes before the password, good credentials are remembered, a
 * database outage is reported as such, and a client certificate rule is enforced.
 */
class AuthenticationHardeningTest {
    private static final String PASSWORD = "the-password";
    private static final String OUTSIDE = "192.0.2.7";
    private static final String FINGERPRINT = "ab".repeat(32);

    /** Counts the hashes a login verifies against stored accounts: one find per login that hashes. */
    private final AtomicInteger finds = new AtomicInteger();

    private final InMemoryPushInitiators accounts = new InMemoryPushInitiators() {
        @Override
        public synchronized Optional<PushInitiator> find(String name) {
            finds.incrementAndGet();
            return super.find(name);
        }
    };
    private final PushInitiatorAuthenticator authenticator = new PushInitiatorAuthenticator();

    @BeforeEach
    void accounts() {
        String hash = PasswordHasher.hash(PASSWORD.toCharArray());
        accounts.add(new PushInitiator("open", hash, Instant.now()));
        accounts.add(new PushInitiator(
                "listed",
                hash,
                Instant.now(),
                new PushInitiatorPolicy(List.of(), List.of(), List.of("10.0.0.0/8"), 0, 0)));
        accounts.add(new PushInitiator(
                "mtls",
                hash,
                Instant.now(),
                new PushInitiatorPolicy(List.of(), List.of(), List.of(), 0, 0, List.of(), "sha256:" + FINGERPRINT)));
        authenticator.accounts = accounts;
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private Authentication login(String user, String password, String source) throws AccountStoreUnavailable {
        return authenticator.authenticate(basic(user, password), source, Optional.empty());
    }

    @Test
    void source_that_failed_ten_times_is_refused_without_a_look_at_the_account() throws Exception {
        for (int i = 0; i < 10; i++) {
            assertThat(login("open", "wrong-" + i, "198.51.100.1").outcome()).isEqualTo(Authentication.Outcome.REFUSED);
        }
        int findsBefore = finds.get();

        Authentication eleventh = login("open", PASSWORD, "198.51.100.1");

        assertThat(eleventh.outcome()).isEqualTo(Authentication.Outcome.REFUSED);
        assertThat(finds.get()).isEqualTo(findsBefore);
        assertThat(login("open", PASSWORD, "198.51.100.2").isAccepted()).isTrue();
    }

    @Test
    void remembered_credentials_pass_even_from_a_backed_off_source() throws Exception {
        assertThat(login("open", PASSWORD, "198.51.100.3").isAccepted()).isTrue();
        for (int i = 0; i < 10; i++) {
            login("nobody", "x", "198.51.100.3");
        }

        assertThat(login("open", PASSWORD, "198.51.100.3").isAccepted()).isTrue();
    }

    @Test
    void good_credentials_are_verified_once_then_remembered() throws Exception {
        login("open", PASSWORD, "198.51.100.4");
        int findsAfterFirst = finds.get();

        for (int i = 0; i < 5; i++) {
            assertThat(login("open", PASSWORD, "198.51.100.4").isAccepted()).isTrue();
        }

        assertThat(finds.get()).isEqualTo(findsAfterFirst);
    }

    @Test
    void unknown_name_costs_the_pbkdf2_work_of_a_wrong_password() {
        assertThat(PasswordHasher.verifyWithoutAccount("guess".toCharArray())).isFalse();
        assertThat(PasswordHasher.isWeakerThanCurrent(PasswordHasher.hash("x".toCharArray())))
                .isFalse();
    }

    @Test
    void client_outside_the_allow_list_is_answered_before_the_password_is_checked() throws Exception {
        Authentication wrongPassword = login("listed", "wrong", OUTSIDE);
        Authentication rightPassword = login("listed", PASSWORD, OUTSIDE);

        assertThat(wrongPassword.outcome()).isEqualTo(Authentication.Outcome.OUTSIDE_ALLOW_LIST);
        assertThat(rightPassword.outcome()).isEqualTo(Authentication.Outcome.OUTSIDE_ALLOW_LIST);
        assertThat(login("listed", "wrong", "10.1.2.3").outcome()).isEqualTo(Authentication.Outcome.REFUSED);
        assertThat(login("listed", PASSWORD, "10.1.2.3").isAccepted()).isTrue();
    }

    @Test
    void database_outage_is_reported_as_store_unavailable_not_as_a_refusal() {
        authenticator.accounts = new InMemoryPushInitiators() {
            @Override
            public Optional<PushInitiator> find(String name) {
                throw new IllegalStateException("connection refused");
            }
        };

        assertThrows(AccountStoreUnavailable.class, () -> login("open", PASSWORD, "198.51.100.5"));
    }

    @Test
    void pi_that_requires_a_client_certificate_is_refused_without_it() throws Exception {
        ClientCertificate right = new ClientCertificate("CN=pi", FINGERPRINT.toUpperCase());
        ClientCertificate other = new ClientCertificate("CN=pi", "cd".repeat(32));

        assertThat(authenticator
                        .authenticate(basic("mtls", PASSWORD), "198.51.100.6", Optional.empty())
                        .outcome())
                .isEqualTo(Authentication.Outcome.REFUSED);
        assertThat(authenticator
                        .authenticate(basic("mtls", PASSWORD), "198.51.100.6", Optional.of(other))
                        .outcome())
                .isEqualTo(Authentication.Outcome.REFUSED);
        assertThat(authenticator
                        .authenticate(basic("mtls", PASSWORD), "198.51.100.6", Optional.of(right))
                        .isAccepted())
                .isTrue();
        assertThat(authenticator
                        .authenticate(basic("mtls", PASSWORD), "198.51.100.6", Optional.empty())
                        .outcome())
                .as("remembered credentials still need the certificate")
                .isEqualTo(Authentication.Outcome.REFUSED);
    }
}
