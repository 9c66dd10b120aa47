package io.sipush.ppg.tools.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CommandLineTest {
    private static final List<OptionSpec> SPECS =
            List.of(OptionSpec.value("address", "a"), OptionSpec.value("port", "p"), OptionSpec.flag("base64", "b"));

    @Test
    void reads_values_in_both_spellings_flags_and_positional_arguments() throws Exception {
        CommandLine line =
                CommandLine.parse(List.of("--address", "sip:a@x", "--port=5070", "--base64", "extra"), SPECS);

        assertThat(line.value("address")).contains("sip:a@x");
        assertThat(line.intValue("port", 0)).isEqualTo(5070);
        assertThat(line.flag("base64")).isTrue();
        assertThat(line.positional()).containsExactly("extra");
    }

    @Test
    void repeated_and_comma_separated_values_are_all_kept_in_order() throws Exception {
        CommandLine line = CommandLine.parse(List.of("--address", "+1555,+1666", "--address", "sip:b@x"), SPECS);

        assertThat(line.values("address")).containsExactly("+1555", "+1666", "sip:b@x");
        assertThat(line.value("address")).contains("sip:b@x");
    }

    @Test
    void an_unknown_option_is_refused_by_name() {
        assertThatThrownBy(() -> CommandLine.parse(List.of("--adress", "x"), SPECS))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("--adress");
    }

    @Test
    void an_option_without_its_value_is_refused() {
        assertThatThrownBy(() -> CommandLine.parse(List.of("--port"), SPECS))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("needs a value");
    }

    @Test
    void a_flag_given_a_value_is_refused() {
        assertThatThrownBy(() -> CommandLine.parse(List.of("--base64=yes"), SPECS))
                .isInstanceOf(UsageException.class);
    }

    @Test
    void a_missing_required_option_and_a_non_numeric_number_are_usage_errors() throws Exception {
        CommandLine line = CommandLine.parse(List.of("--port", "fifty"), SPECS);

        assertThatThrownBy(() -> line.required("address")).hasMessageContaining("--address is required");
        assertThatThrownBy(() -> line.intValue("port", 1)).hasMessageContaining("must be a number");
    }

    @Test
    void hex_numbers_are_read() throws Exception {
        assertThat(CommandLine.parse(List.of("--port", "0x1F"), SPECS).intValue("port", 0))
                .isEqualTo(31);
    }
}
