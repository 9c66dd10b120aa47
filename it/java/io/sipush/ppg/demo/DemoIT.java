package io.sipush.ppg.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.sipush.ppg.it.ItPorts;
import io.sipush.ppg.tools.demo.DemoReport;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The demo of docs/tools.md against the real PPG: a fresh Liberty server, the terminal
 * simulator over real SIP, the DM server over real HTTP, PAP from the PI client.
 *
 * <p>Process helper, not Arquillian: it checks the demo as {@code mvn -Pdemo verify} runs it,
 * with a fresh server that the demo launcher starts and stops itself (docs/testing.md).
 */
class DemoIT {

    @Test
    void demo_runs_use_cases_5_2_and_5_3_and_the_forged_bootstrap_check_step_by_step() throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

        DemoReport report = DemoLauncher.runWithOwnServer(
                "demo-it", ItPorts.http(6), ItPorts.sip(6), ItPorts.terminal(63), ItPorts.terminal(64), out);

        String story = printed.toString(StandardCharsets.UTF_8);
        System.out.println(story);
        assertThat(report.steps())
                .extracting(DemoReport.Step::id)
                .containsSubsequence("5.2.0", "5.2.3", "5.2.4-6", "5.2.7", "5.2.8", "5.2.9")
                .containsSubsequence("5.3.1", "5.3.2", "5.3.3-4", "5.3.5-6", "5.3.8")
                .containsSubsequence("check.1", "check.2");
        assertThat(report.steps())
                .allSatisfy(step -> assertThat(step.ok())
                        .as(step.id() + " " + step.title() + ": " + step.detail())
                        .isTrue());
        assertThat(story)
                .contains("./Game/Server = eu1.game.example.org:7777")
                .contains("./Game/Server = eu2.game.example.org:7777")
                .contains("the user is asked")
                .contains("DEMO PASSED");
    }
}
