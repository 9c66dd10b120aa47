package io.sipush.ppg.tools.piclient;

import io.sipush.ppg.pap.DeliveryMethod;
import io.sipush.ppg.pap.PapException;
import io.sipush.ppg.pap.PapVersion;
import io.sipush.ppg.pap.Priority;
import io.sipush.ppg.pap.PushMessage;
import io.sipush.ppg.pap.QualityOfService;
import io.sipush.ppg.pap.ReplaceMethod;
import io.sipush.ppg.tools.cli.CommandLine;
import io.sipush.ppg.tools.cli.OptionSpec;
import io.sipush.ppg.tools.cli.UsageException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The push-message control entity from the command line (WAP-247-PAP-20010429-a §9.2):
 * addresses, push-id (generated when absent), timestamps, QoS, result notification, replacement.
 */
public final class PushOptions {
    public static final List<OptionSpec> SPECS = List.of(
            OptionSpec.value("address", "sip:/tel: URI, +number (PLMN) or WAPPUSH=...; repeatable"),
            OptionSpec.value("push-id", "push-id (default: a new UUID@ppg-tools)"),
            OptionSpec.value("deliver-before", "YYYY-MM-DDThh:mm:ssZ or +<n>s|m|h|d"),
            OptionSpec.value("deliver-after", "YYYY-MM-DDThh:mm:ssZ or +<n>s|m|h|d"),
            OptionSpec.value("priority", "high, medium or low"),
            OptionSpec.value("delivery-method", "confirmed, preferconfirmed, unconfirmed or notspecified"),
            OptionSpec.value("notify-requested-to", "URL the PPG posts the result notification to"),
            OptionSpec.value("source-reference", "source-reference attribute"),
            OptionSpec.value("replace-push-id", "push-id this push replaces (PAP 2.x)"),
            OptionSpec.value("replace-method", "all or pending-only"));

    private PushOptions() {}

    public static PushMessage message(CommandLine line, PapVersion version, Instant now) throws UsageException {
        List<String> addresses = line.values("address");
        if (addresses.isEmpty()) {
            throw new UsageException("--address is required");
        }
        PushMessage.Builder builder = PushMessage.builder(version, line.value("push-id", newPushId()));
        for (String address : addresses) {
            builder.address(AddressArgument.parse(address));
        }
        if (line.value("deliver-before").isPresent()) {
            builder.deliverBeforeTimestamp(
                    TimestampArgument.parse(line.required("deliver-before"), "deliver-before", now));
        }
        if (line.value("deliver-after").isPresent()) {
            builder.deliverAfterTimestamp(
                    TimestampArgument.parse(line.required("deliver-after"), "deliver-after", now));
        }
        builder.sourceReference(line.value("source-reference", null));
        builder.ppgNotifyRequestedTo(line.value("notify-requested-to", null));
        builder.qualityOfService(qualityOfService(line));
        if (line.value("replace-push-id").isPresent()) {
            builder.replace(
                    line.required("replace-push-id"), enumValue(line, "replace-method", ReplaceMethod::fromPapName));
        }
        try {
            return builder.build();
        } catch (PapException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** A push-id that no earlier run used. */
    public static String newPushId() {
        return UUID.randomUUID() + "@ppg-tools";
    }

    private static QualityOfService qualityOfService(CommandLine line) throws UsageException {
        Priority priority = enumValue(line, "priority", Priority::fromPapName);
        DeliveryMethod method = enumValue(line, "delivery-method", DeliveryMethod::fromPapName);
        return new QualityOfService(priority, method, null, false, null, false);
    }

    private static <T> T enumValue(CommandLine line, String option, java.util.function.Function<String, T> parser)
            throws UsageException {
        String text = line.value(option, null);
        if (text == null) {
            return null;
        }
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--" + option + ": " + e.getMessage());
        }
    }
}
