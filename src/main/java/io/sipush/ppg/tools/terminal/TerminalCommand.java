package io.sipush.ppg.tools.terminal;

import io.sipush.ppg.content.cp.BootstrapSecrets;
import io.sipush.ppg.content.cp.Imsi;
import io.sipush.ppg.content.cp.UserPin;
import io.sipush.ppg.tools.cli.CommandLine;
import io.sipush.ppg.tools.cli.OptionSpec;
import io.sipush.ppg.tools.cli.ToolCommand;
import io.sipush.ppg.tools.cli.UsageException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code terminal}: runs a terminal simulator until the process is stopped. */
public final class TerminalCommand implements ToolCommand {
    @Override
    public String name() {
        return "terminal";
    }

    @Override
    public String summary() {
        return "run a SIP terminal that registers, checks pushed CP/DM content and runs DM sessions";
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(
                OptionSpec.value("aor", "address of record to register, e.g. sip:alice@ims.example.org (required)"),
                OptionSpec.value("registrar", "host:port of the PPG or SIP core (default 127.0.0.1:5060)"),
                OptionSpec.value("host", "local SIP address (default 127.0.0.1)"),
                OptionSpec.value("port", "local SIP port, UDP and TCP (default 5070)"),
                OptionSpec.value("apps", "push application IDs announced (default syncml.dm,wml.ua)"),
                OptionSpec.value("expires", "registration lifetime in seconds (default 3600)"),
                OptionSpec.value("imsi", "IMSI that checks NETWPIN/USERNETWPIN bootstrap MACs"),
                OptionSpec.value("pin", "user PIN that checks USERPIN/USERNETWPIN/USERPINMAC bootstrap MACs"),
                OptionSpec.value("device-id", "DevInfo/DevId (default " + TerminalConfig.DEFAULT_DEVICE_ID + ")"),
                OptionSpec.value("user-accepts", "yes or no: the user's answer to confirmations (default yes)"),
                OptionSpec.value("server-id", "a DM account known without bootstrap: ServerID"),
                OptionSpec.value("server-password", "... its server password (checks the Package #0 digest)"),
                OptionSpec.value("nonce", "... its server nonce, as text"),
                OptionSpec.value("dm-url", "... its server URL"));
    }

    @Override
    public int run(CommandLine line, PrintStream out) throws Exception {
        TerminalConfig config = config(line);
        TerminalSimulator terminal = TerminalSimulator.start(config, out::println);
        Runtime.getRuntime().addShutdownHook(new Thread(terminal::close));
        int status = terminal.register();
        if (status / 100 != 2) {
            out.println("terminal: registration refused with " + status);
            terminal.close();
            return FAILED;
        }
        out.println("terminal: waiting for pushes; stop with Ctrl-C");
        Thread.currentThread().join();
        return OK;
    }

    /** The terminal the command line describes. */
    public static TerminalConfig config(CommandLine line) throws UsageException {
        try {
            boolean accepts = switch (line.value("user-accepts", "yes").toLowerCase(java.util.Locale.ROOT)) {
                case "yes", "true" -> true;
                case "no", "false" -> false;
                default -> throw new UsageException("--user-accepts must be yes or no");
            };
            List<String> apps = line.values("apps");
            return new TerminalConfig(
                    line.value("host", "127.0.0.1"),
                    line.intValue("port", 5070),
                    line.value("registrar", "127.0.0.1:5060"),
                    line.required("aor"),
                    apps.isEmpty() ? TerminalConfig.DEFAULT_APPS : apps,
                    line.intValue("expires", 3600),
                    secrets(line),
                    line.value("device-id", TerminalConfig.DEFAULT_DEVICE_ID),
                    question -> accepts,
                    presetAccounts(line));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static Optional<BootstrapSecrets> secrets(CommandLine line) {
        Optional<Imsi> imsi = line.value("imsi").map(Imsi::new);
        Optional<UserPin> pin = line.value("pin").map(UserPin::new);
        if (imsi.isPresent() && pin.isPresent()) {
            return Optional.of(BootstrapSecrets.of(imsi.get(), pin.get()));
        }
        return imsi.map(BootstrapSecrets::ofImsi).or(() -> pin.map(BootstrapSecrets::ofPin));
    }

    private static List<DmAccount> presetAccounts(CommandLine line) throws UsageException {
        List<DmAccount> accounts = new ArrayList<>();
        if (line.value("server-id").isPresent()) {
            accounts.add(new DmAccount(
                    line.required("server-id"),
                    URI.create(line.required("dm-url")),
                    line.required("server-password"),
                    line.value("nonce", "").getBytes(StandardCharsets.UTF_8)));
        }
        return accounts;
    }
}
