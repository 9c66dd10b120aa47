package io.sipush.ppg.pushinitiator;

import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One allowed-address rule of a PI policy, applied to the SIP URI a PAP address becomes (a PLMN
 * number or {@code tel:} URI becomes {@code sip:+<digits>@<home domain>;user=phone}):
 * <ul>
 *   <li>{@code plmn:<prefix>}: a phone number (a SIP URI with {@code user=phone}, RFC 3261
 *       §19.1.6) whose global number starts with the prefix, for example {@code plmn:+1555};
 *       {@code -} and {@code .} between digits are ignored on both sides;</li>
 *   <li>{@code domain:<sip domain>}: a SIP URI whose host is that domain (without regard to
 *       case); {@code domain:*.example.org} means any subdomain of example.org;</li>
 *   <li>{@code regex:<java regex>}: a SIP URI that the regular expression matches as a whole.</li>
 * </ul>
 */
public final class AddressPattern {
    private static final Pattern PLMN_PREFIX = Pattern.compile("\\+[0-9]+");
    private static final Pattern DOMAIN = Pattern.compile("(?:\\*\\.)?[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*");
    private static final Pattern GLOBAL_NUMBER = Pattern.compile("\\+[0-9]+");
    private static final Pattern VISUAL_SEPARATORS = Pattern.compile("[-.()]");

    private enum Kind {
        PLMN,
        DOMAIN,
        REGEX
    }

    private final String text;
    private final Kind kind;
    private final String value;
    private final Pattern regex;

    private AddressPattern(String text, Kind kind, String value, Pattern regex) {
        this.text = text;
        this.kind = kind;
        this.value = value;
        this.regex = regex;
    }

    /**
     * Reads a rule.
     *
     * @throws InvalidPolicyException naming the rule when it has no known kind or a bad value
     */
    public static AddressPattern parse(String rule) {
        String text = rule == null ? "" : rule.trim();
        int colon = text.indexOf(':');
        String kind = colon < 0 ? "" : text.substring(0, colon).toLowerCase(Locale.ROOT);
        String value = colon < 0 ? "" : text.substring(colon + 1).trim();
        switch (kind) {
            case "plmn": {
                String digits = VISUAL_SEPARATORS.matcher(value).replaceAll("");
                if (!PLMN_PREFIX.matcher(digits).matches()) {
                    throw new InvalidPolicyException(
                            "address pattern '" + text + "': a plmn prefix is + and digits, such as plmn:+1555");
                }
                return new AddressPattern("plmn:" + value, Kind.PLMN, digits, null);
            }
            case "domain":
                if (!DOMAIN.matcher(value).matches()) {
                    throw new InvalidPolicyException("address pattern '" + text
                            + "': a domain is a host name such as domain:ims.example.org or domain:*.example.org");
                }
                return new AddressPattern("domain:" + value, Kind.DOMAIN, value.toLowerCase(Locale.ROOT), null);
            case "regex":
                try {
                    return new AddressPattern("regex:" + value, Kind.REGEX, value, Pattern.compile(value));
                } catch (PatternSyntaxException e) {
                    throw new InvalidPolicyException("address pattern '" + text
                            + "' is not a valid Java regular expression: " + e.getDescription());
                }
            default:
                throw new InvalidPolicyException(
                        "address pattern '" + text + "' must start with plmn:, domain: or regex:");
        }
    }

    /** Whether the rule allows pushes to this SIP URI. */
    public boolean matches(String sipUri) {
        if (sipUri == null) {
            return false;
        }
        return switch (kind) {
            case PLMN ->
                SipUriParts.of(sipUri)
                        .filter(SipUriParts::isPhone)
                        .map(p -> VISUAL_SEPARATORS.matcher(p.user()).replaceAll(""))
                        .filter(n -> GLOBAL_NUMBER.matcher(n).matches() && n.startsWith(value))
                        .isPresent();
            case DOMAIN ->
                SipUriParts.of(sipUri)
                        .map(p -> hostMatches(p.host().toLowerCase(Locale.ROOT)))
                        .orElse(false);
            case REGEX -> regex.matcher(sipUri).matches();
        };
    }

    private boolean hostMatches(String host) {
        if (value.startsWith("*.")) {
            return host.endsWith(value.substring(1));
        }
        return host.equals(value);
    }

    /** The rule as written in a policy, e.g. {@code plmn:+1555}. */
    public String text() {
        return text;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AddressPattern p && p.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }

    /** The user part, host and whether {@code user=phone} is set, of a sip: or sips: URI. */
    record SipUriParts(String user, String host, boolean isPhone) {
        static java.util.Optional<SipUriParts> of(String uri) {
            String lower = uri.toLowerCase(Locale.ROOT);
            int schemeEnd = lower.startsWith("sip:") ? 4 : lower.startsWith("sips:") ? 5 : -1;
            int at = uri.lastIndexOf('@');
            if (schemeEnd < 0 || at < schemeEnd) {
                return java.util.Optional.empty();
            }
            String user = uri.substring(schemeEnd, at);
            int userParams = user.indexOf(';');
            if (userParams >= 0) {
                user = user.substring(0, userParams);
            }
            int colon = user.indexOf(':');
            if (colon >= 0) {
                user = user.substring(0, colon);
            }
            String rest = uri.substring(at + 1);
            int headersStart = rest.indexOf('?');
            if (headersStart >= 0) {
                rest = rest.substring(0, headersStart);
            }
            int paramsStart = rest.indexOf(';');
            String hostPort = paramsStart < 0 ? rest : rest.substring(0, paramsStart);
            String params = paramsStart < 0 ? "" : rest.substring(paramsStart).toLowerCase(Locale.ROOT);
            String host;
            if (hostPort.startsWith("[")) {
                int close = hostPort.indexOf(']');
                host = close < 0 ? hostPort : hostPort.substring(0, close + 1);
            } else {
                int port = hostPort.indexOf(':');
                host = port < 0 ? hostPort : hostPort.substring(0, port);
            }
            boolean phone = (params + ";").contains(";user=phone;");
            return java.util.Optional.of(new SipUriParts(user, host, phone));
        }
    }
}
