package io.sipush.ppg.pap.codec;

import java.util.List;

/**
 * What the secure parser saw: the DOCTYPE (if any), the {@code wap-pap-ver} processing
 * instructions' supported-versions values, and the root element.
 */
record ParsedDocument(Doctype doctype, List<String> supportedVersions, XmlElement root) {

    /** A DOCTYPE declaration; publicId and systemId may be null. */
    record Doctype(String rootName, String publicId, String systemId) {

        String text() {
            StringBuilder text = new StringBuilder("<!DOCTYPE ").append(rootName);
            if (publicId != null) {
                text.append(" PUBLIC \"").append(publicId).append('"');
            } else if (systemId != null) {
                text.append(" SYSTEM");
            }
            if (systemId != null) {
                text.append(" \"").append(systemId).append('"');
            }
            return text.append('>').toString();
        }
    }
}
