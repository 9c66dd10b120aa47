package io.sipush.ppg.pushinitiator.application;

import io.sipush.ppg.config.PpgSettings;
import io.sipush.ppg.pushinitiator.BasicCredentials;
import io.sipush.ppg.pushinitiator.ClientCertificate;
import io.sipush.ppg.pushinitiator.LoginBackoff;
import io.sipush.ppg.pushinitiator.PasswordHasher;
import io.sipush.ppg.pushinitiator.PushInitiator;
import io.sipush.ppg.pushinitiator.PushInitiatorChanged;
import io.sipush.ppg.pushinitiator.PushInitiatorPolicy;
import io.sipush.ppg.pushinitiator.PushInitiatorRepository;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.enterprise.context.ApplicationScoped;
import javax.enterprise.event.Observes;
import javax.enterprise.event.TransactionPhase;
import javax.inject.Inject;

/**
 * Authenticates PAP requests (issue 13 item 5). In this order: a PI whose policy names a client
 * certificate must have come with it (mutual TLS); a source that failed too often lately is
 * refused without hashing; credentials verified before pass on a keyed fingerprint (an HMAC with
 * a key of this process, in memory only), so a PI's own traffic never pays the hash per request;
 * a client outside the account's IP allow-list is answered 2001 before the password is looked
 * at; and a wrong name costs the same PBKDF2 work as a wrong password.
 *
 * <p>When an account changes, {@link #forget} drops what was remembered, once when the change is
 * made and again when its transaction has ended. A check that was under way during a change
 * (it may have read the old password) does not leave its result behind: every forget moves a
 * counter on, and a check that sees the counter moved drops what it remembered.
 */
@ApplicationScoped
public class PushInitiatorAuthenticator {
    private static final int MAX_REMEMBERED = 10_000;
    private static final int DEFAULT_MAX_FAILURES = 10;
    private static final Duration DEFAULT_FAILURE_WINDOW = Duration.ofSeconds(60);

    @Inject
    PushInitiatorRepository accounts;

    @Inject
    PpgSettings settings;

    private final Map<String, Verified> verified = new ConcurrentHashMap<>();
    private final AtomicLong forgets = new AtomicLong();
    private final byte[] fingerprintKey = new byte[32];
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);
    private volatile LoginBackoff backoff;

    /** A check that passed: the credentials' fingerprint and the account's policy. */
    private record Verified(byte[] fingerprint, PushInitiatorPolicy policy) {}

    public PushInitiatorAuthenticator() {
        new SecureRandom().nextBytes(fingerprintKey);
    }

    /**
     * What the request's credentials prove. Not {@code @Transactional}: the account lookup is (the
     * repository is SUPPORTS), and an interceptor around every PAP request cost about 7 % of the
     * HTTP threads' CPU samples.
     *
     * @param remoteAddress the client's IP address, for the back-off and the IP allow-list
     * @param certificate the TLS client certificate, when the request came with one
     * @throws AccountStoreUnavailable when the account could not be read
     */
    public Authentication authenticate(
            String authorizationHeader, String remoteAddress, Optional<ClientCertificate> certificate)
            throws AccountStoreUnavailable {
        Optional<BasicCredentials> credentials = BasicCredentials.parse(authorizationHeader);
        if (credentials.isEmpty()) {
            return Authentication.REFUSED;
        }
        BasicCredentials c = credentials.get();
        byte[] fingerprint = fingerprint(c);
        Verified known = verified.get(c.user());
        if (known != null && MessageDigest.isEqual(known.fingerprint(), fingerprint)) {
            return known.policy().allowsClientCertificate(certificate)
                    ? Authentication.accepted(c.user())
                    : Authentication.REFUSED;
        }
        long now = System.nanoTime();
        if (backoff().isBackedOff(remoteAddress, now)) {
            return Authentication.REFUSED;
        }
        long forgetsBefore = forgets.get();
        Optional<PushInitiator> account = enabledAccount(c.user());
        if (account.isEmpty()) {
            PasswordHasher.verifyWithoutAccount(c.password().toCharArray());
            backoff().failed(remoteAddress, now);
            return Authentication.REFUSED;
        }
        PushInitiatorPolicy policy = account.get().policy();
        if (!policy.allowsClientCertificate(certificate)) {
            backoff().failed(remoteAddress, now);
            return Authentication.REFUSED;
        }
        if (!policy.allowsClientAddress(remoteAddress)) {
            return new Authentication(Authentication.Outcome.OUTSIDE_ALLOW_LIST, c.user());
        }
        if (!PasswordHasher.verify(c.password().toCharArray(), account.get().passwordHash())) {
            backoff().failed(remoteAddress, now);
            return Authentication.REFUSED;
        }
        remember(c.user(), new Verified(fingerprint, policy), forgetsBefore);
        return Authentication.accepted(c.user());
    }

    /** Forgets what was remembered of an account, after its password or state changed. */
    public void forget(String name) {
        forgets.incrementAndGet();
        verified.remove(name);
    }

    void forgetWhenCommitted(@Observes(during = TransactionPhase.AFTER_COMPLETION) PushInitiatorChanged change) {
        forget(change.name());
    }

    private Optional<PushInitiator> enabledAccount(String name) throws AccountStoreUnavailable {
        try {
            return accounts.find(name).filter(PushInitiator::isEnabled);
        } catch (RuntimeException e) {
            throw new AccountStoreUnavailable(e);
        }
    }

    private void remember(String name, Verified check, long forgetsBefore) {
        if (verified.size() >= MAX_REMEMBERED) {
            verified.clear();
        }
        verified.put(name, check);
        if (forgets.get() != forgetsBefore) {
            verified.remove(name, check);
        }
    }

    private LoginBackoff backoff() {
        LoginBackoff current = backoff;
        if (current == null) {
            current = settings == null
                    ? new LoginBackoff(DEFAULT_MAX_FAILURES, DEFAULT_FAILURE_WINDOW)
                    : new LoginBackoff(
                            settings.loginFailures().maxFailures(),
                            settings.loginFailures().window());
            backoff = current;
        }
        return current;
    }

    private byte[] fingerprint(BasicCredentials c) {
        return macs.get().doFinal((c.user() + '\0' + c.password()).getBytes(StandardCharsets.UTF_8));
    }

    /** A keyed HMAC per thread: looking the algorithm up and keying it per request cost 3 % of the CPU. */
    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(fingerprintKey, "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
