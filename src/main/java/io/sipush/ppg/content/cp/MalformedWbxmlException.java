package io.sipush.ppg.content.cp;

/**
 * WBXML bytes that cannot be decoded (WAP-192-WBXML §5), or a WBXML tree that is not a valid
 * provisioning document (OMA-WAP-TS-ProvCont-V1_1 §5). It also covers the parts of WBXML this
 * decoder rejects on purpose: LITERAL tags and attributes, processing instructions, extension
 * tokens, and OPAQUE inside attribute values.
 */
public class MalformedWbxmlException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int offset;

    /** A failure at byte {@code offset}; use -1 when it is not tied to a byte. */
    public MalformedWbxmlException(String message, int offset) {
        super(offset < 0 ? message : message + " (at offset " + offset + ")");
        this.offset = offset;
    }

    public MalformedWbxmlException(String message) {
        this(message, -1);
    }

    /** The byte offset of the failure, or -1 when it is not tied to a byte. */
    public int offset() {
        return offset;
    }
}
