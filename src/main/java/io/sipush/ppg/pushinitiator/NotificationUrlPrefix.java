package io.sipush.ppg.pushinitiator;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * One entry of a PI's allow-list of result notification URLs: an http or https URL that a
 * {@code ppg-notify-requested-to} must start with ({@code https://pi.example.com/pap/}). Scheme
 * and host compare without case; a prefix without a path allows any path on that origin.
 */
public final class NotificationUrlPrefix {
    private final String text;
    private final String normalised;

    private NotificationUrlPrefix(String text, String normalised) {
        this.text = text;
        this.normalised = normalised;
    }

    /** @throws InvalidPolicyException unless the entry is an absolute http or https URL */
    public static NotificationUrlPrefix parse(String entry) {
        String text = entry.trim();
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw invalid(text);
            }
            return new NotificationUrlPrefix(text, normalise(uri));
        } catch (URISyntaxException e) {
            throw invalid(text);
        }
    }

    /** Whether the notification URL starts with this prefix. */
    public boolean allows(String url) {
        try {
            String candidate = normalise(new URI(url.trim()));
            if (!candidate.startsWith(normalised)) {
                return false;
            }
            // "https://pi.example.com" must not allow "https://pi.example.com.evil.org".
            boolean originOnly = normalised.indexOf('/', normalised.indexOf("//") + 2) < 0;
            return !originOnly
                    || candidate.length() == normalised.length()
                    || "/?#".indexOf(candidate.charAt(normalised.length())) >= 0;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    public String text() {
        return text;
    }

    private static String normalise(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
        String rest = uri.getRawPath() == null ? "" : uri.getRawPath();
        if (uri.getRawQuery() != null) {
            rest += "?" + uri.getRawQuery();
        }
        return scheme + "://" + host + port + rest;
    }

    private static InvalidPolicyException invalid(String text) {
        return new InvalidPolicyException(
                "notification URL prefix '" + text + "' is not an http or https URL such as https://pi.example.com/");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NotificationUrlPrefix p && p.normalised.equals(normalised);
    }

    @Override
    public int hashCode() {
        return normalised.hashCode();
    }
}
