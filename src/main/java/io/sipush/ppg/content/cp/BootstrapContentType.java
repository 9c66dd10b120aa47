package io.sipush.ppg.content.cp;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The textual Content-Type of a bootstrap message,
 * {@code application/vnd.wap.connectivity-wbxml; SEC=USERPIN; MAC=<40 HEX>}
 * (OMA-WAP-TS-ProvBoot-V1_1 §5; OMA-WAP-TS-ProvCont-V1_1 for the media type).
 *
 * <p>SEC is written as a name by default, or as a number on request. When parsing, SEC may be
 * either, parameter names are matched without regard to case, values may be quoted, and other
 * parameters are ignored. MAC must be 40 upper-case hex characters, and needs SEC.
 */
public final class BootstrapContentType {

    public static final String MEDIA_TYPE = "application/vnd.wap.connectivity-wbxml";

    /** How SEC is written in {@link #render(SecNotation)}. */
    public enum SecNotation {
        NAME,
        NUMBER
    }

    private static final String SEC = "SEC";
    private static final String MAC = "MAC";

    private final SecurityMethod security;
    private final BootstrapMacValue mac;

    private BootstrapContentType(SecurityMethod security, BootstrapMacValue mac) {
        this.security = security;
        this.mac = mac;
    }

    public static BootstrapContentType secured(SecurityMethod security, BootstrapMacValue mac) {
        return new BootstrapContentType(
                Objects.requireNonNull(security, "security"), Objects.requireNonNull(mac, "mac"));
    }

    /** The bare media type, without SEC and MAC. */
    public static BootstrapContentType unsecured() {
        return new BootstrapContentType(null, null);
    }

    public Optional<SecurityMethod> security() {
        return Optional.ofNullable(security);
    }

    public Optional<BootstrapMacValue> mac() {
        return Optional.ofNullable(mac);
    }

    /** For example {@code application/vnd.wap.connectivity-wbxml; SEC=USERPIN; MAC=3F…}. */
    public String render() {
        return render(SecNotation.NAME);
    }

    public String render(SecNotation notation) {
        StringBuilder text = new StringBuilder(MEDIA_TYPE);
        if (security != null) {
            text.append("; ")
                    .append(SEC)
                    .append('=')
                    .append(notation == SecNotation.NUMBER ? Integer.toString(security.code()) : security.name());
        }
        if (mac != null) {
            text.append("; ").append(MAC).append('=').append(mac.hex());
        }
        return text.toString();
    }

    public static BootstrapContentType parse(String contentType) throws MalformedContentTypeException {
        String[] parts = Objects.requireNonNull(contentType, "contentType").split(";");
        if (!parts[0].trim().equalsIgnoreCase(MEDIA_TYPE)) {
            throw new MalformedContentTypeException("media type is \"" + parts[0].trim() + "\", not " + MEDIA_TYPE);
        }
        Map<String, String> parameters = parameters(parts);
        SecurityMethod security = parseSecurity(parameters.get(SEC));
        BootstrapMacValue mac = parseMac(parameters.get(MAC));
        if (mac != null && security == null) {
            throw new MalformedContentTypeException("MAC is given without SEC");
        }
        return new BootstrapContentType(security, mac);
    }

    private static Map<String, String> parameters(String[] parts) throws MalformedContentTypeException {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i].trim();
            int equals = part.indexOf('=');
            if (equals <= 0) {
                throw new MalformedContentTypeException("parameter \"" + part + "\" has no value");
            }
            String name = part.substring(0, equals).trim().toUpperCase(Locale.ROOT);
            if (parameters.put(name, unquote(part.substring(equals + 1).trim())) != null) {
                throw new MalformedContentTypeException("parameter " + name + " is repeated");
            }
        }
        return parameters;
    }

    private static String unquote(String value) {
        boolean quoted = value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"");
        return quoted ? value.substring(1, value.length() - 1) : value;
    }

    private static SecurityMethod parseSecurity(String value) throws MalformedContentTypeException {
        if (value == null) {
            return null;
        }
        try {
            return SecurityMethod.parse(value);
        } catch (UnknownSecurityMethodException e) {
            throw new MalformedContentTypeException(e.getMessage());
        }
    }

    private static BootstrapMacValue parseMac(String value) throws MalformedContentTypeException {
        if (value == null) {
            return null;
        }
        try {
            return BootstrapMacValue.parse(value);
        } catch (IllegalArgumentException e) {
            throw new MalformedContentTypeException(e.getMessage());
        }
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof BootstrapContentType)) {
            return false;
        }
        BootstrapContentType that = (BootstrapContentType) other;
        return security == that.security && Objects.equals(mac, that.mac);
    }

    @Override
    public int hashCode() {
        return Objects.hash(security, mac);
    }

    @Override
    public String toString() {
        return render();
    }
}
