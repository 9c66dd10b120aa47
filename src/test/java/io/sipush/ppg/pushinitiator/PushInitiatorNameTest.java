package io.sipush.ppg.pushinitiator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PushInitiatorNameTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "a",
                "dm-server",
                "DM_Server.01",
                "x1234567890123456789012345678901" + "23456789012345678901234567890123"
            })
    void valid_name_is_returned_unchanged(String name) {
        assertThat(PushInitiatorName.require(name)).isEqualTo(name);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "dm server",
                "dm:server",
                "pi@example",
                "pi/1",
                "ümlaut",
                " pi",
                "x1234567890123456789012345678901234567890123456789012345678901234"
            })
    void invalid_name_is_rejected(String name) {
        assertThatIllegalArgumentException().isThrownBy(() -> PushInitiatorName.require(name));
    }
}
