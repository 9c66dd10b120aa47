package io.sipush.ppg.tools.piclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sipush.ppg.content.dm.Package0;
import io.sipush.ppg.content.dm.Package0Decoder;
import io.sipush.ppg.content.dm.UiMode;
import io.sipush.ppg.tools.cli.CommandLine;
import io.sipush.ppg.tools.cli.UsageException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class DmNotifyCommandTest {

    private static DmNotification notification(String... args) throws Exception {
        return DmNotifyCommand.notification(CommandLine.parse(List.of(args), new DmNotifyCommand().options()));
    }

    @Test
    void options_become_the_package_fields_with_version_12_by_default() throws Exception {
        byte[] bytes = notification(
                        "--server-id", "dm.example.org",
                        "--server-password", "pw",
                        "--nonce", "n1",
                        "--session-id", "0x1A2B",
                        "--ui-mode", "user-interaction",
                        "--vendor-data-hex", "CAFE")
                .bytes();

        Package0 decoded = Package0Decoder.decode(bytes).notification();
        assertThat(decoded.version()).isEqualTo(12);
        assertThat(decoded.sessionId()).isEqualTo(0x1A2B);
        assertThat(decoded.uiMode()).isEqualTo(UiMode.USER_INTERACTION);
        assertThat(decoded.serverId()).isEqualTo("dm.example.org");
        assertThat(decoded.vendorSpecific()).containsExactly(0xCA, 0xFE);
    }

    @Test
    void the_digest_is_md5_of_the_credential_hash_the_nonce_and_the_trigger_hash() throws Exception {
        byte[] bytes = notification(
                        "--server-id", "srv", "--server-password", "secret", "--nonce", "abc", "--session-id", "7")
                .bytes();

        byte[] trigger = Arrays.copyOfRange(bytes, 16, bytes.length);
        String input = b64md5("srv:secret".getBytes(StandardCharsets.UTF_8)) + ":abc:" + b64md5(trigger);
        byte[] expected = MessageDigest.getInstance("MD5").digest(input.getBytes(StandardCharsets.US_ASCII));
        assertThat(Arrays.copyOfRange(bytes, 0, 16)).isEqualTo(expected);
    }

    @Test
    void version_and_ui_mode_can_be_given_as_numbers() throws Exception {
        Package0 decoded = Package0Decoder.decode(notification(
                                "--server-id",
                                "s",
                                "--server-password",
                                "p",
                                "--nonce-hex",
                                "00000000",
                                "--version",
                                "11",
                                "--ui-mode",
                                "1",
                                "--session-id",
                                "1")
                        .bytes())
                .notification();

        assertThat(decoded.version()).isEqualTo(11);
        assertThat(decoded.uiMode()).isEqualTo(UiMode.BACKGROUND);
    }

    @Test
    void a_notification_without_a_nonce_is_refused_and_says_where_the_nonce_comes_from() {
        assertThatThrownBy(() -> notification("--server-id", "s", "--server-password", "p"))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("AAUTHDATA");
    }

    @Test
    void a_session_id_out_of_range_is_a_usage_error() {
        assertThatThrownBy(() -> notification(
                        "--server-id", "s", "--server-password", "p", "--nonce", "n", "--session-id", "70000"))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("session id");
    }

    @Test
    void an_unknown_ui_mode_is_refused() {
        assertThatThrownBy(() ->
                        notification("--server-id", "s", "--server-password", "p", "--nonce", "n", "--ui-mode", "loud"))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("--ui-mode");
    }

    private static String b64md5(byte[] data) throws Exception {
        return Base64.getEncoder()
                .encodeToString(MessageDigest.getInstance("MD5").digest(data));
    }
}
