package io.sipush.ppg.content.cp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DmAccountBootstrapTest {

    private static final AppAuth SERVER_AUTH = AppAuth.empty()
            .withType("HTTP-DIGEST")
            .withName("com.example.dm")
            .withSecret("server-secret")
            .withData("c2VydmVyTm9uY2U=");
    private static final AppAuth CLIENT_AUTH = AppAuth.empty()
            .withType("HTTP-DIGEST")
            .withName("device-1")
            .withSecret("client-secret")
            .withData("Y2xpZW50Tm9uY2U=");

    @Test
    void builds_application_w7_with_provider_id_name_addr_and_init() {
        ProvisioningDocument document = DmAccountBootstrap.forServer("com.example.dm")
                .name("Example DM")
                .init(true)
                .address("https://dm.example.com/dm")
                .build();

        assertEquals(Optional.of("1.1"), document.version());
        Characteristic application = document.characteristics().get(0);
        assertEquals("APPLICATION", application.type());
        assertEquals(
                List.of(
                        Parm.of("APPID", "w7"),
                        Parm.of("PROVIDER-ID", "com.example.dm"),
                        Parm.of("NAME", "Example DM"),
                        Parm.of("ADDR", "https://dm.example.com/dm"),
                        Parm.withoutValue("INIT")),
                application.parms());
        assertEquals(List.of(), application.children());
    }

    @Test
    void port_puts_the_address_in_appaddr_with_port_portnbr() {
        Characteristic application = DmAccountBootstrap.forServer("dm")
                .address("http://dm.example.com/dm", 8080)
                .buildCharacteristic();

        assertEquals(Optional.empty(), application.parm("ADDR"));
        Characteristic appAddr = application.children("APPADDR").get(0);
        assertEquals(Optional.of("http://dm.example.com/dm"), appAddr.parmValue("ADDR"));
        assertEquals(Optional.of("8080"), appAddr.children("PORT").get(0).parmValue("PORTNBR"));
    }

    @Test
    void appauth_blocks_carry_levels_appsrv_and_client_with_their_credentials() {
        Characteristic application = DmAccountBootstrap.forServer("com.example.dm")
                .address("https://dm.example.com/dm")
                .serverAuth(SERVER_AUTH)
                .clientAuth(CLIENT_AUTH)
                .buildCharacteristic();

        List<Characteristic> blocks = application.children("APPAUTH");
        assertEquals(2, blocks.size());
        assertEquals(
                List.of(
                        Parm.of("AAUTHLEVEL", "APPSRV"),
                        Parm.of("AAUTHTYPE", "HTTP-DIGEST"),
                        Parm.of("AAUTHNAME", "com.example.dm"),
                        Parm.of("AAUTHSECRET", "server-secret"),
                        Parm.of("AAUTHDATA", "c2VydmVyTm9uY2U=")),
                blocks.get(0).parms());
        assertEquals(Optional.of("CLIENT"), blocks.get(1).parmValue("AAUTHLEVEL"));
        assertEquals(Optional.of("device-1"), blocks.get(1).parmValue("AAUTHNAME"));
    }

    @Test
    void appauth_leaves_out_credentials_that_were_not_given() {
        Characteristic application = DmAccountBootstrap.forServer("dm")
                .address("http://a")
                .clientAuth(AppAuth.empty().withName("me"))
                .buildCharacteristic();

        assertEquals(
                List.of(Parm.of("AAUTHLEVEL", "CLIENT"), Parm.of("AAUTHNAME", "me")),
                application.children("APPAUTH").get(0).parms());
    }

    @Test
    void wbxml_decodes_back_to_the_same_document() throws Exception {
        DmAccountBootstrap.Builder builder = DmAccountBootstrap.forServer("com.example.dm")
                .name("Example")
                .address("https://dm.example.com/dm", 443)
                .init(true)
                .serverAuth(SERVER_AUTH)
                .clientAuth(CLIENT_AUTH);

        assertEquals(builder.build(), ProvisioningWbxml.decode(builder.buildWbxml()));
    }

    @Test
    void wbxml_uses_code_page_1_tokens_for_appid_and_appsrv() {
        byte[] wbxml = DmAccountBootstrap.forServer("s")
                .address("http://a")
                .serverAuth(AppAuth.empty())
                .buildWbxml();
        String hex = TestBytes.upperHex(wbxml);

        // header, root with version attribute
        assertTrue(hex.startsWith("030B6A00C545"), hex);
        // SWITCH_PAGE 1, type=APPLICATION, parm name=APPID value "w7"
        assertTrue(hex.contains("C6000155018736060377370001"), hex);
        // type=APPAUTH, parm name=AAUTHLEVEL value APPSRV (0x8D)
        assertTrue(hex.contains("C657018730068D01"), hex);
    }

    @Test
    void needs_an_address_and_a_valid_port() {
        assertThrows(
                IllegalStateException.class,
                () -> DmAccountBootstrap.forServer("dm").buildCharacteristic());
        assertThrows(
                IllegalArgumentException.class,
                () -> DmAccountBootstrap.forServer("dm").address("http://a", 0));
        assertThrows(IllegalArgumentException.class, () -> DmAccountBootstrap.forServer(""));
    }

    @Test
    void signed_bootstrap_passes_the_verifier() throws Exception {
        byte[] wbxml = DmAccountBootstrap.forServer("com.example.dm")
                .address("https://dm.example.com/dm")
                .clientAuth(CLIENT_AUTH)
                .buildWbxml();
        BootstrapSecrets secrets = BootstrapSecrets.ofImsi(new Imsi("310260801674539"));
        String contentType = BootstrapContentType.secured(
                        SecurityMethod.NETWPIN, BootstrapMac.compute(SecurityMethod.NETWPIN, secrets, wbxml))
                .render();

        assertEquals(SecurityMethod.NETWPIN, new BootstrapVerifier(secrets).verify(wbxml, contentType));
    }
}
