package io.sipush.ppg.terminal.application;

import io.sipush.ppg.terminal.ContactBinding;
import io.sipush.ppg.terminal.Registration;
import io.sipush.ppg.terminal.RegistrationChanged;
import io.sipush.ppg.terminal.TerminalRegistered;
import io.sipush.ppg.terminal.TerminalRegistry;
import java.time.Instant;
import java.util.List;
import javax.enterprise.context.ApplicationScoped;
import javax.enterprise.event.Event;
import javax.inject.Inject;
import javax.transaction.Transactional;

/**
 * Applies a REGISTER to the registry in one transaction; {@link RegistrationService} calls it one
 * address of record at a time.
 */
@ApplicationScoped
public class RegistrationTransaction {
    @Inject
    TerminalRegistry registry;

    @Inject
    Event<TerminalRegistered> registered;

    @Inject
    Event<RegistrationChanged> changed;

    @Transactional
    public List<ContactBinding> register(Registration registration) {
        List<ContactBinding> bound = registry.apply(registration, Instant.now());
        changed.fire(new RegistrationChanged(registration.addressOfRecord().value()));
        if (!bound.isEmpty()) {
            registered.fire(
                    new TerminalRegistered(registration.addressOfRecord().value()));
        }
        return bound;
    }
}
