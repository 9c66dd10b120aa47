package io.sipush.ppg.tools.piclient;

import io.sipush.ppg.content.cp.BootstrapContentType;
import io.sipush.ppg.content.cp.BootstrapMac;
import io.sipush.ppg.content.cp.BootstrapMacValue;
import io.sipush.ppg.content.cp.BootstrapSecrets;
import io.sipush.ppg.content.cp.Imsi;
import io.sipush.ppg.content.cp.MissingBootstrapSecretException;
import io.sipush.ppg.content.cp.ProvisioningDocument;
import io.sipush.ppg.content.cp.SecurityMethod;
import io.sipush.ppg.content.cp.UserPin;
import java.util.Optional;

/**
 * A CP bootstrap ready to push: the WBXML body and its Content-Type with SEC and MAC
 * (OMA-WAP-TS-ProvBoot-V1_1 §5). For USERPINMAC, the PIN the user must enter (the key digits
 * followed by the check digits) comes with it.
 */
public record SecuredBootstrap(byte[] wbxml, String contentType, Optional<String> pinToEnter) {

    /**
     * Encodes and MACs {@code document}. {@code pin} is the user PIN; for USERPINMAC it is the n
     * key digits, and the 2n-digit PIN to enter is returned.
     */
    public static SecuredBootstrap secure(
            ProvisioningDocument document,
            SecurityMethod method,
            Optional<Imsi> imsi,
            Optional<String> pin,
            BootstrapContentType.SecNotation notation)
            throws MissingBootstrapSecretException {
        byte[] wbxml = document.toWbxml();
        Optional<String> pinToEnter = Optional.empty();
        Optional<String> macPin = pin;
        if (method == SecurityMethod.USERPINMAC) {
            String keyDigits = pin.orElseThrow(
                    () -> new MissingBootstrapSecretException("USERPINMAC needs the n key digits of the PIN"));
            pinToEnter = Optional.of(BootstrapMac.userPinMac(keyDigits, wbxml));
            macPin = pinToEnter;
        }
        BootstrapMacValue mac = BootstrapMac.compute(method, secrets(imsi, macPin), wbxml);
        String contentType = BootstrapContentType.secured(method, mac).render(notation);
        return new SecuredBootstrap(wbxml, contentType, pinToEnter);
    }

    private static BootstrapSecrets secrets(Optional<Imsi> imsi, Optional<String> pin)
            throws MissingBootstrapSecretException {
        if (imsi.isPresent() && pin.isPresent()) {
            return BootstrapSecrets.of(imsi.get(), new UserPin(pin.get()));
        }
        if (imsi.isPresent()) {
            return BootstrapSecrets.ofImsi(imsi.get());
        }
        if (pin.isPresent()) {
            return BootstrapSecrets.ofPin(new UserPin(pin.get()));
        }
        throw new MissingBootstrapSecretException("a secured bootstrap needs the IMSI, the PIN or both");
    }

    /** The content entity, without an application ID: the device dispatches CP by content type. */
    public PapHttpClient.PushContent pushContent(boolean base64) {
        return new PapHttpClient.PushContent(contentType, wbxml, Optional.empty(), base64);
    }
}
