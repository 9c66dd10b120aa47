package io.sipush.ppg.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PushSearchTest {

    @Test
    void blank_criteria_are_no_criteria_and_others_are_trimmed() {
        PushSearch search = new PushSearch(Optional.of("  "), Optional.of(" id-1 "), null, null);

        assertThat(search.piName()).isEmpty();
        assertThat(search.pushIdPart()).contains("id-1");
        assertThat(search.addressPart()).isEmpty();
        assertThat(search.state()).isEmpty();
        assertThat(PushSearch.ALL)
                .isEqualTo(new PushSearch(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
    }
}
