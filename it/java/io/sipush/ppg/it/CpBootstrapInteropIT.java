package io.sipush.ppg.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.sipush.ppg.content.cp.AppAuth;
import io.sipush.ppg.content.cp.Characteristic;
import io.sipush.ppg.content.cp.DmAccountBootstrap;
import io.sipush.ppg.content.cp.ProvisioningDocument;
import io.sipush.ppg.content.cp.ProvisioningWbxml;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Cross-checks the CP bootstrap WBXML with a decoder and encoder no one here wrote: libwbxml's
 * {@code wbxml2xml} and {@code xml2wbxml} (Debian libwbxml2-utils, installed by .ci/run). What
 * we encode must come back from libwbxml with every characteristic type and parm exactly; what
 * libwbxml encodes (with and without a string table) must be read by our decoder exactly.
 */
class CpBootstrapInteropIT {

    private static final String PROV_PUBLIC_ID = "-//WAPFORUM//DTD PROV 1.0//EN";
    private static final Path WORK_DIR = Path.of(System.getProperty("basedir", "."), "target", "cp-interop");

    private static final String LIBWBXML_XML = "<?xml version=\"1.0\"?>\n"
            + "<!DOCTYPE wap-provisioningdoc PUBLIC \"-//WAPFORUM//DTD PROV 1.0//EN\""
            + " \"http://www.wapforum.org/DTD/prov.dtd\">\n"
            + "<wap-provisioningdoc version=\"1.1\">\n"
            + " <characteristic type=\"APPLICATION\">\n"
            + "  <parm name=\"APPID\" value=\"w7\"/>\n"
            + "  <parm name=\"PROVIDER-ID\" value=\"com.example.dm\"/>\n"
            + "  <parm name=\"NAME\" value=\"Example &amp; DM \u00e9\"/>\n"
            + "  <parm name=\"INIT\"/>\n"
            + "  <characteristic type=\"APPADDR\">\n"
            + "   <parm name=\"ADDR\" value=\"https://dm.example.com/dm\"/>\n"
            + "   <characteristic type=\"PORT\"><parm name=\"PORTNBR\" value=\"8443\"/></characteristic>\n"
            + "  </characteristic>\n"
            + "  <characteristic type=\"APPAUTH\">\n"
            + "   <parm name=\"AAUTHLEVEL\" value=\"APPSRV\"/>\n"
            + "   <parm name=\"AAUTHTYPE\" value=\"HTTP-DIGEST\"/>\n"
            + "   <parm name=\"AAUTHNAME\" value=\"com.example.dm\"/>\n"
            + "   <parm name=\"AAUTHSECRET\" value=\"server-secret\"/>\n"
            + "  </characteristic>\n"
            + "  <characteristic type=\"APPAUTH\">\n"
            + "   <parm name=\"AAUTHLEVEL\" value=\"CLIENT\"/>\n"
            + "   <parm name=\"AAUTHTYPE\" value=\"HTTP-DIGEST,BASIC\"/>\n"
            + "   <parm name=\"AAUTHNAME\" value=\"device-1\"/>\n"
            + "  </characteristic>\n"
            + " </characteristic>\n"
            + " <characteristic type=\"NAPDEF\">\n"
            + "  <parm name=\"NAPID\" value=\"NAP1\"/>\n"
            + "  <parm name=\"BEARER\" value=\"GSM-GPRS\"/>\n"
            + "  <parm name=\"NAP-ADDRTYPE\" value=\"APN\"/>\n"
            + " </characteristic>\n"
            + "</wap-provisioningdoc>\n";

    /** SWITCH_PAGE 1, then the page-1 attribute start type="APPLICATION" (ProvCont §7.2). */
    private static final byte[] SWITCH_TO_PAGE_1_APPLICATION = {0x00, 0x01, 0x55};
    /** SWITCH_PAGE 0, then the page-0 attribute start name="CLIENT-ID". */
    private static final byte[] SWITCH_TO_PAGE_0_CLIENT_ID = {0x00, 0x00, 0x30};

    @BeforeAll
    static void requireLibwbxml() throws IOException {
        for (String tool : List.of("wbxml2xml", "xml2wbxml")) {
            if (!onPath(tool)) {
                fail(tool + " is not installed: this test needs libwbxml (Debian package libwbxml2-utils,"
                        + " installed by .ci/run: apt-get install libwbxml2-utils)");
            }
        }
        Files.createDirectories(WORK_DIR);
    }

    @Test
    void libwbxml_reads_the_dm_account_bootstrap_with_every_parm_we_encoded() throws Exception {
        ProvisioningDocument bootstrap = DmAccountBootstrap.forServer("com.example.dm")
                .name("Example DM")
                .init(true)
                .address("https://dm.example.com/dm", 8443)
                .serverAuth(AppAuth.empty()
                        .withType("HTTP-DIGEST")
                        .withName("com.example.dm")
                        .withSecret("server-secret")
                        .withData("c2VydmVyTm9uY2U="))
                .clientAuth(AppAuth.empty()
                        .withType("BASIC")
                        .withName("device-1")
                        .withSecret("client-secret")
                        .withData("Y2xpZW50Tm9uY2U="))
                .build();

        assertThat(readWithLibwbxml("dm-account", bootstrap.toWbxml())).isEqualTo(bootstrap);
    }

