package io.sipush.ppg.pushinitiator.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sipush.ppg.pushinitiator.AccountExistsException;
import io.sipush.ppg.pushinitiator.AccountNotFoundException;
import io.sipush.ppg.pushinitiator.InMemoryPushInitiators;
import io.sipush.ppg.pushinitiator.PushInitiatorChanged;
import io.sipush.ppg.pushinitiator.PushInitiatorPolicy;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletionStage;
import javax.enterprise.event.Event;
import javax.enterprise.event.NotificationOptions;
import javax.enterprise.util.TypeLiteral;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PushInitiatorAccountsTest {
    private static final PushInitiatorPolicy DM_ONLY =
            new PushInitiatorPolicy(List.of("syncml.dm"), List.of("plmn:+1555"), List.of(), 10, 1024);

    private final InMemoryPushInitiators repository = new InMemoryPushInitiators();
    private final PushInitiatorAuthenticator authenticator = new PushInitiatorAuthenticator();
    private final PushInitiatorAccounts accounts = new PushInitiatorAccounts();
    private final List<String> announced = new ArrayList<>();

    @BeforeEach
    void wire() {
        authenticator.accounts = repository;
        accounts.accounts = repository;
        accounts.authenticator = authenticator;
        accounts.changed = new RecordingEvent();
    }

    private java.util.Optional<String> authenticate(String authorization) {
        try {
            return authenticator
                    .authenticate(authorization, "127.0.0.1", java.util.Optional.empty())
                    .piName();
        } catch (AccountStoreUnavailable e) {
            throw new AssertionError(e);
        }
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void create_refuses_a_name_reserved_for_the_ppg_s_warm_up() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> accounts.create("PPG-Warm-Up-mine", "password-w", true, DM_ONLY))
                .withMessageContaining("the PPG's own");
        assertThat(repository.find("PPG-Warm-Up-mine")).isEmpty();
    }

    @Test
    void the_warm_up_account_takes_only_a_reserved_name_and_authenticates_unrestricted() {
        assertThatIllegalArgumentException().isThrownBy(() -> accounts.createWarmUpAccount("dm-w", "password-w"));

        PushInitiatorAccounts.AccountView view = accounts.createWarmUpAccount("ppg-warm-up-a-1", "password-w");

        assertThat(view.policy()).isEqualTo(PushInitiatorPolicy.UNRESTRICTED);
        assertThat(authenticate(basic("ppg-warm-up-a-1", "password-w"))).contains("ppg-warm-up-a-1");
    }

    @Test
    void created_account_authenticates_with_its_password_and_keeps_its_policy() {
        PushInitiatorAccounts.AccountView view = accounts.create("dm-b", "password-b", true, DM_ONLY);

        assertThat(view.policy()).isEqualTo(DM_ONLY);
        assertThat(view.enabled()).isTrue();
        assertThat(authenticate(basic("dm-b", "password-b"))).contains("dm-b");
        assertThat(repository.find("dm-b").orElseThrow().passwordHash()).startsWith("pbkdf2-sha256$");
        assertThat(announced).containsExactly("dm-b");
    }

    @Test
    void name_that_is_taken_is_refused() {
        accounts.create("dm-b", "password-b", true, DM_ONLY);

        assertThatThrownBy(() -> accounts.create("dm-b", "password-c", true, DM_ONLY))
                .isInstanceOf(AccountExistsException.class);
    }

    @Test
    void short_password_or_bad_name_is_refused() {
        assertThatThrownBy(() -> accounts.create("dm-b", "short", true, DM_ONLY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("8");
        assertThatThrownBy(() -> accounts.create("dm b", "long-enough", true, DM_ONLY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(repository.all()).isEmpty();
    }

    @Test
    void rotated_password_replaces_the_old_one_at_once() {
        accounts.create("dm-b", "password-b", true, DM_ONLY);
        assertThat(authenticate(basic("dm-b", "password-b"))).isPresent();

        accounts.changePassword("dm-b", "password-b-2");

        assertThat(authenticate(basic("dm-b", "password-b"))).isEmpty();
        assertThat(authenticate(basic("dm-b", "password-b-2"))).contains("dm-b");
    }

    @Test
    void update_changes_only_what_is_given() {
        accounts.create("dm-b", "password-b", true, DM_ONLY);

        assertThat(accounts.update("dm-b", false, null).policy()).isEqualTo(DM_ONLY);
        PushInitiatorAccounts.AccountView view = accounts.update("dm-b", null, PushInitiatorPolicy.UNRESTRICTED);

        assertThat(view.enabled()).isFalse();
        assertThat(view.policy()).isEqualTo(PushInitiatorPolicy.UNRESTRICTED);
        assertThat(authenticate(basic("dm-b", "password-b"))).isEmpty();
    }

    @Test
    void removed_account_no_longer_authenticates() {
        accounts.create("dm-b", "password-b", true, DM_ONLY);
        authenticate(basic("dm-b", "password-b"));

        accounts.remove("dm-b");

        assertThat(authenticate(basic("dm-b", "password-b"))).isEmpty();
        assertThatThrownBy(() -> accounts.get("dm-b")).isInstanceOf(AccountNotFoundException.class);
    }

    @Test
    void unknown_account_is_not_found() {
        assertThatThrownBy(() -> accounts.update("nobody", true, null)).isInstanceOf(AccountNotFoundException.class);
        assertThatThrownBy(() -> accounts.changePassword("nobody", "password-x"))
                .isInstanceOf(AccountNotFoundException.class);
        assertThatThrownBy(() -> accounts.remove("nobody")).isInstanceOf(AccountNotFoundException.class);
    }

    @Test
    void accounts_are_listed_by_name() {
        accounts.create("dm-c", "password-c", true, DM_ONLY);
        accounts.create("dm-b", "password-b", true, DM_ONLY);

        assertThat(accounts.list())
                .extracting(PushInitiatorAccounts.AccountView::name)
                .containsExactly("dm-b", "dm-c");
    }

    /** Records the names of fired changes. */
    private final class RecordingEvent implements Event<PushInitiatorChanged> {
        @Override
        public void fire(PushInitiatorChanged event) {
            announced.add(event.name());
        }

        @Override
        public <U extends PushInitiatorChanged> CompletionStage<U> fireAsync(U event) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends PushInitiatorChanged> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Event<PushInitiatorChanged> select(Annotation... qualifiers) {
            return this;
        }

        @Override
        public <U extends PushInitiatorChanged> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends PushInitiatorChanged> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }
    }
}
