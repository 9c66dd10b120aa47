package io.sipush.ppg.tools.piclient;

import io.sipush.ppg.pap.PapVersion;
import io.sipush.ppg.tools.cli.CommandLine;
import io.sipush.ppg.tools.cli.OptionSpec;
import io.sipush.ppg.tools.cli.UsageException;
import java.net.URI;
import java.util.List;

/** The options every PI client command shares: where the PPG is, who the PI is, which PAP. */
public final class PiOptions {
    public static final String DEFAULT_PPG = "http://127.0.0.1:9080/ppg/pap";
    /** Environment variable read when {@code --pi} is not given. */
    public static final String PI_ENV = "PPG_PI";

    public static final List<OptionSpec> SPECS = List.of(
            OptionSpec.value("ppg", "PAP endpoint URL (default " + DEFAULT_PPG + ")"),
            OptionSpec.value("pi", "PI account name:password (default: environment variable " + PI_ENV + ")"),
            OptionSpec.value("pap-version", "PAP version of the request: 1.0, 2.0 or 2.1 (default 2.1)"));

    private PiOptions() {}

    public static PapHttpClient client(CommandLine line) throws UsageException {
        String credentials = line.value("pi").orElse(System.getenv(PI_ENV));
        if (credentials == null || credentials.isEmpty()) {
            throw new UsageException("--pi name:password is required (or set " + PI_ENV + ")");
        }
        URI endpoint;
        try {
            endpoint = URI.create(line.value("ppg", DEFAULT_PPG));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--ppg is not a URL: " + e.getMessage());
        }
        if (endpoint.getScheme() == null || !endpoint.getScheme().startsWith("http")) {
            throw new UsageException("--ppg must be an http or https URL");
        }
        return new PapHttpClient(endpoint, PiCredentials.parse(credentials));
    }

    public static PapVersion version(CommandLine line) throws UsageException {
        String label = line.value("pap-version", "2.1");
        return PapVersion.fromLabel(label)
                .orElseThrow(() -> new UsageException("--pap-version must be 1.0, 2.0 or 2.1, was " + label));
    }
}
