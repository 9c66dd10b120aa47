package io.sipush.ppg.pushinitiator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordHasherTest {
    private static final char[] PASSWORD = "s3cret-PI-password".toCharArray();
    private static String stored;

    @BeforeAll
    static void hashOnce() {
        stored = PasswordHasher.hash(PASSWORD.clone());
    }

    @Test
    void hash_is_in_the_pbkdf2_format() {
        assertThat(stored).startsWith("pbkdf2-sha256$");
        assertThat(stored.split("\\$")).hasSize(4);
        assertThat(stored).doesNotContain(new String(PASSWORD));
    }

    @Test
    void right_password_verifies() {
        assertThat(PasswordHasher.verify(PASSWORD.clone(), stored)).isTrue();
    }

    @Test
    void wrong_password_does_not_verify() {
        assertThat(PasswordHasher.verify("s3cret-PI-passworD".toCharArray(), stored))
                .isFalse();
        assertThat(PasswordHasher.verify(new char[0], stored)).isFalse();
    }

    @Test
    void two_hashes_of_the_same_password_differ_but_both_verify() {
        String other = PasswordHasher.hash(PASSWORD.clone());

        assertThat(other).isNotEqualTo(stored);
        assertThat(PasswordHasher.verify(PASSWORD.clone(), other)).isTrue();
    }

    @Test
    void tampered_hash_does_not_verify() {
        String[] parts = stored.split("\\$");
        char last = parts[3].charAt(0);
        parts[3] = (last == 'A' ? 'B' : 'A') + parts[3].substring(1);

        assertThat(PasswordHasher.verify(PASSWORD.clone(), String.join("$", parts)))
                .isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "s3cret-PI-password",
                "pbkdf2-sha256",
                "pbkdf2-sha256$1000$c2FsdA",
                "md5$1000$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA",
                "pbkdf2-sha256$many$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA",
                "pbkdf2-sha256$0$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA",
                "pbkdf2-sha256$-5$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA",
                "pbkdf2-sha256$1000$!!not base64!!$aGFzaA",
                "pbkdf2-sha256$1000$c2FsdHNhbHRzYWx0c2FsdA$***",
                "pbkdf2-sha256$1000$$aGFzaA",
                "pbkdf2-sha256$1000$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA$extra"
            })
    void malformed_stored_hash_never_matches(String malformed) {
        assertThat(PasswordHasher.verify(PASSWORD.clone(), malformed)).isFalse();
    }
}
