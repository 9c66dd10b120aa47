package io.sipush.ppg.tools.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The parsed arguments of one sub-command: options by name (an option may be repeated), flags,
 * and positional arguments. Only the options the command declared are accepted.
 */
public final class CommandLine {
    private final Map<String, List<String>> values;
    private final List<String> positional;

    private CommandLine(Map<String, List<String>> values, List<String> positional) {
        this.values = values;
        this.positional = positional;
    }

    /** Parses {@code args} against {@code specs}; {@code --} ends the options. */
    public static CommandLine parse(List<String> args, List<OptionSpec> specs) throws UsageException {
        Map<String, List<String>> values = new LinkedHashMap<>();
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--")) {
                positional.addAll(args.subList(i + 1, args.size()));
                break;
            }
            if (!arg.startsWith("--") || arg.length() == 2) {
                positional.add(arg);
                continue;
            }
            int equals = arg.indexOf('=');
            String name = equals < 0 ? arg.substring(2) : arg.substring(2, equals);
            OptionSpec spec = find(specs, name);
            String value;
            if (!spec.takesValue()) {
                if (equals >= 0) {
                    throw new UsageException("--" + name + " takes no value");
                }
                value = "true";
            } else if (equals >= 0) {
                value = arg.substring(equals + 1);
            } else if (i + 1 < args.size()) {
                value = args.get(++i);
            } else {
                throw new UsageException("--" + name + " needs a value");
            }
            values.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        return new CommandLine(values, positional);
    }

    private static OptionSpec find(List<OptionSpec> specs, String name) throws UsageException {
        for (OptionSpec spec : specs) {
            if (spec.name().equals(name)) {
                return spec;
            }
        }
        throw new UsageException("unknown option --" + name);
    }

    /** The last value given for {@code name}, if any. */
    public Optional<String> value(String name) {
        List<String> given = values.get(name);
        return given == null ? Optional.empty() : Optional.of(given.get(given.size() - 1));
    }

    public String value(String name, String defaultValue) {
        return value(name).orElse(defaultValue);
    }

    public String required(String name) throws UsageException {
        return value(name).orElseThrow(() -> new UsageException("--" + name + " is required"));
    }

    /** Every value given for a repeatable option, in order; a value may also be comma-separated. */
    public List<String> values(String name) {
        List<String> all = new ArrayList<>();
        for (String value : values.getOrDefault(name, List.of())) {
            for (String part : value.split(",")) {
                if (!part.isBlank()) {
                    all.add(part.trim());
                }
            }
        }
        return all;
    }

    public boolean flag(String name) {
        return values.containsKey(name);
    }

    public int intValue(String name, int defaultValue) throws UsageException {
        Optional<String> text = value(name);
        if (text.isEmpty()) {
            return defaultValue;
        }
        try {
            return Integer.decode(text.get().trim());
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " must be a number, was \"" + text.get() + "\"");
        }
    }

    public List<String> positional() {
        return List.copyOf(positional);
    }
}
