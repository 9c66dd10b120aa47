package io.sipush.ppg.terminal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Chooses the contact a push goes to. Contacts that announced the push's application ID come
 * first (RFC 3841 §7.2 preference), then contacts that announced no application at all, by
 * {@code q} and then by the latest expiry. A contact that announced only other applications is
 * still used when nothing better exists: the terminal registered, and the SIP core or the
 * terminal itself decides on the {@code Accept-Contact} header.
 */
public final class ContactSelection {
    private ContactSelection() {}

    public static Optional<ContactBinding> best(List<ContactBinding> contacts, String appShortName) {
        Comparator<ContactBinding> order = Comparator.<ContactBinding>comparingInt(c -> rank(c, appShortName))
                .thenComparing(ContactBinding::q, Comparator.reverseOrder())
                .thenComparing(ContactBinding::expiresAt, Comparator.reverseOrder());
        return contacts.stream().min(order);
    }

    private static int rank(ContactBinding contact, String appShortName) {
        if (contact.announces(appShortName)) {
            return 0;
        }
        return contact.accepts(appShortName) ? 1 : 2;
    }
}
