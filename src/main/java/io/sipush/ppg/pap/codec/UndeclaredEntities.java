package io.sipush.ppg.pap.codec;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds a reference to an entity that is not predefined. A parser that does not read the
 * external DTD subset silently drops such references from attribute values (XML 1.0 §4.1,
 * "Entity Declared"); since this PPG refuses every entity declaration, any such reference is
 * an error. Comments, CDATA sections and processing instructions are skipped.
 */
final class UndeclaredEntities {

    private static final Set<String> PREDEFINED = Set.of("amp", "lt", "gt", "quot", "apos");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_:][-A-Za-z0-9._:]*");
    private static final int MAX_NAME = 256;

    private UndeclaredEntities() {}

    static Optional<String> find(String document) {
        int i = 0;
        while (i < document.length()) {
            if (document.startsWith("<!--", i)) {
                i = skipPast(document, "-->", i + 4);
            } else if (document.startsWith("<![CDATA[", i)) {
                i = skipPast(document, "]]>", i + 9);
            } else if (document.startsWith("<?", i)) {
                i = skipPast(document, "?>", i + 2);
            } else if (document.charAt(i) == '&') {
                Optional<String> name = undeclaredAt(document, i + 1);
                if (name.isPresent()) {
                    return name;
                }
                i++;
            } else {
                i++;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> undeclaredAt(String document, int start) {
        int semicolon = document.indexOf(';', start);
        if (semicolon < 0 || semicolon - start > MAX_NAME) {
            return Optional.empty();
        }
        String name = document.substring(start, semicolon);
        if (NAME.matcher(name).matches() && !PREDEFINED.contains(name)) {
            return Optional.of(name);
        }
        return Optional.empty();
    }

    private static int skipPast(String document, String end, int from) {
        int found = document.indexOf(end, from);
        return found < 0 ? document.length() : found + end.length();
    }
}