    @Test
    void libwbxml_reads_the_dm_account_with_a_plain_addr_and_no_options() throws Exception {
        ProvisioningDocument bootstrap = DmAccountBootstrap.forServer("srv-1")
                .address("http://dm.example.net:8080/dm?x=1&y=<2>")
                .build();

        assertThat(readWithLibwbxml("dm-account-plain", bootstrap.toWbxml())).isEqualTo(bootstrap);
    }

    @Test
    void libwbxml_reads_tokens_of_both_code_pages_in_a_document_of_many_characteristics() throws Exception {
        ProvisioningDocument document = ProvisioningDocument.of(
                "1.0", napDef(), pxLogical(), bootstrapCharacteristic(), application(), clientIdentity());
        byte[] wbxml = document.toWbxml();

        assertThat(contains(wbxml, SWITCH_TO_PAGE_1_APPLICATION))
                .as("APPLICATION on code page 1")
                .isTrue();
        assertThat(contains(wbxml, SWITCH_TO_PAGE_0_CLIENT_ID))
                .as("CLIENT-ID back on code page 0")
                .isTrue();
        assertThat(readWithLibwbxml("many-characteristics", wbxml)).isEqualTo(document);
    }

    @Test
    void our_decoder_reads_what_libwbxml_encodes_with_a_string_table() throws Exception {
        byte[] wbxml = encodeWithLibwbxml("libwbxml-string-table", LIBWBXML_XML, List.of());

        assertThat(wbxml[3]).as("string table length").isNotZero();
        assertThat(ProvisioningWbxml.decode(wbxml)).isEqualTo(expectedFromLibwbxmlXml());
    }

    @Test
    void our_decoder_reads_what_libwbxml_encodes_with_inline_strings_only() throws Exception {
        byte[] wbxml = encodeWithLibwbxml("libwbxml-inline", LIBWBXML_XML, List.of("-n"));

        assertThat(wbxml[3]).as("string table length").isZero();
        assertThat(ProvisioningWbxml.decode(wbxml)).isEqualTo(expectedFromLibwbxmlXml());
    }

    private static ProvisioningDocument expectedFromLibwbxmlXml() {
        Characteristic application = Characteristic.builder("APPLICATION")
                .parm("APPID", "w7")
                .parm("PROVIDER-ID", "com.example.dm")
                .parm("NAME", "Example & DM \u00e9")
                .parmWithoutValue("INIT")
                .child(Characteristic.builder("APPADDR")
                        .parm("ADDR", "https://dm.example.com/dm")
                        .child(Characteristic.builder("PORT")
                                .parm("PORTNBR", "8443")
                                .build())
                        .build())
                .child(Characteristic.builder("APPAUTH")
                        .parm("AAUTHLEVEL", "APPSRV")
                        .parm("AAUTHTYPE", "HTTP-DIGEST")
                        .parm("AAUTHNAME", "com.example.dm")
                        .parm("AAUTHSECRET", "server-secret")
                        .build())
                .child(Characteristic.builder("APPAUTH")
                        .parm("AAUTHLEVEL", "CLIENT")
                        .parm("AAUTHTYPE", "HTTP-DIGEST,BASIC")
                        .parm("AAUTHNAME", "device-1")
                        .build())
                .build();
        Characteristic napDef = Characteristic.builder("NAPDEF")
                .parm("NAPID", "NAP1")
                .parm("BEARER", "GSM-GPRS")
                .parm("NAP-ADDRTYPE", "APN")
                .build();
        return ProvisioningDocument.of("1.1", application, napDef);
    }

    private static Characteristic napDef() {
        return Characteristic.builder("NAPDEF")
                .parm("NAPID", "INTERNET-1")
                .parm("BEARER", "GSM-GPRS")
                .parm("NAME", "Net <&> \"\u00e9\u20ac\" 'x'")
                .parm("NAP-ADDRESS", "internet.example")
                .parm("NAP-ADDRTYPE", "APN")
                .child(Characteristic.builder("NAPAUTHINFO")
                        .parm("AUTHTYPE", "PAP")
                        .parm("AUTHNAME", "user")
                        .parm("AUTHSECRET", "pw")
                        .build())
                .build();
    }

    private static Characteristic pxLogical() {
        Characteristic port = Characteristic.builder("PORT")
                .parm("PORTNBR", "9201")
                .parm("SERVICE", "CO-WSP")
                .build();
        Characteristic physical = Characteristic.builder("PXPHYSICAL")
                .parm("PHYSICAL-PROXY-ID", "p1")
                .parm("PXADDR", "10.0.0.1")
                .parm("PXADDRTYPE", "IPV4")
                .parm("TO-NAPID", "INTERNET-1")
                .child(port)
                .build();
        return Characteristic.builder("PXLOGICAL")
                .parm("PROXY-ID", "px1")
                .parm("NAME", "Proxy")
                .child(physical)
                .build();
    }

