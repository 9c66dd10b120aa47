package io.sipush.ppg.tools.piclient;

import io.sipush.ppg.pap.CcqMessage;
import io.sipush.ppg.pap.PapRequest;
import io.sipush.ppg.tools.cli.CommandLine;
import io.sipush.ppg.tools.cli.OptionSpec;
import java.util.List;
import java.util.UUID;

/** {@code ccq}: a client capabilities query for one address. */
public final class CcqCommand extends RequestCommand {
    @Override
    public String name() {
        return "ccq";
    }

    @Override
    public String summary() {
        return "query a terminal's capabilities (ccq-message)";
    }

    @Override
    protected List<OptionSpec> requestOptions() {
        return List.of(
                OptionSpec.value("address", "the terminal (required)"),
                OptionSpec.value("app-id", "ask whether the terminal accepts this push application ID"),
                OptionSpec.value("query-id", "query-id (default: a new UUID)"));
    }

    @Override
    protected PapRequest request(CommandLine line) throws Exception {
        return CcqMessage.of(
                PiOptions.version(line),
                line.value("query-id", UUID.randomUUID().toString()),
                line.value("app-id", null),
                AddressArgument.parse(line.required("address")));
    }
}
