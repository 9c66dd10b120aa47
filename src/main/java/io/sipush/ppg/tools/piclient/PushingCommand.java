package io.sipush.ppg.tools.piclient;

import io.sipush.ppg.pap.PushMessage;
import io.sipush.ppg.tools.cli.CommandLine;
import io.sipush.ppg.tools.cli.OptionSpec;
import io.sipush.ppg.tools.cli.ToolCommand;
import io.sipush.ppg.tools.cli.UsageException;
import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A command that submits a push-message: the PI options, the push options, and the options of
 * its content, which each subclass builds.
 */
abstract class PushingCommand implements ToolCommand {

    /** The options that describe the content. */
    protected abstract List<OptionSpec> contentOptions();

    /** Builds the content, printing what it is. */
    protected abstract PapHttpClient.PushContent content(CommandLine line, PrintStream out) throws Exception;

    @Override
    public final List<OptionSpec> options() {
        List<OptionSpec> all = new ArrayList<>(PiOptions.SPECS);
        all.addAll(PushOptions.SPECS);
        all.addAll(contentOptions());
        return all;
    }

    @Override
    public final int run(CommandLine line, PrintStream out) throws Exception {
        PapHttpClient client = PiOptions.client(line);
        PushMessage message = PushOptions.message(line, PiOptions.version(line), Instant.now());
        PapHttpClient.PushContent content = content(line, out);
        out.println("push-id " + message.pushId() + " to " + client.endpoint());
        return RequestCommand.print(client.push(message, content), out);
    }

    static void requireNoPositional(CommandLine line) throws UsageException {
        if (!line.positional().isEmpty()) {
            throw new UsageException("unexpected argument " + line.positional().get(0));
        }
    }
}
