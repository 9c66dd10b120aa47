package io.sipush.ppg.pushinitiator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class BasicCredentialsTest {

    private static String b64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void valid_basic_header_gives_user_and_password() {
        assertThat(BasicCredentials.parse("Basic " + b64("dm-server:s3cret")))
                .contains(new BasicCredentials("dm-server", "s3cret"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"basic ", "BASIC ", "bAsIc "})
    void scheme_is_matched_without_regard_to_case(String scheme) {
        assertThat(BasicCredentials.parse(scheme + b64("pi:pw"))).contains(new BasicCredentials("pi", "pw"));
    }

    @Test
    void password_may_contain_colons() {
        assertThat(BasicCredentials.parse("Basic " + b64("pi:a:b:c"))).contains(new BasicCredentials("pi", "a:b:c"));
    }

    @Test
    void utf8_credentials_are_decoded() {
        assertThat(BasicCredentials.parse("Basic " + b64("pï:pässwörd")))
                .contains(new BasicCredentials("pï", "pässwörd"));
    }

    @Test
    void surrounding_blanks_after_the_scheme_are_ignored() {
        assertThat(BasicCredentials.parse("Basic   " + b64("pi:pw") + "  ")).contains(new BasicCredentials("pi", "pw"));
    }

    @Test
    void missing_colon_is_rejected() {
        assertThat(BasicCredentials.parse("Basic " + b64("pi-without-password")))
                .isEmpty();
    }

    @Test
    void empty_user_is_rejected() {
        assertThat(BasicCredentials.parse("Basic " + b64(":pw"))).isEmpty();
    }

    @Test
    void bad_base64_is_rejected() {
        assertThat(BasicCredentials.parse("Basic !!!not-base64!!!")).isEmpty();
        assertThat(BasicCredentials.parse("Basic cGk6cHc=x")).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"Basic", "Bearer cGk6cHc=", "Digest username=\"pi\"", "cGk6cHc="})
    void other_schemes_and_missing_headers_are_rejected(String header) {
        assertThat(BasicCredentials.parse(header)).isEmpty();
    }

    @Test
    void pair_splits_at_the_first_colon() {
        assertThat(BasicCredentials.ofPair("dm-server:pa:ss")).contains(new BasicCredentials("dm-server", "pa:ss"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"dm-server", ":secret", "dm-server:", ":"})
    void incomplete_pair_is_rejected(String pair) {
        assertThat(BasicCredentials.ofPair(pair)).isEmpty();
    }
}
