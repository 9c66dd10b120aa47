package io.sipush.ppg.terminal;

/**
 * The longest values a registration may hold: the columns of the registry (PPG_CONTACT: AOR 512,
 * CONTACTURI 1024, PUSHAPPLICATIONIDS 1024, PATH 1024). A REGISTER beyond them is refused whole
 * with 400 (DESIGN.md §4 "Trust and hostile input on the SIP side"), rather than stored clipped,
 * which would bind a contact or an address of record that nobody registered.
 */
public final class RegistrationLimits {
    public static final int MAX_AOR_CHARS = 512;
    public static final int MAX_CONTACT_CHARS = 1024;
    /** The {@code +g.oma.pusheventapp} values of one contact, joined with commas. */
    public static final int MAX_FEATURE_TAG_CHARS = 1024;
    /** The Path URIs of one contact, joined with blanks. */
    public static final int MAX_PATH_CHARS = 1024;
    /** Contacts in one REGISTER (RFC 3261 sets no limit; a terminal has a few). */
    public static final int MAX_CONTACTS = 32;

    private RegistrationLimits() {}

    /** @throws RegistrationTooLongException naming the first value that does not fit */
    public static void check(Registration registration) throws RegistrationTooLongException {
        if (registration.addressOfRecord().value().length() > MAX_AOR_CHARS) {
            throw new RegistrationTooLongException("address of record", MAX_AOR_CHARS);
        }
        int contacts = registration.bindings().size()
                + registration.removedContactUris().size();
        if (contacts > MAX_CONTACTS) {
            throw new RegistrationTooLongException("Contact list (" + contacts + " contacts) is", MAX_CONTACTS);
        }
        for (String removed : registration.removedContactUris()) {
            checkContact(removed);
        }
        for (ContactBinding binding : registration.bindings()) {
            checkContact(binding.contactUri());
            if (String.join(",", binding.pushApplicationIds()).length() > MAX_FEATURE_TAG_CHARS) {
                throw new RegistrationTooLongException("+g.oma.pusheventapp", MAX_FEATURE_TAG_CHARS);
            }
            if (String.join(" ", binding.path()).length() > MAX_PATH_CHARS) {
                throw new RegistrationTooLongException("Path", MAX_PATH_CHARS);
            }
        }
    }

    private static void checkContact(String contactUri) throws RegistrationTooLongException {
        if (contactUri.length() > MAX_CONTACT_CHARS) {
            throw new RegistrationTooLongException("Contact", MAX_CONTACT_CHARS);
        }
    }
}
