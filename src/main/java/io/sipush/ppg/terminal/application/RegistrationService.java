package io.sipush.ppg.terminal.application;

import io.sipush.ppg.terminal.ContactBinding;
import io.sipush.ppg.terminal.Registration;
import java.util.List;
import javax.enterprise.context.ApplicationScoped;
import javax.inject.Inject;

/**
 * Applies a terminal's (or the S-CSCF's third-party) REGISTER to the registry. When a contact is
 * bound, pushes that waited for this terminal go out once the registration is stored. The
 * REGISTERs of one address of record are applied one at a time on this instance, each in its
 * own transaction: two at once deadlocked in Derby (SipFuzzIT). Between instances the database's
 * locks decide, and a REGISTER that loses a deadlock there gets 503 with Retry-After.
 */
@ApplicationScoped
public class RegistrationService {
    private static final int STRIPES = 64;

    private final Object[] stripes = new Object[STRIPES];

    @Inject
    RegistrationTransaction transaction;

    public RegistrationService() {
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new Object();
        }
    }

    public List<ContactBinding> register(Registration registration) {
        String aor = registration.addressOfRecord().value();
        synchronized (stripes[Math.floorMod(aor.hashCode(), STRIPES)]) {
            return transaction.register(registration);
        }
    }
}
