package io.sipush.ppg.pap.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sipush.ppg.pap.PapException;
import io.sipush.ppg.pap.PapVersion;
import io.sipush.ppg.pap.StatusCode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class InternalSubsetTest {
    private static final String HEAD =
            "<!DOCTYPE pap PUBLIC \"-//WAPFORUM//DTD PAP 2.0//EN\"" + " \"http://www.wapforum.org/DTD/pap_2.0.dtd\"";

    @Test
    void finds_the_instruction_in_the_subset_only() {
        String document = "<?xml version=\"1.0\"?><!-- <!DOCTYPE x [<?wap-pap-ver no?>]> -->" + HEAD
                + " [<!-- <?wap-pap-ver in-comment?> --><!ELEMENT x \"]>?<?wap-pap-ver quoted?>\">"
                + "<?wap-pap-ver supported-versions=\"2.0,1.*\"?><?other x?>]><pap/><?wap-pap-ver after?>";

        assertThat(InternalSubset.processingInstructions(document, "wap-pap-ver"))
                .containsExactly("supported-versions=\"2.0,1.*\"");
    }

    @Test
    void no_subset_means_nothing() {
        assertThat(InternalSubset.processingInstructions(HEAD + "><pap/>", "wap-pap-ver"))
                .isEmpty();
        assertThat(InternalSubset.processingInstructions("<pap/>", "wap-pap-ver"))
                .isEmpty();
        assertThat(InternalSubset.processingInstructions("<!DOCTYPE pap SYSTEM \"a[b]\"><pap/>", "wap-pap-ver"))
                .isEmpty();
    }

    @Test
    void decoder_honours_wap_pap_ver_in_the_doctype_subset() throws PapException {
        PapDecoder decoder = new PapDecoder();
        String ok = HEAD + " [<?wap-pap-ver supported-versions=\"2.0,1.*\"?>]><pap><statusquery-message"
                + " push-id=\"p\"/></pap>";
        String unsupported = HEAD + " [<?wap-pap-ver supported-versions=\"3.*\"?>]><pap><statusquery-message"
                + " push-id=\"p\"/></pap>";

        assertEquals(
                PapVersion.V2_0,
                decoder.decodeRequest(ok.getBytes(StandardCharsets.UTF_8)).version());
        PapException e = assertThrows(
                PapException.class, () -> decoder.decodeRequest(unsupported.getBytes(StandardCharsets.UTF_8)));
        assertEquals(StatusCode.VERSION_NOT_SUPPORTED, e.code());
        assertThat(e.getMessage()).contains("3.*");
    }
}
