package io.sipush.ppg.tools.cli;

import java.io.PrintStream;
import java.util.List;

/** One sub-command of {@code ppg-tools}. */
public interface ToolCommand {
    /** Exit status of a command that did what it was asked. */
    int OK = 0;
    /** Exit status when the PPG (or the check) reported a failure. */
    int FAILED = 1;
    /** Exit status of a wrong command line. */
    int USAGE = 2;
    /** Exit status when the PPG could not be reached, or a file not read. */
    int IO_ERROR = 3;

    String name();

    /** One line saying what the command does. */
    String summary();

    List<OptionSpec> options();

    /** Runs the command and returns its exit status. */
    int run(CommandLine line, PrintStream out) throws Exception;
}
