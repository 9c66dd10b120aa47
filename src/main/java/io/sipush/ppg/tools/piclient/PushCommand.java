package io.sipush.ppg.tools.piclient;

import io.sipush.ppg.pap.PushApplicationId;
import io.sipush.ppg.tools.cli.CommandLine;
import io.sipush.ppg.tools.cli.OptionSpec;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** {@code push}: any content file, with its content type and push application ID. */
public final class PushCommand extends PushingCommand {
    @Override
    public String name() {
        return "push";
    }

    @Override
    public String summary() {
        return "submit a push-message with the content of a file";
    }

    @Override
    protected List<OptionSpec> contentOptions() {
        return List.of(
                OptionSpec.value("content", "file whose bytes are pushed (required)"),
                OptionSpec.value("content-type", "Content-Type of the content (required)"),
                OptionSpec.value("app-id", "X-Wap-Application-Id: URN, short name or number (default: none = wml.ua)"),
                OptionSpec.flag("base64", "send the content with Content-Transfer-Encoding: base64"));
    }

    @Override
    protected PapHttpClient.PushContent content(CommandLine line, PrintStream out) throws Exception {
        requireNoPositional(line);
        Path file = Path.of(line.required("content"));
        byte[] body = Files.readAllBytes(file);
        out.println("content " + file + ": " + body.length + " bytes of " + line.required("content-type"));
        return new PapHttpClient.PushContent(line.required("content-type"), body, appId(line), line.flag("base64"));
    }

    static Optional<PushApplicationId> appId(CommandLine line) {
        return line.value("app-id").map(PushApplicationId::parse);
    }
}
