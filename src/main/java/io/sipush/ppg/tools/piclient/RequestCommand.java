package io.sipush.ppg.tools.piclient;

import io.sipush.ppg.pap.PapRequest;
import io.sipush.ppg.tools.cli.CommandLine;
import io.sipush.ppg.tools.cli.OptionSpec;
import io.sipush.ppg.tools.cli.ToolCommand;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** A command that sends one plain-XML PAP request (cancel, status query, CCQ). */
abstract class RequestCommand implements ToolCommand {

    protected abstract List<OptionSpec> requestOptions();

    protected abstract PapRequest request(CommandLine line) throws Exception;

    @Override
    public final List<OptionSpec> options() {
        List<OptionSpec> all = new ArrayList<>(PiOptions.SPECS);
        all.addAll(requestOptions());
        return all;
    }

    @Override
    public final int run(CommandLine line, PrintStream out) throws Exception {
        PapHttpClient client = PiOptions.client(line);
        return print(client.send(request(line)), out);
    }

    /** Prints the PAP reply and its summary; the exit status says whether it succeeded. */
    static int print(PapReply reply, PrintStream out) {
        out.println(reply.text().strip());
        out.println("---");
        reply.summary().forEach(out::println);
        return reply.succeeded() ? OK : FAILED;
    }
}
