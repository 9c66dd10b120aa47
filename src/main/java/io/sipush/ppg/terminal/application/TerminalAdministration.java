package io.sipush.ppg.terminal.application;

import io.sipush.ppg.config.PpgSettings;
import io.sipush.ppg.monitoring.LogValue;
import io.sipush.ppg.terminal.AddressOfRecord;
import io.sipush.ppg.terminal.RegisteredTerminal;
import io.sipush.ppg.terminal.Registration;
import io.sipush.ppg.terminal.TerminalDirectory;
import io.sipush.ppg.terminal.TerminalNotRegisteredException;
import io.sipush.ppg.terminal.TerminalRegistry;
import java.time.Instant;
import java.util.logging.Logger;
import javax.enterprise.context.ApplicationScoped;
import javax.inject.Inject;
import javax.transaction.Transactional;

/**
 * The registered terminals for the operator: list, show, and remove a terminal's registration
 * (as a REGISTER with {@code Contact: *} and expiry 0 would). Addresses are SIP, SIPS or tel URIs
 * and are compared as addresses of record.
 */
@ApplicationScoped
public class TerminalAdministration {
    /** The largest page the operator may ask for. */
    public static final int MAX_PAGE = 200;

    private static final Logger LOG = Logger.getLogger(TerminalAdministration.class.getName());

    @Inject
    TerminalDirectory directory;

    @Inject
    TerminalRegistry registry;

    @Inject
    PpgSettings settings;

    /** @throws IllegalArgumentException for a negative offset or a limit outside 1 to {@link #MAX_PAGE} */
    @Transactional
    public TerminalPage search(String addressPart, int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("offset must be 0 or more and limit 1 to " + MAX_PAGE);
        }
        String part = addressPart == null ? "" : addressPart.trim();
        Instant now = Instant.now();
        return new TerminalPage(directory.search(part, now, offset, limit), directory.count(part, now), offset, limit);
    }

    /** @throws IllegalArgumentException when the address is no SIP, SIPS or tel URI */
    @Transactional
    public RegisteredTerminal get(String address) throws TerminalNotRegisteredException {
        return directory
                .find(aorOf(address), Instant.now())
                .orElseThrow(() -> new TerminalNotRegisteredException(address));
    }

    /** @throws IllegalArgumentException when the address is no SIP, SIPS or tel URI */
    @Transactional
    public void remove(String address) throws TerminalNotRegisteredException {
        AddressOfRecord aor = aorOf(address);
        Instant now = Instant.now();
        if (directory.find(aor, now).isEmpty()) {
            throw new TerminalNotRegisteredException(address);
        }
        registry.apply(Registration.removeAll(aor), now);
        LOG.info("operator removed the registration of " + LogValue.of(aor));
    }

    private AddressOfRecord aorOf(String address) {
        return AddressOfRecord.parse(address, settings.homeDomain());
    }
}
