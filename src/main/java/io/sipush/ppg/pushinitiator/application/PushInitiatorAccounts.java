package io.sipush.ppg.pushinitiator.application;

import io.sipush.ppg.pushinitiator.AccountExistsException;
import io.sipush.ppg.pushinitiator.AccountNotFoundException;
import io.sipush.ppg.pushinitiator.PasswordHasher;
import io.sipush.ppg.pushinitiator.PushInitiator;
import io.sipush.ppg.pushinitiator.PushInitiatorChanged;
import io.sipush.ppg.pushinitiator.PushInitiatorName;
import io.sipush.ppg.pushinitiator.PushInitiatorPolicy;
import io.sipush.ppg.pushinitiator.PushInitiatorRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import javax.enterprise.context.ApplicationScoped;
import javax.enterprise.event.Event;
import javax.inject.Inject;
import javax.transaction.Transactional;

/**
 * Managing PI accounts: create, change policy or state, rotate the password, remove. Every change
 * makes the authenticator forget what it remembered of the account, at once and again when the
 * transaction ends (see {@link PushInitiatorAuthenticator}), so an old password stops working.
 */
@ApplicationScoped
public class PushInitiatorAccounts {
    /** The shortest password the admin API accepts. */
    public static final int MIN_PASSWORD_LENGTH = 8;

    private static final int MAX_PASSWORD_LENGTH = 1024;
    private static final Logger LOG = Logger.getLogger(PushInitiatorAccounts.class.getName());

    @Inject
    PushInitiatorRepository accounts;

    @Inject
    PushInitiatorAuthenticator authenticator;

    @Inject
    Event<PushInitiatorChanged> changed;

    /** An account as the admin API shows it: never its password hash. */
    public record AccountView(String name, boolean enabled, Instant createdAt, PushInitiatorPolicy policy) {
        static AccountView of(PushInitiator initiator) {
            return new AccountView(initiator.name(), initiator.isEnabled(), initiator.createdAt(), initiator.policy());
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AccountView> list() {
        return accounts.all().stream().map(AccountView::of).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AccountView get(String name) {
        return accounts.find(name).map(AccountView::of).orElseThrow(() -> new AccountNotFoundException(name));
    }

    /**
     * @throws IllegalArgumentException when the name or password breaks the rules
     * @throws AccountExistsException when the name is taken
     */
    @Transactional
    public AccountView create(String name, String password, boolean enabled, PushInitiatorPolicy policy) {
        PushInitiatorName.require(name);
        if (PushInitiatorName.reserved(name)) {
            throw new IllegalArgumentException("names beginning with " + PushInitiatorName.RESERVED_PREFIX
                    + " are the PPG's own (its warm-up at start)");
        }
        return add(name, password, enabled, policy);
    }

    /**
     * Creates the PPG's own warm-up account, unrestricted; its name must be reserved.
     *
     * @throws AccountExistsException when the name is taken
     */
    @Transactional
    public AccountView createWarmUpAccount(String name, String password) {
        if (!PushInitiatorName.reserved(PushInitiatorName.require(name))) {
            throw new IllegalArgumentException("not a warm-up account name: " + name);
        }
        return add(name, password, true, PushInitiatorPolicy.UNRESTRICTED);
    }

    private AccountView add(String name, String password, boolean enabled, PushInitiatorPolicy policy) {
        char[] secret = requirePassword(password);
        if (accounts.find(name).isPresent()) {
            throw new AccountExistsException(name);
        }
        PushInitiator initiator = new PushInitiator(name, PasswordHasher.hash(secret), Instant.now(), policy);
        initiator.enable(enabled);
        accounts.add(initiator);
        announce(name);
        LOG.info("created push initiator account '" + name + "'");
        return AccountView.of(initiator);
    }

    /** Changes what is given (null leaves it as it is). */
    @Transactional
    public AccountView update(String name, Boolean enabled, PushInitiatorPolicy policy) {
        PushInitiator initiator = accounts.find(name).orElseThrow(() -> new AccountNotFoundException(name));
        Optional.ofNullable(enabled).ifPresent(initiator::enable);
        Optional.ofNullable(policy).ifPresent(initiator::changePolicy);
        announce(name);
        LOG.info("changed push initiator account '" + name + "'");
        return AccountView.of(initiator);
    }

    @Transactional
    public void changePassword(String name, String newPassword) {
        char[] secret = requirePassword(newPassword);
        PushInitiator initiator = accounts.find(name).orElseThrow(() -> new AccountNotFoundException(name));
        initiator.changePasswordHash(PasswordHasher.hash(secret));
        announce(name);
        LOG.info("changed the password of push initiator account '" + name + "'");
    }

    /** Removes the account; its pushes stay in the store, under its name. */
    @Transactional
    public void remove(String name) {
        if (!accounts.remove(name)) {
            throw new AccountNotFoundException(name);
        }
        announce(name);
        LOG.info("removed push initiator account '" + name + "'");
    }

    private void announce(String name) {
        authenticator.forget(name);
        changed.fire(new PushInitiatorChanged(name));
    }

    private static char[] requirePassword(String password) {
        if (password == null
                || password.length() < MIN_PASSWORD_LENGTH
                || password.length() > MAX_PASSWORD_LENGTH
                || password.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("a password is " + MIN_PASSWORD_LENGTH + " to " + MAX_PASSWORD_LENGTH
                    + " characters, without control characters");
        }
        return password.toCharArray();
    }
}
