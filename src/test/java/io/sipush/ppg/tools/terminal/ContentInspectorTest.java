package io.sipush.ppg.tools.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import io.sipush.ppg.content.cp.AppAuth;
import io.sipush.ppg.content.cp.BootstrapContentType;
import io.sipush.ppg.content.cp.BootstrapSecrets;
import io.sipush.ppg.content.cp.DmAccountBootstrap;
import io.sipush.ppg.content.cp.Imsi;
import io.sipush.ppg.content.cp.ProvisioningDocument;
import io.sipush.ppg.content.cp.SecurityMethod;
import io.sipush.ppg.content.dm.UiMode;
import io.sipush.ppg.tools.piclient.DmNotification;
import io.sipush.ppg.tools.piclient.SecuredBootstrap;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContentInspectorTest {
    private static final String IMSI = "310260801674539";
    private static final String SERVER = "dm.example.org";
    private static final byte[] NONCE = "n-1".getBytes(StandardCharsets.UTF_8);

    private final ContentInspector inspector =
            new ContentInspector(Optional.of(BootstrapSecrets.ofImsi(new Imsi(IMSI))));

    private static SecuredBootstrap bootstrap(String imsi) throws Exception {
        ProvisioningDocument document = DmAccountBootstrap.forServer(SERVER)
                .address("http://dm.example.org/dm")
                .serverAuth(AppAuth.empty().withName(SERVER).withSecret("pw").withData("n-1"))
                .build();
        return SecuredBootstrap.secure(
                document,
                SecurityMethod.NETWPIN,
                Optional.of(new Imsi(imsi)),
                Optional.empty(),
                BootstrapContentType.SecNotation.NAME);
    }

    private Verdict inspect(SecuredBootstrap bootstrap) {
        return inspector.inspect(bootstrap.contentType(), bootstrap.wbxml());
    }

    @Test
    void a_bootstrap_whose_mac_the_imsi_reproduces_provisions_its_dm_account() throws Exception {
        Verdict verdict = inspect(bootstrap(IMSI));

        assertThat(verdict).isInstanceOf(Verdict.Provision.class);
        DmAccount account = ((Verdict.Provision) verdict).account();
        assertThat(account.serverId()).isEqualTo(SERVER);
        assertThat(account.serverUri()).hasToString("http://dm.example.org/dm");
        assertThat(account.serverPassword()).isEqualTo("pw");
        assertThat(account.serverNonce()).isEqualTo(NONCE);
        assertThat(verdict.sipStatus()).isEqualTo(200);
    }

    @Test
    void a_bootstrap_maced_with_another_imsi_is_refused_with_403() throws Exception {
        Verdict verdict = inspect(bootstrap("310260801674540"));

        assertThat(verdict.sipStatus()).isEqualTo(403);
        assertThat(verdict.describe()).contains("MAC");
    }

    @Test
    void a_terminal_without_imsi_or_pin_refuses_every_bootstrap() throws Exception {
        SecuredBootstrap bootstrap = bootstrap(IMSI);

        Verdict verdict = new ContentInspector(Optional.empty()).inspect(bootstrap.contentType(), bootstrap.wbxml());

        assertThat(verdict.sipStatus()).isEqualTo(403);
    }

    @Test
    void a_bootstrap_without_sec_and_mac_is_refused() throws Exception {
        Verdict verdict =
                inspector.inspect(ContentInspector.CP_BOOTSTRAP, bootstrap(IMSI).wbxml());

        assertThat(verdict.sipStatus()).isEqualTo(403);
    }

    @Test
    void a_notification_from_a_provisioned_server_with_the_right_digest_opens_a_session() throws Exception {
        inspector.addAccount(((Verdict.Provision) inspect(bootstrap(IMSI))).account());

        Verdict verdict = inspector.inspect(
                ContentInspector.DM_NOTIFICATION,
                DmNotification.of(SERVER, "pw", NONCE, 0x2A, UiMode.INFORMATIVE).bytes());

        assertThat(verdict).isInstanceOf(Verdict.Notify.class);
        assertThat(((Verdict.Notify) verdict).notification().sessionIdForPackage1())
                .isEqualTo("2A");
    }

    @Test
    void a_notification_with_a_wrong_password_is_refused_with_403() throws Exception {
        inspector.addAccount(((Verdict.Provision) inspect(bootstrap(IMSI))).account());

        Verdict verdict = inspector.inspect(
                ContentInspector.DM_NOTIFICATION,
                DmNotification.of(SERVER, "not-pw", NONCE, 1, UiMode.BACKGROUND).bytes());

        assertThat(verdict.sipStatus()).isEqualTo(403);
        assertThat(verdict.describe()).contains("digest");
    }

    @Test
    void a_notification_from_an_unknown_server_is_not_trusted() throws Exception {
        Verdict verdict = inspector.inspect(
                ContentInspector.DM_NOTIFICATION,
                DmNotification.of("other.example.org", "pw", NONCE, 1, UiMode.BACKGROUND)
                        .bytes());

        assertThat(verdict.sipStatus()).isEqualTo(403);
        assertThat(verdict.describe()).contains("no DM account for server other.example.org");
    }

    @Test
    void a_truncated_notification_is_refused_as_malformed() {
        assertThat(inspector
                        .inspect(ContentInspector.DM_NOTIFICATION, new byte[5])
                        .sipStatus())
                .isEqualTo(400);
    }

    @Test
    void another_content_type_is_refused_with_415() {
        assertThat(inspector.inspect("text/plain", new byte[] {1}).sipStatus()).isEqualTo(415);
    }
}
