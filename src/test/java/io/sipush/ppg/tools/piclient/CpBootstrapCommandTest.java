package io.sipush.ppg.tools.piclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sipush.ppg.content.cp.BootstrapSecrets;
import io.sipush.ppg.content.cp.BootstrapVerifier;
import io.sipush.ppg.content.cp.Characteristic;
import io.sipush.ppg.content.cp.Imsi;
import io.sipush.ppg.content.cp.ProvisioningDocument;
import io.sipush.ppg.content.cp.ProvisioningWbxml;
import io.sipush.ppg.content.cp.SecurityMethod;
import io.sipush.ppg.content.cp.UserPin;
import io.sipush.ppg.tools.cli.CommandLine;
import io.sipush.ppg.tools.cli.UsageException;
import java.util.ArrayList;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class CpBootstrapCommandTest {
    private static final String[] ACCOUNT = {
        "--server-id", "dm.example.org", "--server-addr", "http://dm.example.org/dm", "--server-password", "srvpw",
        "--server-nonce", "n0", "--client-name", "dev1", "--client-password", "clipw"
    };

    private static CommandLine line(String... extra) throws Exception {
        List<String> args = new ArrayList<>(List.of(ACCOUNT));
        args.addAll(List.of(extra));
        return CommandLine.parse(args, new CpBootstrapCommand().options());
    }

    @Test
    void the_document_is_a_w7_application_with_address_and_both_appauth_blocks() throws Exception {
        ProvisioningDocument document = CpBootstrapCommand.document(line("--name", "Game DM"));

        Characteristic application = document.characteristics().get(0);
        assertThat(application.parmValue("APPID")).contains("w7");
        assertThat(application.parmValue("PROVIDER-ID")).contains("dm.example.org");
        assertThat(application.parmValue("NAME")).contains("Game DM");
        assertThat(application.parmValue("ADDR")).contains("http://dm.example.org/dm");
        assertThat(application.children("APPAUTH"))
                .extracting(a -> a.parmValue("AAUTHLEVEL").orElseThrow() + "/"
                        + a.parmValue("AAUTHSECRET").orElseThrow())
                .containsExactly("APPSRV/srvpw", "CLIENT/clipw");
    }

    @Test
    void netwpin_is_the_default_with_an_imsi_and_its_mac_is_hmac_sha1_keyed_by_the_semi_octets() throws Exception {
        CommandLine line = line("--imsi", "310260801674539");

        SecuredBootstrap bootstrap = CpBootstrapCommand.secure(line, CpBootstrapCommand.document(line));

        Mac hmac = Mac.getInstance("HmacSHA1");
        hmac.init(new SecretKeySpec(
                new byte[] {0x39, 0x01, 0x62, (byte) 0x80, 0x10, 0x76, 0x54, (byte) 0x93}, "HmacSHA1"));
        String expectedMac = java.util.HexFormat.of().withUpperCase().formatHex(hmac.doFinal(bootstrap.wbxml()));
        assertThat(bootstrap.contentType())
                .isEqualTo("application/vnd.wap.connectivity-wbxml; SEC=NETWPIN; MAC=" + expectedMac);
        assertThat(ProvisioningWbxml.decode(bootstrap.wbxml())).isEqualTo(CpBootstrapCommand.document(line));
    }

    @Test
    void userpin_can_be_written_as_a_number_and_verifies_with_the_pin() throws Exception {
        CommandLine line = line("--pin", "1234", "--sec-as-number");

        SecuredBootstrap bootstrap = CpBootstrapCommand.secure(line, CpBootstrapCommand.document(line));

        assertThat(bootstrap.contentType()).contains("SEC=1;");
        assertThat(new BootstrapVerifier(BootstrapSecrets.ofPin(new UserPin("1234")))
                        .verify(bootstrap.wbxml(), bootstrap.contentType()))
                .isEqualTo(SecurityMethod.USERPIN);
    }

    @Test
    void userpinmac_returns_the_pin_to_enter_which_verifies_the_bootstrap() throws Exception {
        CommandLine line = line("--sec", "USERPINMAC", "--pin", "4711");

        SecuredBootstrap bootstrap = CpBootstrapCommand.secure(line, CpBootstrapCommand.document(line));

        String pin = bootstrap.pinToEnter().orElseThrow();
        assertThat(pin).hasSize(8).startsWith("4711");
        assertThat(new BootstrapVerifier(BootstrapSecrets.ofPin(new UserPin(pin)))
                        .verify(bootstrap.wbxml(), bootstrap.contentType()))
                .isEqualTo(SecurityMethod.USERPINMAC);
    }

    @Test
    void usernetwpin_needs_both_secrets() throws Exception {
        CommandLine both = line("--sec", "USERNETWPIN", "--imsi", "310260801674539", "--pin", "99");
        SecuredBootstrap bootstrap = CpBootstrapCommand.secure(both, CpBootstrapCommand.document(both));

        assertThat(new BootstrapVerifier(BootstrapSecrets.of(new Imsi("310260801674539"), new UserPin("99")))
                        .verify(bootstrap.wbxml(), bootstrap.contentType()))
                .isEqualTo(SecurityMethod.USERNETWPIN);
        CommandLine imsiOnly = line("--sec", "USERNETWPIN", "--imsi", "310260801674539");
        assertThatThrownBy(() -> CpBootstrapCommand.secure(imsiOnly, CpBootstrapCommand.document(imsiOnly)))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("PIN");
    }

    @Test
    void a_bootstrap_without_any_secret_is_refused() throws Exception {
        CommandLine line = line();

        assertThatThrownBy(() -> CpBootstrapCommand.secure(line, CpBootstrapCommand.document(line)))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("IMSI");
    }

    @Test
    void an_imsi_that_is_not_digits_is_a_usage_error() throws Exception {
        CommandLine line = line("--imsi", "31026O");

        assertThatThrownBy(() -> CpBootstrapCommand.secure(line, CpBootstrapCommand.document(line)))
                .isInstanceOf(UsageException.class);
    }
}
