package io.sipush.ppg.content.cp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProvisioningDocumentTest {

    @Test
    void renders_indented_xml_with_doctype_and_escaped_values() {
        ProvisioningDocument document = ProvisioningDocument.of(
                "1.1",
                Characteristic.builder("APPLICATION")
                        .parm("APPID", "w7")
                        .parm("NAME", "A & B <\"x\">")
                        .parmWithoutValue("INIT")
                        .child(Characteristic.builder("APPAUTH")
                                .parm("AAUTHLEVEL", "APPSRV")
                                .build())
                        .build());

        assertEquals(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                        + "<!DOCTYPE wap-provisioningdoc PUBLIC \"-//WAPFORUM//DTD PROV 1.0//EN\" "
                        + "\"http://www.wapforum.org/DTD/prov.dtd\">\n"
                        + "<wap-provisioningdoc version=\"1.1\">\n"
                        + "  <characteristic type=\"APPLICATION\">\n"
                        + "    <parm name=\"APPID\" value=\"w7\"/>\n"
                        + "    <parm name=\"NAME\" value=\"A &amp; B &lt;&quot;x&quot;&gt;\"/>\n"
                        + "    <parm name=\"INIT\"/>\n"
                        + "    <characteristic type=\"APPAUTH\">\n"
                        + "      <parm name=\"AAUTHLEVEL\" value=\"APPSRV\"/>\n"
                        + "    </characteristic>\n"
                        + "  </characteristic>\n"
                        + "</wap-provisioningdoc>\n",
                document.toXml());
    }

    @Test
    void finds_parms_and_children_by_name() {
        Characteristic application = Characteristic.builder("APPLICATION")
                .parm("APPID", "w7")
                .parmWithoutValue("INIT")
                .child(Characteristic.builder("APPAUTH")
                        .parm("AAUTHLEVEL", "CLIENT")
                        .build())
                .build();

        assertEquals(Optional.of("w7"), application.parmValue("APPID"));
        assertEquals(Optional.empty(), application.parmValue("INIT"));
        assertEquals(true, application.parm("INIT").isPresent());
        assertEquals(1, application.children("APPAUTH").size());
    }

    @Test
    void validates_on_construction() {
        assertThrows(IllegalArgumentException.class, () -> new ProvisioningDocument("1.1", List.of()));
        assertThrows(
                IllegalArgumentException.class,
                () -> Characteristic.builder("APPLICATION").build());
        assertThrows(
                IllegalArgumentException.class,
                () -> Characteristic.builder("").parm("A", "b").build());
        assertThrows(IllegalArgumentException.class, () -> Parm.of("", "x"));
        assertThrows(IllegalArgumentException.class, () -> Parm.of("A", "x\0y"));
    }
}
