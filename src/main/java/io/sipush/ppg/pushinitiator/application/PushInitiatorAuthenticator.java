package io.sipush.ppg.pushinitiator.application;

import io.sipush.ppg.pushinitiator.BasicCredentials;
import io.sipush.ppg.pushinitiator.PasswordHasher;
import io.sipush.ppg.pushinitiator.PushInitiator;
import io.sipush.ppg.pushinitiator.PushInitiatorChanged;
import io.sipush.ppg.pushinitiator.PushInitiatorRepository;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.enterprise.context.ApplicationScoped;
import javax.enterprise.event.Observes;
import javax.enterprise.event.TransactionPhase;
import javax.inject.Inject;

/**
 * Authenticates PAP requests. PBKDF2 is slow on purpose, so a successful check is remembered as
 * a SHA-256 fingerprint of the credentials (in memory only): repeated requests with the same
 * credentials cost one hash, and a changed or wrong password never matches the fingerprint.
 *
 * <p>When an account changes, {@link #forget} drops what was remembered, once when the change is
 * made and again when its transaction has ended. A check that was under way during a change
 * (it may have read the old password) does not leave its result behind: every forget moves a
 * counter on, and a check that sees the counter moved drops what it remembered.
 */
@ApplicationScoped
public class PushInitiatorAuthenticator {
    private static final int MAX_REMEMBERED = 10_000;
    /** One digest per thread: looking the algorithm up for each request cost 2 us of its 2.5. */
    private static final ThreadLocal<MessageDigest> SHA_256 =
            ThreadLocal.withInitial(PushInitiatorAuthenticator::sha256);

    @Inject
    PushInitiatorRepository accounts;

    private final Map<String, byte[]> verified = new ConcurrentHashMap<>();
    private final AtomicLong forgets = new AtomicLong();

    /**
     * The name of the authenticated PI, or empty when the header does not prove one. Not
     * {@code @Transactional}: the account lookup is (the repository is SUPPORTS), and the
     * interceptor around every PAP request (a unit of work begun and ended) cost about 7 % of the
     * HTTP threads' CPU samples in the cold phase's profile even when the fingerprint matched.
     */
    public Optional<String> authenticate(String authorizationHeader) {
        Optional<BasicCredentials> credentials = BasicCredentials.parse(authorizationHeader);
        if (credentials.isEmpty()) {
            return Optional.empty();
        }
        BasicCredentials c = credentials.get();
        byte[] fingerprint = fingerprint(c);
        byte[] known = verified.get(c.user());
        if (known != null && MessageDigest.isEqual(known, fingerprint)) {
            return Optional.of(c.user());
        }
        long forgetsBefore = forgets.get();
        Optional<PushInitiator> account = accounts.find(c.user()).filter(PushInitiator::isEnabled);
        if (account.isEmpty()
                || !PasswordHasher.verify(
                        c.password().toCharArray(), account.get().passwordHash())) {
            return Optional.empty();
        }
        if (verified.size() >= MAX_REMEMBERED) {
            verified.clear();
        }
        verified.put(c.user(), fingerprint);
        if (forgets.get() != forgetsBefore) {
            verified.remove(c.user(), fingerprint);
        }
        return Optional.of(c.user());
    }

    /** Forgets what was remembered of an account, after its password or state changed. */
    public void forget(String name) {
        forgets.incrementAndGet();
        verified.remove(name);
    }

    void forgetWhenCommitted(@Observes(during = TransactionPhase.AFTER_COMPLETION) PushInitiatorChanged change) {
        forget(change.name());
    }

    private static byte[] fingerprint(BasicCredentials c) {
        return SHA_256.get().digest((c.user() + '\0' + c.password()).getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
