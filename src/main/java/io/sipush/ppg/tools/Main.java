package io.sipush.ppg.tools;

import io.sipush.ppg.tools.cli.CommandLine;
import io.sipush.ppg.tools.cli.OptionSpec;
import io.sipush.ppg.tools.cli.ToolCommand;
import io.sipush.ppg.tools.cli.UsageException;
import io.sipush.ppg.tools.demo.DemoCommand;
import io.sipush.ppg.tools.dmserver.DmServerCommand;
import io.sipush.ppg.tools.piclient.CancelCommand;
import io.sipush.ppg.tools.piclient.CcqCommand;
import io.sipush.ppg.tools.piclient.CpBootstrapCommand;
import io.sipush.ppg.tools.piclient.DmNotifyCommand;
import io.sipush.ppg.tools.piclient.PushCommand;
import io.sipush.ppg.tools.piclient.StatusCommand;
import io.sipush.ppg.tools.terminal.TerminalCommand;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/** {@code ppg-tools <command> [options]}: dispatches to the sub-commands. */
public final class Main {
    private static final List<ToolCommand> COMMANDS = List.of(
            new PushCommand(),
            new CancelCommand(),
            new StatusCommand(),
            new CcqCommand(),
            new DmNotifyCommand(),
            new CpBootstrapCommand(),
            new DmServerCommand(),
            new TerminalCommand(),
            new DemoCommand());

    private Main() {}

    public static void main(String[] args) {
        System.exit(run(Arrays.asList(args), System.out, System.err));
    }

    /** Runs one command line and returns its exit status. */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty() || args.get(0).equals("help") || args.get(0).equals("--help")) {
            printUsage(args.size() > 1 ? args.get(1) : null, out);
            return args.isEmpty() ? ToolCommand.USAGE : ToolCommand.OK;
        }
        ToolCommand command = find(args.get(0));
        if (command == null) {
            err.println("ppg-tools: unknown command \"" + args.get(0) + "\"");
            printUsage(null, err);
            return ToolCommand.USAGE;
        }
        try {
            CommandLine line = CommandLine.parse(args.subList(1, args.size()), command.options());
            return command.run(line, out);
        } catch (UsageException e) {
            err.println("ppg-tools " + command.name() + ": " + e.getMessage());
            err.println("Try: ppg-tools help " + command.name());
            return ToolCommand.USAGE;
        } catch (IOException e) {
            err.println("ppg-tools " + command.name() + ": " + e);
            return ToolCommand.IO_ERROR;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ToolCommand.FAILED;
        } catch (Exception e) {
            err.println("ppg-tools " + command.name() + ": " + e);
            return ToolCommand.FAILED;
        }
    }

    private static ToolCommand find(String name) {
        return COMMANDS.stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
    }

    private static void printUsage(String commandName, PrintStream out) {
        ToolCommand command = commandName == null ? null : find(commandName);
        if (command != null) {
            out.println("ppg-tools " + command.name() + ": " + command.summary());
            command.options().stream().map(OptionSpec::usageLine).forEach(out::println);
            return;
        }
        out.println("usage: ppg-tools <command> [options]   (ppg-tools help <command> for its options)");
        for (ToolCommand each : COMMANDS) {
            out.println(String.format("  %-14s %s", each.name(), each.summary()));
        }
    }
}
