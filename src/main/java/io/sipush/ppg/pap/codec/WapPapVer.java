package io.sipush.ppg.pap.codec;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code <?wap-pap-ver supported-versions="2.0,1.*"?>} processing instruction
 * (WAP-247-PAP-20010429-a §9.1): its target, and the value a parser keeps from its data.
 */
final class WapPapVer {

    static final String TARGET = "wap-pap-ver";

    private static final Pattern SUPPORTED_VERSIONS = Pattern.compile("supported-versions\\s*=\\s*[\"']([^\"']*)[\"']");

    private WapPapVer() {}

    /** Adds the supported-versions value of this instruction's data, if it has one. */
    static void addSupportedVersions(String data, List<String> supportedVersions) {
        Matcher matcher = SUPPORTED_VERSIONS.matcher(data == null ? "" : data);
        if (matcher.find()) {
            supportedVersions.add(matcher.group(1));
        }
    }
}
