package io.sipush.ppg.terminal.application;

import io.sipush.ppg.terminal.RegisteredTerminal;
import java.util.List;

/** One page of registered terminals, by address, and how many match in all. */
public record TerminalPage(List<RegisteredTerminal> terminals, long total, int offset, int limit) {
    public TerminalPage {
        terminals = List.copyOf(terminals);
    }
}
