package io.sipush.ppg.content.cp;

import java.util.Objects;
import java.util.Optional;

/**
 * The shared secrets known for one terminal: its IMSI, a user PIN, or both
 * (OMA-WAP-TS-ProvBoot-V1_1 §5). Which one a MAC needs depends on the {@link SecurityMethod}.
 */
public final class BootstrapSecrets {

    private final Imsi imsi;
    private final UserPin pin;

    private BootstrapSecrets(Imsi imsi, UserPin pin) {
        this.imsi = imsi;
        this.pin = pin;
    }

    public static BootstrapSecrets ofImsi(Imsi imsi) {
        return new BootstrapSecrets(Objects.requireNonNull(imsi, "imsi"), null);
    }

    public static BootstrapSecrets ofPin(UserPin pin) {
        return new BootstrapSecrets(null, Objects.requireNonNull(pin, "pin"));
    }

    public static BootstrapSecrets of(Imsi imsi, UserPin pin) {
        return new BootstrapSecrets(Objects.requireNonNull(imsi, "imsi"), Objects.requireNonNull(pin, "pin"));
    }

    public Optional<Imsi> imsi() {
        return Optional.ofNullable(imsi);
    }

    public Optional<UserPin> pin() {
        return Optional.ofNullable(pin);
    }

    @Override
    public String toString() {
        return "BootstrapSecrets[imsi=" + imsi + ", pin=" + (pin == null ? "none" : "***") + "]";
    }
}
