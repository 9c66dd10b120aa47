package io.sipush.ppg.content.cp;

import java.util.Locale;

/**
 * The {@code SEC} parameter of a bootstrap message: which shared secret keys the MAC
 * (OMA-WAP-TS-ProvBoot-V1_1 §5, shared-secret security).
 */
public enum SecurityMethod {
    /** Key: the IMSI as GSM 11.11 semi-octets. */
    NETWPIN(0),
    /** Key: the user PIN as ASCII. */
    USERPIN(1),
    /** Key: the IMSI semi-octets followed by the ASCII user PIN. */
    USERNETWPIN(2),
    /** Key: the first half of a 2n-digit PIN whose second half is derived from the MAC. */
    USERPINMAC(3);

    private final int code;

    SecurityMethod(int code) {
        this.code = code;
    }

    /** The number used for SEC in the binary (WSP) content type. */
    public int code() {
        return code;
    }

    /** Reads SEC written as a number ("1") or as a name ("USERPIN", any case). */
    public static SecurityMethod parse(String text) throws UnknownSecurityMethodException {
        String trimmed = text.trim();
        for (SecurityMethod method : values()) {
            if (trimmed.equals(Integer.toString(method.code))
                    || trimmed.toUpperCase(Locale.ROOT).equals(method.name())) {
                return method;
            }
        }
        throw new UnknownSecurityMethodException(
                "SEC=" + text + " is not one of NETWPIN (0), USERPIN (1), USERNETWPIN (2), USERPINMAC (3)");
    }

    /** The method whose number is {@code code}. */
    public static SecurityMethod fromCode(int code) throws UnknownSecurityMethodException {
        return parse(Integer.toString(code));
    }
}
