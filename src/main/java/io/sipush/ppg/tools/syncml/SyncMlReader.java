package io.sipush.ppg.tools.syncml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Reads SyncML DM 1.2 XML into a {@link SyncMlMessage}. A DOCTYPE is refused, so no DTD is
 * fetched and no entity expanded. Commands other than Alert, Replace and Status are refused.
 */
public final class SyncMlReader {
    private SyncMlReader() {}

    public static SyncMlMessage read(byte[] xml) throws MalformedSyncMlException {
        Element root = parse(xml).getDocumentElement();
        if (!"SyncML".equals(root.getLocalName())) {
            throw new MalformedSyncMlException("root element is <" + root.getLocalName() + ">, not <SyncML>");
        }
        SyncMlHeader header = header(required(root, "SyncHdr"));
        Element body = required(root, "SyncBody");
        List<SyncMlCommand> commands = new ArrayList<>();
        boolean fin = false;
        for (Element child : children(body)) {
            switch (child.getLocalName()) {
                case "Final" -> fin = true;
                case "Alert" -> commands.add(alert(child));
                case "Replace" -> commands.add(replace(child));
                case "Status" -> commands.add(status(child));
                default ->
                    throw new MalformedSyncMlException(
                            "command <" + child.getLocalName() + "> is not supported by this minimal DM stack");
            }
        }
        return new SyncMlMessage(header, commands, fin);
    }

    private static Document parse(byte[] xml) throws MalformedSyncMlException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (SAXException | IOException e) {
            throw new MalformedSyncMlException("not well-formed SyncML XML: " + e.getMessage());
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a required feature", e);
        }
    }

    private static SyncMlHeader header(Element header) throws MalformedSyncMlException {
        return new SyncMlHeader(
                text(header, "SessionID"),
                number(header, "MsgID"),
                locUri(required(header, "Target")),
                locUri(required(header, "Source")));
    }

    private static SyncMlCommand.Alert alert(Element alert) throws MalformedSyncMlException {
        List<String> data = new ArrayList<>();
        for (Element item : children(alert, "Item")) {
            data.add(optionalText(item, "Data"));
        }
        return new SyncMlCommand.Alert(number(alert, "CmdID"), number(alert, "Data"), data);
    }

    private static SyncMlCommand.Replace replace(Element replace) throws MalformedSyncMlException {
        List<SyncMlCommand.Item> items = new ArrayList<>();
        for (Element item : children(replace, "Item")) {
            Element target = child(item, "Target");
            Element source = child(item, "Source");
            items.add(new SyncMlCommand.Item(
                    target == null ? null : locUri(target),
                    source == null ? null : locUri(source),
                    optionalText(item, "Data")));
        }
        return new SyncMlCommand.Replace(number(replace, "CmdID"), items);
    }

    private static SyncMlCommand.Status status(Element status) throws MalformedSyncMlException {
        return new SyncMlCommand.Status(
                number(status, "CmdID"),
                number(status, "MsgRef"),
                number(status, "CmdRef"),
                text(status, "Cmd"),
                optionalText(status, "TargetRef"),
                number(status, "Data"));
    }

    private static String locUri(Element side) throws MalformedSyncMlException {
        return text(side, "LocURI");
    }

    private static int number(Element parent, String name) throws MalformedSyncMlException {
        String text = text(parent, name);
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new MalformedSyncMlException(
                    "<" + name + "> of <" + parent.getLocalName() + "> is not a number: " + text);
        }
    }

    private static String text(Element parent, String name) throws MalformedSyncMlException {
        return required(parent, name).getTextContent().trim();
    }

    private static String optionalText(Element parent, String name) {
        Element element = child(parent, name);
        return element == null ? null : element.getTextContent().trim();
    }

    private static Element required(Element parent, String name) throws MalformedSyncMlException {
        Element element = child(parent, name);
        if (element == null) {
            throw new MalformedSyncMlException("<" + parent.getLocalName() + "> has no <" + name + ">");
        }
        return element;
    }

    private static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<Element> children(Element parent, String name) {
        return children(parent).stream()
                .filter(e -> name.equals(e.getLocalName()))
                .toList();
    }

    private static List<Element> children(Element parent) {
        List<Element> elements = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                elements.add(element);
            }
        }
        return elements;
    }
}
