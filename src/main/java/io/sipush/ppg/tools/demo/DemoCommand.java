package io.sipush.ppg.tools.demo;

import io.sipush.ppg.tools.cli.CommandLine;
import io.sipush.ppg.tools.cli.OptionSpec;
import io.sipush.ppg.tools.cli.ToolCommand;
import io.sipush.ppg.tools.cli.UsageException;
import io.sipush.ppg.tools.piclient.PiCredentials;
import io.sipush.ppg.tools.piclient.PiOptions;
import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/** {@code demo}: runs use cases 5.2 and 5.3 against a running PPG. */
public final class DemoCommand implements ToolCommand {
    @Override
    public String name() {
        return "demo";
    }

    @Override
    public String summary() {
        return "run the seed's use cases 5.2 and 5.3 against a running PPG, step by step";
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(
                OptionSpec.value("ppg", "PAP endpoint URL (default " + PiOptions.DEFAULT_PPG + ")"),
                OptionSpec.value(
                        "pi", "PI account name:password (default: environment variable " + PiOptions.PI_ENV + ")"),
                OptionSpec.value("registrar", "host:port the terminal registers at (default 127.0.0.1:5060)"),
                OptionSpec.value("terminal-port", "terminal SIP port (default 5070)"),
                OptionSpec.value("dm-port", "DM server HTTP port (default 8081)"),
                OptionSpec.value("aor", "terminal's address of record (default " + DemoSettings.DEFAULT_AOR + ")"),
                OptionSpec.value("step-timeout", "seconds each step may take (default 30)"));
    }

    @Override
    public int run(CommandLine line, PrintStream out) throws Exception {
        String credentials = line.value("pi").orElse(System.getenv(PiOptions.PI_ENV));
        if (credentials == null) {
            throw new UsageException("--pi name:password is required (or set " + PiOptions.PI_ENV + ")");
        }
        DemoSettings settings = new DemoSettings(
                URI.create(line.value("ppg", PiOptions.DEFAULT_PPG)),
                PiCredentials.parse(credentials),
                line.value("registrar", "127.0.0.1:5060"),
                line.intValue("terminal-port", 5070),
                line.intValue("dm-port", 8081),
                line.value("aor", DemoSettings.DEFAULT_AOR),
                Duration.ofSeconds(line.intValue("step-timeout", 30)));
        return Demo.run(settings, out).succeeded() ? OK : FAILED;
    }
}
