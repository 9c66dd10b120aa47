package io.sipush.ppg.terminal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.List;
import org.junit.jupiter.api.Test;

class RegistrationTest {

    @Test
    void remove_all_registration_carries_no_bindings() {
        AddressOfRecord aor = AddressOfRecord.parse("sip:alice@ims.example.org", "x");

        Registration r = Registration.removeAll(aor);

        assertThat(r.removeAll()).isTrue();
        assertThat(r.bindings()).isEmpty();
        assertThat(r.removedContactUris()).isEmpty();
        assertThat(r.addressOfRecord()).isEqualTo(aor);
    }

    @Test
    void registration_needs_an_address_of_record() {
        assertThatNullPointerException().isThrownBy(() -> new Registration(null, List.of(), List.of(), false));
    }
}
