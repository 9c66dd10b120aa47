package io.sipush.ppg.pap;

import java.util.Arrays;
import java.util.Optional;

/**
 * The PAP versions this PPG speaks, identified by the DOCTYPE of the control entity
 * (WAP-247-PAP-20010429-a §9.1; OMA-TS-PAP-V2_1 for 2.1).
 */
public enum PapVersion {
    V1_0("1.0", "-//WAPFORUM//DTD PAP 1.0//EN", "http://www.wapforum.org/DTD/pap_1.0.dtd"),
    V2_0("2.0", "-//WAPFORUM//DTD PAP 2.0//EN", "http://www.wapforum.org/DTD/pap_2.0.dtd"),
    V2_1("2.1", "-//WAPFORUM//DTD PAP 2.1//EN", "http://www.openmobilealliance.org/tech/DTD/pap_2.1.dtd");

    /** Public ID that some PAP 1.0 Push Initiators send instead of the numbered one. */
    public static final String UNNUMBERED_1_0_PUBLIC_ID = "-//WAPFORUM//DTD PAP//EN";

    private final String label;
    private final String publicId;
    private final String systemId;

    PapVersion(String label, String publicId, String systemId) {
        this.label = label;
        this.publicId = publicId;
        this.systemId = systemId;
    }

    public String label() {
        return label;
    }

    public String publicId() {
        return publicId;
    }

    public String systemId() {
        return systemId;
    }

    public static Optional<PapVersion> fromPublicId(String publicId) {
        if (publicId == null) {
            return Optional.empty();
        }
        String id = publicId.trim();
        if (id.equals(UNNUMBERED_1_0_PUBLIC_ID)) {
            return Optional.of(V1_0);
        }
        return Arrays.stream(values()).filter(v -> v.publicId.equals(id)).findFirst();
    }

    public static Optional<PapVersion> fromSystemId(String systemId) {
        if (systemId == null) {
            return Optional.empty();
        }
        String id = systemId.trim();
        return Arrays.stream(values())
                .filter(v -> v.systemId.equalsIgnoreCase(id))
                .findFirst();
    }

    public static Optional<PapVersion> fromLabel(String label) {
        if (label == null) {
            return Optional.empty();
        }
        String trimmed = label.trim();
        return Arrays.stream(values()).filter(v -> v.label.equals(trimmed)).findFirst();
    }

    /** True for 2.0 and later, which know replace-push-id and replace-method. */
    public boolean supportsReplacement() {
        return this != V1_0;
    }
}
