package io.sipush.ppg.pap.codec;

import io.sipush.ppg.pap.PapException;
import io.sipush.ppg.pap.PapVersion;
import io.sipush.ppg.pap.StatusCode;
import java.util.Arrays;
import java.util.Optional;

/**
 * Decides the PAP version of a control entity (WAP-247-PAP-20010429-a §9.1). The DOCTYPE's
 * public ID decides, else its system ID. A document without either is read as PAP 2.1, the
 * newest version. A {@code version} attribute on {@code <pap>} and the {@code wap-pap-ver}
 * processing instruction, when present, must name a version this PPG supports (else 3002).
 */
final class DocumentVersion {

    static final PapVersion DEFAULT = PapVersion.V2_1;

    private DocumentVersion() {}

    static PapVersion resolve(ParsedDocument document) throws PapException {
        PapVersion version = fromDoctype(document.doctype()).orElse(null);
        version = checkPapAttribute(document.root(), version);
        for (String supported : document.supportedVersions()) {
            requireOneSupported(supported);
        }
        return version == null ? DEFAULT : version;
    }

    private static Optional<PapVersion> fromDoctype(ParsedDocument.Doctype doctype) throws PapException {
        if (doctype == null) {
            return Optional.empty();
        }
        if (!"pap".equals(doctype.rootName())) {
            throw new PapException(
                    StatusCode.BAD_REQUEST, "The DOCTYPE names " + doctype.rootName() + ", not pap", doctype.text());
        }
        if (doctype.publicId() != null) {
            return Optional.of(PapVersion.fromPublicId(doctype.publicId())
                    .orElseThrow(
                            () -> unsupported("Unknown PAP public identifier " + doctype.publicId(), doctype.text())));
        }
        if (doctype.systemId() != null) {
            return Optional.of(PapVersion.fromSystemId(doctype.systemId())
                    .orElseThrow(() ->
                            unsupported("Unknown PAP DTD system identifier " + doctype.systemId(), doctype.text())));
        }
        return Optional.empty();
    }

    private static PapVersion checkPapAttribute(XmlElement pap, PapVersion fromDoctype) throws PapException {
        String label = pap.attributes().get("version");
        if (label == null || !"pap".equals(pap.name())) {
            return fromDoctype;
        }
        PapVersion named = PapVersion.fromLabel(label)
                .orElseThrow(() -> unsupported("PAP version " + label + " is not supported", pap.startTag()));
        if (fromDoctype != null && fromDoctype != named) {
            throw unsupported(
                    "<pap version=\"" + label + "\"> contradicts the DOCTYPE of PAP " + fromDoctype.label(),
                    pap.startTag());
        }
        return named;
    }

    /** A supported-versions list such as {@code 2.0,1.*} must admit one version we speak. */
    private static void requireOneSupported(String supportedVersions) throws PapException {
        boolean any =
                Arrays.stream(supportedVersions.split(",")).map(String::trim).anyMatch(DocumentVersion::matchesOurs);
        if (!any) {
            throw unsupported(
                    "None of the supported-versions " + supportedVersions + " is spoken by this PPG (1.0, 2.0, 2.1)",
                    "<?wap-pap-ver supported-versions=\"" + supportedVersions + "\"?>");
        }
    }

    private static boolean matchesOurs(String pattern) {
        for (PapVersion version : PapVersion.values()) {
            String label = version.label();
            if (pattern.equals("*")
                    || pattern.equals(label)
                    || pattern.endsWith(".*") && label.startsWith(pattern.substring(0, pattern.length() - 1))) {
                return true;
            }
        }
        return false;
    }

    private static PapException unsupported(String desc, String fragment) {
        return new PapException(StatusCode.VERSION_NOT_SUPPORTED, desc, fragment);
    }
}
