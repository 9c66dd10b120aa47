package io.sipush.ppg.tools.piclient;

import io.sipush.ppg.pap.PapRequest;
import io.sipush.ppg.pap.StatusQueryMessage;
import io.sipush.ppg.tools.cli.CommandLine;
import io.sipush.ppg.tools.cli.OptionSpec;
import java.util.List;

/** {@code status}: a statusquery-message for a push-id. */
public final class StatusCommand extends RequestCommand {
    @Override
    public String name() {
        return "status";
    }

    @Override
    public String summary() {
        return "ask the state of a push (statusquery-message)";
    }

    @Override
    protected List<OptionSpec> requestOptions() {
        return List.of(
                OptionSpec.value("push-id", "push-id to query (required)"),
                OptionSpec.value("address", "only these addresses (default: all); repeatable"));
    }

    @Override
    protected PapRequest request(CommandLine line) throws Exception {
        return StatusQueryMessage.of(
                PiOptions.version(line), line.required("push-id"), AddressLists.parse(line.values("address")));
    }
}
