package io.sipush.ppg.pap;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * A push application ID, the {@code X-Wap-Application-Id} of the PAP content entity
 * (WAP-247-PAP-20010429-a §8), with the values 0x00 to 0x0A and 0x10 of the OMNA Push
 * Application ID registry. A missing ID means {@code wml.ua}, as the WAP PPG did.
 * Unknown textual IDs are kept as given; unknown numeric ones are kept in their numeric form.
 */
public final class PushApplicationId {

    private static final String WAP_PREFIX = "x-wap-application:";
    private static final String OMA_PREFIX = "x-oma-application:";
    private static final Pattern HEX = Pattern.compile("0[xX][0-9a-fA-F]{1,7}");
    private static final Pattern DECIMAL = Pattern.compile("[0-9]{1,9}");

    public static final PushApplicationId ANY = registered(0x00, WAP_PREFIX + "*");
    public static final PushApplicationId PUSH_SIA = registered(0x01, WAP_PREFIX + "push.sia");
    public static final PushApplicationId WML_UA = registered(0x02, WAP_PREFIX + "wml.ua");
    public static final PushApplicationId WTA_UA = registered(0x03, WAP_PREFIX + "wta.ua");
    public static final PushApplicationId MMS_UA = registered(0x04, WAP_PREFIX + "mms.ua");
    public static final PushApplicationId PUSH_SYNCML = registered(0x05, WAP_PREFIX + "push.syncml");
    public static final PushApplicationId LOC_UA = registered(0x06, WAP_PREFIX + "loc.ua");
    public static final PushApplicationId SYNCML_DM = registered(0x07, WAP_PREFIX + "syncml.dm");
    public static final PushApplicationId DRM_UA = registered(0x08, WAP_PREFIX + "drm.ua");
    public static final PushApplicationId EMN_UA = registered(0x09, WAP_PREFIX + "emn.ua");
    public static final PushApplicationId WV_UA = registered(0x0A, WAP_PREFIX + "wv.ua");
    public static final PushApplicationId ULP_UA = registered(0x10, OMA_PREFIX + "ulp.ua");

    private static final List<PushApplicationId> REGISTERED = List.of(
            ANY, PUSH_SIA, WML_UA, WTA_UA, MMS_UA, PUSH_SYNCML, LOC_UA, SYNCML_DM, DRM_UA, EMN_UA, WV_UA, ULP_UA);

    private final String urn;
    private final Integer code;

    private PushApplicationId(String urn, Integer code) {
        this.urn = urn;
        this.code = code;
    }

    private static PushApplicationId registered(int code, String urn) {
        return new PushApplicationId(urn, code);
    }

    /**
     * Reads a header value: a URN ({@code x-wap-application:syncml.dm}), a short name
     * ({@code syncml.dm}), or a number ({@code 0x07}, {@code 7}). Null or blank means
     * {@code wml.ua}.
     */
    public static PushApplicationId parse(String headerValue) {
        String value = headerValue == null ? "" : unquote(headerValue.trim());
        if (value.isEmpty()) {
            return WML_UA;
        }
        if (HEX.matcher(value).matches()) {
            return byCode(Long.parseLong(value.substring(2), 16), value);
        }
        if (DECIMAL.matcher(value).matches()) {
            return byCode(Long.parseLong(value), value);
        }
        return byName(value);
    }

    /** The full ID, e.g. {@code x-wap-application:syncml.dm}. */
    public String urn() {
        return urn;
    }

    /**
     * The ID without its {@code x-wap-application:} or {@code x-oma-application:} prefix, e.g.
     * {@code syncml.dm}: the value of the {@code +g.oma.pusheventapp} feature tag.
     */
    public String shortName() {
        return stripPrefix(urn);
    }

    /** The OMNA number, when the ID is registered or was given as a number. */
    public OptionalInt code() {
        return code == null ? OptionalInt.empty() : OptionalInt.of(code);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PushApplicationId
                && ((PushApplicationId) other).urn.equalsIgnoreCase(urn)
                && Objects.equals(((PushApplicationId) other).code, code);
    }

    @Override
    public int hashCode() {
        return urn.toLowerCase(Locale.ROOT).hashCode();
    }

    @Override
    public String toString() {
        return urn;
    }

    private static PushApplicationId byCode(long number, String asGiven) {
        for (PushApplicationId id : REGISTERED) {
            if (id.code == number) {
                return id;
            }
        }
        return new PushApplicationId(asGiven, (int) number);
    }

    private static PushApplicationId byName(String value) {
        for (PushApplicationId id : REGISTERED) {
            if (id.urn.equalsIgnoreCase(value) || id.shortName().equalsIgnoreCase(value)) {
                return id;
            }
        }
        return new PushApplicationId(value, null);
    }

    private static String stripPrefix(String urn) {
        for (String prefix : List.of(WAP_PREFIX, OMA_PREFIX)) {
            if (urn.regionMatches(true, 0, prefix, 0, prefix.length())) {
                return urn.substring(prefix.length());
            }
        }
        return urn;
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            return value.substring(1, value.length() - 1).trim();
        }
        return value;
    }
}
