package io.sipush.ppg.tools.piclient;

import io.sipush.ppg.pap.CancelMessage;
import io.sipush.ppg.pap.PapRequest;
import io.sipush.ppg.tools.cli.CommandLine;
import io.sipush.ppg.tools.cli.OptionSpec;
import java.util.List;

/** {@code cancel}: a cancel-message for a push-id, for some or all of its addresses. */
public final class CancelCommand extends RequestCommand {
    @Override
    public String name() {
        return "cancel";
    }

    @Override
    public String summary() {
        return "cancel a push (cancel-message)";
    }

    @Override
    protected List<OptionSpec> requestOptions() {
        return List.of(
                OptionSpec.value("push-id", "push-id to cancel (required)"),
                OptionSpec.value("address", "only these addresses (default: all); repeatable"));
    }

    @Override
    protected PapRequest request(CommandLine line) throws Exception {
        return CancelMessage.of(
                PiOptions.version(line), line.required("push-id"), AddressLists.parse(line.values("address")));
    }
}