    private static Characteristic bootstrapCharacteristic() {
        return Characteristic.builder("BOOTSTRAP")
                .parm("NAME", "Operator")
                .parm("COUNTRY", "228")
                .build();
    }

    /** APPLICATION and its children, all on code page 1, with page-1 value tokens. */
    private static Characteristic application() {
        Characteristic appAddr = Characteristic.builder("APPADDR")
                .parm("ADDR", "2001:db8::1")
                .parm("ADDRTYPE", "IPV6")
                .child(Characteristic.builder("PORT").parm("PORTNBR", "443").build())
                .build();
        Characteristic appAuth = Characteristic.builder("APPAUTH")
                .parm("AAUTHLEVEL", "APPSRV")
                .parm("AAUTHTYPE", "DIGEST")
                .build();
        Characteristic resource = Characteristic.builder("RESOURCE")
                .parm("URI", "./DMAcc")
                .parm("NAME", "Resource")
                .build();
        return Characteristic.builder("APPLICATION")
                .parm("APPID", "w7")
                .parm("PROVIDER-ID", "com.example.dm")
                .parm("TO-NAPID", "INTERNET-1")
                .child(appAddr)
                .child(appAuth)
                .child(resource)
                .build();
    }

    private static Characteristic clientIdentity() {
        return Characteristic.builder("CLIENTIDENTITY")
                .parm("CLIENT-ID", "client-1")
                .build();
    }

    private static boolean contains(byte[] bytes, byte[] sequence) {
        for (int i = 0; i + sequence.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + sequence.length, sequence, 0, sequence.length)) {
                return true;
            }
        }
        return false;
    }

    private static ProvisioningDocument readWithLibwbxml(String name, byte[] wbxml) throws Exception {
        Path in = WORK_DIR.resolve(name + ".wbxml");
        Path out = WORK_DIR.resolve(name + ".xml");
        Files.write(in, wbxml);
        Files.deleteIfExists(out);
        run(name + "-wbxml2xml", "wbxml2xml", "-o", out.toString(), in.toString());
        Document xml = parseSecurely(out);
        assertThat(xml.getDoctype()).as("DOCTYPE written by wbxml2xml").isNotNull();
        assertThat(xml.getDoctype().getPublicId()).isEqualTo(PROV_PUBLIC_ID);
        return provisioningDocument(xml.getDocumentElement());
    }

    private static byte[] encodeWithLibwbxml(String name, String xml, List<String> options) throws Exception {
        Path in = WORK_DIR.resolve(name + ".xml");
        Path out = WORK_DIR.resolve(name + ".wbxml");
        Files.writeString(in, xml, StandardCharsets.UTF_8);
        Files.deleteIfExists(out);
        List<String> command = new ArrayList<>(List.of("xml2wbxml", "-v", "1.3"));
        command.addAll(options);
        command.addAll(List.of("-o", out.toString(), in.toString()));
        run(name + "-xml2wbxml", command.toArray(String[]::new));
        return Files.readAllBytes(out);
    }

    private static void run(String logName, String... command) throws Exception {
        Path log = WORK_DIR.resolve(logName + ".log");
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail(String.join(" ", command) + " did not finish; see " + log);
        }
        assertThat(process.exitValue())
                .as(String.join(" ", command) + " exit status; output: " + Files.readString(log))
                .isZero();
    }

    /** The PROV document of libwbxml's XML, read into our model so it compares exactly. */
    private static ProvisioningDocument provisioningDocument(Element root) {
        assertThat(root.getTagName()).isEqualTo("wap-provisioningdoc");
        List<Characteristic> characteristics = new ArrayList<>();
        for (Element child : childElements(root)) {
            characteristics.add(characteristic(child));
        }
        String version = root.hasAttribute("version") ? root.getAttribute("version") : null;
        return new ProvisioningDocument(version, characteristics);
    }

    private static Characteristic characteristic(Element element) {
        assertThat(element.getTagName()).isEqualTo("characteristic");
        Characteristic.Builder builder = Characteristic.builder(element.getAttribute("type"));
        for (Element child : childElements(element)) {
            if (child.getTagName().equals("parm")) {
                addParm(builder, child);
            } else {
                builder.child(characteristic(child));
            }
        }
        return builder.build();
    }

    private static void addParm(Characteristic.Builder builder, Element parm) {
        String name = parm.getAttribute("name");
        if (parm.hasAttribute("value")) {
            builder.parm(name, parm.getAttribute("value"));
        } else {
            builder.parmWithoutValue(name);
        }
    }

    private static List<Element> childElements(Element parent) {
        List<Element> elements = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node.getNodeType() == Node.ELEMENT_NODE) {
                elements.add((Element) node);
            } else if (node.getNodeType() == Node.TEXT_NODE) {
                assertThat(node.getNodeValue().isBlank())
                        .as("text in <" + parent.getTagName() + ">")
                        .isTrue();
            }
        }
        return elements;
    }

    /** A DOM parser that keeps the DOCTYPE but loads no DTD and resolves no external entity. */
    private static Document parseSecurely(Path xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        factory.setValidating(false);
        return factory.newDocumentBuilder().parse(xml.toFile());
    }

    private static boolean onPath(String tool) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }
}
