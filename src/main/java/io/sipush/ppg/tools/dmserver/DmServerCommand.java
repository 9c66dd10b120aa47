package io.sipush.ppg.tools.dmserver;

import io.sipush.ppg.tools.cli.CommandLine;
import io.sipush.ppg.tools.cli.OptionSpec;
import io.sipush.ppg.tools.cli.ToolCommand;
import io.sipush.ppg.tools.cli.UsageException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code dm-server}: runs the minimal DM server until the process is stopped. */
public final class DmServerCommand implements ToolCommand {
    @Override
    public String name() {
        return "dm-server";
    }

    @Override
    public String summary() {
        return "run a minimal OMA DM server that replaces settings and logs each session";
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(
                OptionSpec.value("host", "listening address (default 127.0.0.1)"),
                OptionSpec.value("port", "listening port (default 8081); the DM URL is http://host:port/dm"),
                OptionSpec.value(
                        "replace",
                        "node=value the server replaces in each session, e.g."
                                + " ./Game/Server=game2.example.org; repeatable"),
                OptionSpec.value("confirm", "ask the user this question first (Alert 1101)"));
    }

    @Override
    public int run(CommandLine line, PrintStream out) throws Exception {
        Map<String, String> replacements = new LinkedHashMap<>();
        for (String pair : line.values("replace")) {
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                throw new UsageException("--replace must be node=value, was " + pair);
            }
            replacements.put(pair.substring(0, equals), pair.substring(equals + 1));
        }
        InetSocketAddress address = new InetSocketAddress(line.value("host", "127.0.0.1"), line.intValue("port", 8081));
        DmServer server = DmServer.start(address, out::println);
        server.plan(new ManagementPlan(replacements, line.value("confirm")));
        out.println("DM server at " + server.uri() + ", replacing " + replacements + "; stop with Ctrl-C");
        Thread.currentThread().join();
        return OK;
    }
}
