package io.sipush.ppg.pap;

/**
 * The one failure of PAP decoding and validation: it carries the PAP status code the Push
 * Initiator gets back (WAP-247-PAP-20010429-a §9.13), a readable
 * description (the {@code desc} of the reply) and the offending fragment (the
 * {@code bad-message-fragment} of a badmessage-response, §9.12).
 */
public final class PapException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Fragments are cut to about this many characters. */
    public static final int MAX_FRAGMENT_LENGTH = 200;

    private final StatusCode code;
    private final String fragment;

    public PapException(StatusCode code, String desc) {
        this(code, desc, null, null);
    }

    public PapException(StatusCode code, String desc, String fragment) {
        this(code, desc, fragment, null);
    }

    public PapException(StatusCode code, String desc, String fragment, Throwable cause) {
        super(desc == null || desc.isBlank() ? code.description() : desc, cause);
        this.code = code;
        this.fragment = truncate(fragment);
    }

    public StatusCode code() {
        return code;
    }

    /** The offending XML fragment or header, at most about 200 characters; empty when unknown. */
    public String fragment() {
        return fragment;
    }

    /** This failure with the given fragment, unless it already names one. */
    public PapException withFragment(String newFragment) {
        if (!fragment.isEmpty() || newFragment == null || newFragment.isEmpty()) {
            return this;
        }
        return new PapException(code, getMessage(), newFragment, getCause());
    }

    private static String truncate(String fragment) {
        if (fragment == null) {
            return "";
        }
        if (fragment.length() <= MAX_FRAGMENT_LENGTH) {
            return fragment;
        }
        int end = MAX_FRAGMENT_LENGTH;
        if (Character.isHighSurrogate(fragment.charAt(end - 1))) {
            end--;
        }
        return fragment.substring(0, end) + "...";
    }

    @Override
    public String toString() {
        return "PapException[" + code.code() + " " + getMessage() + "]";
    }
}
