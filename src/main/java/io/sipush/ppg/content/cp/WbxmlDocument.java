package io.sipush.ppg.content.cp;

import java.util.Objects;
import java.util.Optional;

/**
 * A WBXML document: header fields and the root element (WAP-192-WBXML §5.3–§5.6).
 *
 * <p>The public identifier is either a well-known number, or (number 0) a string from the
 * string table; {@link #publicIdText()} holds that string.
 */
public final class WbxmlDocument {

    private final int version;
    private final int publicId;
    private final String publicIdText;
    private final int charset;
    private final WbxmlElement root;

    /** A document whose public identifier is the well-known number {@code publicId}. */
    public WbxmlDocument(int version, int publicId, int charset, WbxmlElement root) {
        this(version, publicId, null, charset, root);
    }

    WbxmlDocument(int version, int publicId, String publicIdText, int charset, WbxmlElement root) {
        if (version < 0 || version > 0xFF) {
            throw new IllegalArgumentException("version must be one byte, was " + version);
        }
        if (publicId < 0 || charset < 0) {
            throw new IllegalArgumentException("public id and charset must not be negative");
        }
        this.version = version;
        this.publicId = publicId;
        this.publicIdText = publicIdText;
        this.charset = charset;
        this.root = Objects.requireNonNull(root, "root");
    }

    /** The version byte: major − 1 in the high nibble, minor in the low (0x03 is 1.3). */
    public int version() {
        return version;
    }

    /** The well-known public identifier, or 0 when it was given as a string. */
    public int publicId() {
        return publicId;
    }

    /** The public identifier string from the string table, when it was given that way. */
    public Optional<String> publicIdText() {
        return Optional.ofNullable(publicIdText);
    }

    /** The IANA MIBenum of the character set (0x6A is UTF-8). */
    public int charset() {
        return charset;
    }

    public WbxmlElement root() {
        return root;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof WbxmlDocument)) {
            return false;
        }
        WbxmlDocument that = (WbxmlDocument) other;
        return version == that.version
                && publicId == that.publicId
                && Objects.equals(publicIdText, that.publicIdText)
                && charset == that.charset
                && root.equals(that.root);
    }

    @Override
    public int hashCode() {
        return Objects.hash(version, publicId, publicIdText, charset, root);
    }

    @Override
    public String toString() {
        return "WbxmlDocument[version=" + version + ", publicId=" + publicId
                + (publicIdText == null ? "" : " \"" + publicIdText + "\"")
                + ", charset=" + charset + ", root=" + root + "]";
    }
}
