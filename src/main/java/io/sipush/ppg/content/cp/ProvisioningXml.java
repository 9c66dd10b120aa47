package io.sipush.ppg.content.cp;

/**
 * Renders a {@link ProvisioningDocument} as XML text with the PROV 1.0 DOCTYPE
 * (OMA-WAP-TS-ProvCont-V1_1 §5, DTD {@code -//WAPFORUM//DTD PROV 1.0//EN}). For display;
 * the wire form is WBXML.
 */
final class ProvisioningXml {

    private static final String INDENT = "  ";

    private ProvisioningXml() {}

    static String render(ProvisioningDocument document) {
        StringBuilder xml = new StringBuilder()
                .append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<!DOCTYPE wap-provisioningdoc PUBLIC \"")
                .append(ProvisioningWbxml.PUBLIC_ID_TEXT)
                .append("\" \"http://www.wapforum.org/DTD/prov.dtd\">\n")
                .append("<wap-provisioningdoc");
        document.version().ifPresent(version -> attribute(xml, "version", version));
        xml.append(">\n");
        document.characteristics().forEach(child -> characteristic(xml, child, 1));
        return xml.append("</wap-provisioningdoc>\n").toString();
    }

    private static void characteristic(StringBuilder xml, Characteristic characteristic, int depth) {
        indent(xml, depth).append("<characteristic");
        attribute(xml, "type", characteristic.type());
        xml.append(">\n");
        for (Parm parm : characteristic.parms()) {
            indent(xml, depth + 1).append("<parm");
            attribute(xml, "name", parm.name());
            parm.value().ifPresent(value -> attribute(xml, "value", value));
            xml.append("/>\n");
        }
        characteristic.children().forEach(child -> characteristic(xml, child, depth + 1));
        indent(xml, depth).append("</characteristic>\n");
    }

    private static StringBuilder indent(StringBuilder xml, int depth) {
        return xml.append(INDENT.repeat(depth));
    }

    private static void attribute(StringBuilder xml, String name, String value) {
        xml.append(' ').append(name).append("=\"").append(escape(value)).append('"');
    }

    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&apos;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
