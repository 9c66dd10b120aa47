package io.sipush.ppg.tools.terminal;

import io.sipush.ppg.content.cp.BootstrapSecrets;
import io.sipush.ppg.content.cp.BootstrapVerificationException;
import io.sipush.ppg.content.cp.BootstrapVerifier;
import io.sipush.ppg.content.cp.Characteristic;
import io.sipush.ppg.content.cp.MalformedContentTypeException;
import io.sipush.ppg.content.cp.MalformedWbxmlException;
import io.sipush.ppg.content.cp.ProvisioningDocument;
import io.sipush.ppg.content.cp.ProvisioningWbxml;
import io.sipush.ppg.content.cp.SecurityMethod;
import io.sipush.ppg.content.dm.DigestMismatchException;
import io.sipush.ppg.content.dm.MalformedPackage0Exception;
import io.sipush.ppg.content.dm.Package0Decoder;
import io.sipush.ppg.content.dm.Package0Verification;
import io.sipush.ppg.content.dm.Package0Verifier;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The terminal's checks of pushed content, free of SIP: a CP bootstrap
 * ({@code application/vnd.wap.connectivity-wbxml}) must carry a MAC that the terminal's IMSI or
 * PIN reproduces (OMA-WAP-TS-ProvBoot-V1_1 §5) and a DM account; a DM notification
 * ({@code application/vnd.syncml.notification}) must name a server the terminal has an account
 * for, with a digest that account's credentials reproduce (OMA-TS-DM_Notification-V1_2 §6.2).
 */
public final class ContentInspector {
    public static final String CP_BOOTSTRAP = "application/vnd.wap.connectivity-wbxml";
    public static final String DM_NOTIFICATION = "application/vnd.syncml.notification";

    private final Optional<BootstrapSecrets> secrets;
    private final Map<String, DmAccount> accounts = new ConcurrentHashMap<>();

    public ContentInspector(Optional<BootstrapSecrets> secrets) {
        this.secrets = secrets;
    }

    /** Adds an account the terminal knows without a bootstrap (or that a bootstrap provisioned). */
    public void addAccount(DmAccount account) {
        accounts.put(account.serverId(), account);
    }

    public Optional<DmAccount> account(String serverId) {
        return Optional.ofNullable(accounts.get(serverId));
    }

    public Verdict inspect(String contentType, byte[] body) {
        String mediaType =
                contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        if (mediaType.equals(CP_BOOTSTRAP)) {
            return bootstrap(contentType, body);
        }
        if (mediaType.equals(DM_NOTIFICATION)) {
            return notification(body);
        }
        return new Verdict.Refuse(415, "content type " + contentType + " is not handled by this terminal");
    }

    private Verdict bootstrap(String contentType, byte[] body) {
        if (secrets.isEmpty()) {
            return Verdict.Refuse.forbidden("no IMSI or PIN on this terminal to check the bootstrap MAC");
        }
        SecurityMethod method;
        try {
            method = new BootstrapVerifier(secrets.get()).verify(body, contentType);
        } catch (MalformedContentTypeException e) {
            return Verdict.Refuse.malformed("bootstrap content type: " + e.getMessage());
        } catch (BootstrapVerificationException e) {
            return Verdict.Refuse.forbidden("bootstrap not authentic: " + e.getMessage());
        }
        try {
            ProvisioningDocument document = ProvisioningWbxml.decode(body);
            for (Characteristic characteristic : document.characteristics()) {
                Optional<DmAccount> account = DmAccount.fromApplication(characteristic);
                if (account.isPresent()) {
                    return new Verdict.Provision(account.get(), method.name());
                }
            }
            return Verdict.Refuse.malformed("the bootstrap has no DM account (APPLICATION with APPID w7)");
        } catch (MalformedWbxmlException | DmAccount.InvalidAccountException e) {
            return Verdict.Refuse.malformed("bootstrap content: " + e.getMessage());
        }
    }

    private Verdict notification(byte[] body) {
        String serverId;
        try {
            serverId = Package0Decoder.decode(body).notification().serverId();
        } catch (MalformedPackage0Exception e) {
            return Verdict.Refuse.malformed("Package #0: " + e.getMessage());
        }
        DmAccount account = accounts.get(serverId);
        if (account == null) {
            return Verdict.Refuse.forbidden("no DM account for server " + serverId + ": notification not trusted");
        }
        try {
            Package0Verification verified =
                    new Package0Verifier(account.credentials()).verify(body, account.serverNonce());
            return new Verdict.Notify(
                    account,
                    verified.received().notification(),
                    verified.matchedNonce().name());
        } catch (DigestMismatchException e) {
            return Verdict.Refuse.forbidden("Package #0 digest: " + e.getMessage());
        } catch (MalformedPackage0Exception e) {
            return Verdict.Refuse.malformed("Package #0: " + e.getMessage());
        }
    }
}
