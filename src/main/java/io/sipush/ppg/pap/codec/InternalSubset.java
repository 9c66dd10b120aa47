package io.sipush.ppg.pap.codec;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the processing instructions of a DOCTYPE's internal subset, where PAP puts
 * {@code <?wap-pap-ver supported-versions="2.0,1.*"?>} (WAP-247-PAP-20010429-a §9.1 and its
 * examples). The JDK's SAX parser reports processing instructions of the document only, not
 * those in the DTD, so they are read from the text of a document that has already parsed as
 * well-formed XML. Comments and quoted literals are skipped.
 */
final class InternalSubset {

    private InternalSubset() {}

    /** The data of every processing instruction with this target in the internal subset. */
    static List<String> processingInstructions(String document, String target) {
        List<String> found = new ArrayList<>();
        int i = subsetStart(document);
        if (i < 0) {
            return found;
        }
        while (i < document.length() && document.charAt(i) != ']') {
            if (document.startsWith("<!--", i)) {
                i = skipPast(document, "-->", i + 4);
            } else if (document.startsWith("<?", i)) {
                int end = document.indexOf("?>", i + 2);
                if (end < 0) {
                    return found;
                }
                String instruction = document.substring(i + 2, end);
                int blank = firstBlank(instruction);
                if (instruction.substring(0, blank).equals(target)) {
                    found.add(instruction.substring(blank).strip());
                }
                i = end + 2;
            } else if (document.startsWith("<!", i)) {
                i = skipDeclaration(document, i + 2);
            } else {
                i++;
            }
        }
        return found;
    }

    /** The index just after the {@code [} of the DOCTYPE, or -1 when there is no internal subset. */
    private static int subsetStart(String document) {
        int i = 0;
        while (i < document.length()) {
            if (document.startsWith("<!--", i)) {
                i = skipPast(document, "-->", i + 4);
            } else if (document.startsWith("<?", i)) {
                i = skipPast(document, "?>", i + 2);
            } else if (document.startsWith("<!DOCTYPE", i)) {
                return openingBracket(document, i + 9);
            } else if (document.charAt(i) == '<') {
                return -1;
            } else {
                i++;
            }
        }
        return -1;
    }

    private static int openingBracket(String document, int from) {
        int i = from;
        while (i < document.length()) {
            char c = document.charAt(i);
            if (c == '"' || c == '\'') {
                i = skipPast(document, String.valueOf(c), i + 1);
            } else if (c == '[') {
                return i + 1;
            } else if (c == '>') {
                return -1;
            } else {
                i++;
            }
        }
        return -1;
    }

    /** Skips a markup declaration such as {@code <!ELEMENT ...>}, honouring quoted literals. */
    private static int skipDeclaration(String document, int from) {
        int i = from;
        while (i < document.length()) {
            char c = document.charAt(i);
            if (c == '"' || c == '\'') {
                i = skipPast(document, String.valueOf(c), i + 1);
            } else if (c == '>') {
                return i + 1;
            } else {
                i++;
            }
        }
        return i;
    }

    private static int skipPast(String document, String end, int from) {
        int at = document.indexOf(end, from);
        return at < 0 ? document.length() : at + end.length();
    }

    private static int firstBlank(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return text.length();
    }
}
