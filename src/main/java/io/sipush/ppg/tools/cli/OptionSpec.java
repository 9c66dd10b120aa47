package io.sipush.ppg.tools.cli;

/**
 * One option a command accepts: its name (without the leading {@code --}), whether it takes a
 * value, and the line of help that describes it.
 */
public record OptionSpec(String name, boolean takesValue, String help) {

    /** An option with a value, written {@code --name value} or {@code --name=value}. */
    public static OptionSpec value(String name, String help) {
        return new OptionSpec(name, true, help);
    }

    /** A flag: present or absent, no value. */
    public static OptionSpec flag(String name, String help) {
        return new OptionSpec(name, false, help);
    }

    /** The help line, for example {@code   --ppg URL   the PAP endpoint}. */
    public String usageLine() {
        String left = "  --" + name + (takesValue ? " <value>" : "");
        return String.format("%-32s %s", left, help);
    }
}
