package io.sipush.ppg.content.cp;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@code wap-provisioningdoc}: an optional version and one or more characteristics
 * (OMA-WAP-TS-ProvCont-V1_1 §5.1).
 */
public final class ProvisioningDocument {

    private final String version;
    private final List<Characteristic> characteristics;

    /** {@code version} may be null when the document has no version attribute. */
    public ProvisioningDocument(String version, List<Characteristic> characteristics) {
        this.version = version == null ? null : Parm.requireText(version, "version");
        this.characteristics = List.copyOf(characteristics);
        if (this.characteristics.isEmpty()) {
            throw new IllegalArgumentException("a provisioning document needs at least one characteristic");
        }
    }

    public static ProvisioningDocument of(String version, Characteristic... characteristics) {
        return new ProvisioningDocument(version, List.of(characteristics));
    }

    public Optional<String> version() {
        return Optional.ofNullable(version);
    }

    public List<Characteristic> characteristics() {
        return characteristics;
    }

    /** The document as WBXML 1.3, public identifier 0x0B, UTF-8. */
    public byte[] toWbxml() {
        return ProvisioningWbxml.encode(this);
    }

    /** The document as indented XML text, for logs and printing. */
    public String toXml() {
        return ProvisioningXml.render(this);
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof ProvisioningDocument)) {
            return false;
        }
        ProvisioningDocument that = (ProvisioningDocument) other;
        return Objects.equals(version, that.version) && characteristics.equals(that.characteristics);
    }

    @Override
    public int hashCode() {
        return Objects.hash(version, characteristics);
    }

    @Override
    public String toString() {
        return "ProvisioningDocument[version=" + version + ", " + characteristics + "]";
    }
}
