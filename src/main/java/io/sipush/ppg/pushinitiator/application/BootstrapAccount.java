package io.sipush.ppg.pushinitiator.application;

import io.sipush.ppg.config.PpgSettings;
import io.sipush.ppg.pushinitiator.BasicCredentials;
import io.sipush.ppg.pushinitiator.BootstrapRecord;
import io.sipush.ppg.pushinitiator.PasswordHasher;
import io.sipush.ppg.pushinitiator.PushInitiator;
import io.sipush.ppg.pushinitiator.PushInitiatorName;
import io.sipush.ppg.pushinitiator.PushInitiatorRepository;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import javax.enterprise.context.ApplicationScoped;
import javax.enterprise.context.Initialized;
import javax.enterprise.event.Observes;
import javax.inject.Inject;
import javax.transaction.Transactional;

/**
 * Creates the account named by {@code PPG_BOOTSTRAP_PI=name:password} at the first start, if it
 * does not exist. Only the first time: the creation is recorded ({@link BootstrapRecord}), so an
 * account an admin deleted is not created again at the next start (issue 13 item 12). Without
 * the variable no account is created: there is no default password.
 */
@ApplicationScoped
public class BootstrapAccount {
    private static final Logger LOG = Logger.getLogger(BootstrapAccount.class.getName());

    @Inject
    PpgSettings settings;

    @Inject
    PushInitiatorRepository accounts;

    @Inject
    BootstrapRecord record;

    @Transactional
    void create(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        Optional<String> pair = settings.bootstrapPi();
        if (pair.isEmpty()) {
            LOG.info("PPG_BOOTSTRAP_PI is not set: no push initiator account was created at start");
            return;
        }
        Optional<BasicCredentials> credentials = BasicCredentials.ofPair(pair.get());
        if (credentials.isEmpty()) {
            LOG.severe("PPG_BOOTSTRAP_PI must be name:password; no account was created");
            return;
        }
        String name = credentials.get().user();
        if (PushInitiatorName.reserved(name)) {
            LOG.severe("PPG_BOOTSTRAP_PI may not name an account beginning with " + PushInitiatorName.RESERVED_PREFIX
                    + " (the PPG's own); no account was created");
            return;
        }
        if (record.wasCreated(name)) {
            return;
        }
        if (accounts.find(name).isEmpty()) {
            accounts.add(new PushInitiator(
                    name, PasswordHasher.hash(credentials.get().password().toCharArray()), Instant.now()));
            LOG.info("created push initiator account '" + name + "' from PPG_BOOTSTRAP_PI");
        }
        record.markCreated(name);
    }
}
