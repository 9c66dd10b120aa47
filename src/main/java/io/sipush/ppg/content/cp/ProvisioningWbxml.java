package io.sipush.ppg.content.cp;

import java.util.ArrayList;
import java.util.List;

/**
 * Encodes a {@link ProvisioningDocument} as WBXML and decodes it back
 * (OMA-WAP-TS-ProvCont-V1_1 §7, WAP-192-WBXML §5).
 *
 * <p>Written as WBXML 1.3, public identifier 0x0B ({@value #PUBLIC_ID_TEXT}), UTF-8, with the
 * tokens of {@link ProvisioningTokens}. Decoding also accepts the public identifier given as a
 * string, and rejects anything that is not a provisioning document.
 */
public final class ProvisioningWbxml {

    public static final int WBXML_VERSION_1_3 = 0x03;
    public static final int PUBLIC_ID = 0x0B;
    public static final String PUBLIC_ID_TEXT = "-//WAPFORUM//DTD PROV 1.0//EN";
    public static final int CHARSET_UTF_8 = WbxmlCharsets.UTF_8;

    static final String ROOT = "wap-provisioningdoc";
    static final String CHARACTERISTIC = "characteristic";
    static final String PARM = "parm";
    static final String VERSION = "version";
    static final String TYPE = "type";
    static final String NAME = "name";
    static final String VALUE = "value";

    private static final WbxmlEncoder ENCODER = new WbxmlEncoder(ProvisioningTokens.TABLE);
    private static final WbxmlDecoder DECODER = new WbxmlDecoder(ProvisioningTokens.TABLE);

    private ProvisioningWbxml() {}

    public static byte[] encode(ProvisioningDocument document) {
        return ENCODER.encode(toWbxml(document));
    }

    public static ProvisioningDocument decode(byte[] wbxml) throws MalformedWbxmlException {
        WbxmlDocument document = DECODER.decode(wbxml);
        requireProvisioningPublicId(document);
        return ProvisioningTreeReader.document(document.root());
    }

    /** The document as a WBXML tree, ready for {@link WbxmlEncoder}. */
    public static WbxmlDocument toWbxml(ProvisioningDocument document) {
        List<WbxmlAttribute> attributes = document.version()
                .map(version -> List.of(new WbxmlAttribute(VERSION, version)))
                .orElse(List.of());
        List<WbxmlNode> content = new ArrayList<>();
        document.characteristics().forEach(child -> content.add(element(child)));
        return new WbxmlDocument(
                WBXML_VERSION_1_3, PUBLIC_ID, CHARSET_UTF_8, new WbxmlElement(ROOT, attributes, content));
    }

    private static WbxmlElement element(Characteristic characteristic) {
        List<WbxmlNode> content = new ArrayList<>();
        characteristic.parms().forEach(parm -> content.add(element(parm)));
        characteristic.children().forEach(child -> content.add(element(child)));
        return new WbxmlElement(CHARACTERISTIC, List.of(new WbxmlAttribute(TYPE, characteristic.type())), content);
    }

    private static WbxmlElement element(Parm parm) {
        List<WbxmlAttribute> attributes = new ArrayList<>();
        attributes.add(new WbxmlAttribute(NAME, parm.name()));
        parm.value().ifPresent(value -> attributes.add(new WbxmlAttribute(VALUE, value)));
        return new WbxmlElement(PARM, attributes, List.of());
    }

    private static void requireProvisioningPublicId(WbxmlDocument document) throws MalformedWbxmlException {
        boolean known = document.publicId() == PUBLIC_ID
                || document.publicIdText().filter(PUBLIC_ID_TEXT::equals).isPresent();
        if (!known) {
            String found = document.publicIdText().orElse(String.format("0x%02X", document.publicId()));
            throw new MalformedWbxmlException("public identifier " + found + " is not " + PUBLIC_ID_TEXT);
        }
    }
}
