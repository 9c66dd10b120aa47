package io.sipush.ppg.tools.piclient;

import io.sipush.ppg.content.dm.DmServerCredentials;
import io.sipush.ppg.content.dm.Initiator;
import io.sipush.ppg.content.dm.Package0;
import io.sipush.ppg.content.dm.Package0Builder;
import io.sipush.ppg.content.dm.UiMode;
import io.sipush.ppg.pap.PushApplicationId;
import io.sipush.ppg.tools.cli.CommandLine;
import io.sipush.ppg.tools.cli.OptionSpec;
import io.sipush.ppg.tools.cli.UsageException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** {@code dm-notify}: builds a DM notification (General Package #0) and pushes it. */
public final class DmNotifyCommand extends PushingCommand {
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public String name() {
        return "dm-notify";
    }

    @Override
    public String summary() {
        return "push an OMA DM notification (General Package #0) for syncml.dm";
    }

    @Override
    protected List<OptionSpec> contentOptions() {
        return List.of(
                OptionSpec.value("server-id", "DM ServerID (required)"),
                OptionSpec.value("server-password", "DM server password that keys the digest (required)"),
                OptionSpec.value("nonce", "server nonce the terminal holds, as text"),
                OptionSpec.value("nonce-hex", "server nonce as hex bytes (instead of --nonce)"),
                OptionSpec.value("session-id", "1..0xFFFF, decimal or 0x hex (default: random)"),
                OptionSpec.value("ui-mode", "not-specified, background, informative or user-interaction (or 0..3)"),
                OptionSpec.value("version", "version field, version x 10 (default 12)"),
                OptionSpec.value("initiator", "server or client (default server)"),
                OptionSpec.value("vendor-data", "vendor-specific data as text"),
                OptionSpec.value("vendor-data-hex", "vendor-specific data as hex bytes"),
                OptionSpec.value("app-id", "X-Wap-Application-Id (default x-wap-application:syncml.dm)"),
                OptionSpec.flag("base64", "send the content with Content-Transfer-Encoding: base64"));
    }

    @Override
    protected PapHttpClient.PushContent content(CommandLine line, PrintStream out) throws Exception {
        requireNoPositional(line);
        DmNotification notification = notification(line);
        out.println("Package #0: " + notification.notification());
        Optional<PushApplicationId> appId = PushCommand.appId(line).or(() -> Optional.of(PushApplicationId.SYNCML_DM));
        return new PapHttpClient.PushContent(
                DmNotification.CONTENT_TYPE, notification.bytes(), appId, line.flag("base64"));
    }

    /** The notification the command line describes. */
    public static DmNotification notification(CommandLine line) throws UsageException {
        String serverId = line.required("server-id");
        try {
            Package0 notification = Package0Builder.forServer(serverId)
                    .version(line.intValue("version", Package0.DEFAULT_VERSION))
                    .uiMode(uiMode(line.value("ui-mode", "not-specified")))
                    .initiator(initiator(line.value("initiator", "server")))
                    .sessionId(line.intValue("session-id", 1 + RANDOM.nextInt(Package0.MAX_SESSION_ID)))
                    .vendorSpecific(bytes(line, "vendor-data", new byte[0]))
                    .build();
            DmServerCredentials credentials = new DmServerCredentials(serverId, line.required("server-password"));
            return new DmNotification(credentials, nonce(line), notification);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static byte[] nonce(CommandLine line) throws UsageException {
        if (line.value("nonce").isEmpty() && line.value("nonce-hex").isEmpty()) {
            throw new UsageException("--nonce or --nonce-hex is required: the nonce the terminal holds for the server"
                    + " (AAUTHDATA of the APPSRV credentials in its bootstrap)");
        }
        return bytes(line, "nonce", null);
    }

    /** The bytes of {@code --<name>} (UTF-8 text) or {@code --<name>-hex}. */
    static byte[] bytes(CommandLine line, String name, byte[] absent) throws UsageException {
        Optional<String> hex = line.value(name + "-hex");
        if (hex.isPresent()) {
            try {
                return HexFormat.of().parseHex(hex.get().replace(" ", ""));
            } catch (IllegalArgumentException e) {
                throw new UsageException("--" + name + "-hex is not hex: " + e.getMessage());
            }
        }
        return line.value(name)
                .map(text -> text.getBytes(StandardCharsets.UTF_8))
                .orElse(absent);
    }

    static UiMode uiMode(String text) throws UsageException {
        String name = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (UiMode mode : UiMode.values()) {
            if (mode.name().equals(name) || Integer.toString(mode.code()).equals(name)) {
                return mode;
            }
        }
        throw new UsageException(
                "--ui-mode must be not-specified, background, informative or user-interaction (0..3), was " + text);
    }

    private static Initiator initiator(String text) throws UsageException {
        try {
            return Initiator.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--initiator must be server or client, was " + text);
        }
    }
}
