package io.sipush.ppg.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DigestChallengeResponseTest {

    @Test
    void answers_the_rfc_2617_example_with_qop_auth() {
        String challenge = "Digest realm=\"testrealm@host.com\", qop=\"auth,auth-int\", "
                + "nonce=\"dcd98b7102dd2f0e8b11d0f600bfb0c093\", opaque=\"5ccc069c403ebaf9f0171e9517f40e41\"";

        String line = DigestChallengeResponse.answer(
                        challenge, "GET", "/dir/index.html", "Mufasa", "Circle Of Life", "0a4f113b")
                .orElseThrow();

        // RFC 2617 §3.5 gives this response for the example.
        assertThat(line).contains("response=\"6629fae49393a05397450978507c4ef1\"");
        assertThat(line).contains("qop=auth").contains("nc=00000001").contains("cnonce=\"0a4f113b\"");
        assertThat(line).contains("opaque=\"5ccc069c403ebaf9f0171e9517f40e41\"");
    }

    @Test
    void answers_a_challenge_without_qop_with_the_rfc_2069_formula() {
        String line = DigestChallengeResponse.answer(
                        "Digest realm=\"ims\", nonce=\"abc\"", "MESSAGE", "sip:a@b", "u", "p", "x")
                .orElseThrow();

        String ha1 = DigestChallengeResponse.md5("u:ims:p");
        String ha2 = DigestChallengeResponse.md5("MESSAGE:sip:a@b");
        assertThat(line).contains("response=\"" + DigestChallengeResponse.md5(ha1 + ":abc:" + ha2) + "\"");
        assertThat(line).doesNotContain("qop");
    }

    @Test
    void refuses_basic_and_unknown_algorithms() {
        assertThat(DigestChallengeResponse.answer("Basic realm=\"x\"", "MESSAGE", "sip:a@b", "u", "p", "c"))
                .isEmpty();
        assertThat(DigestChallengeResponse.answer(
                        "Digest realm=\"x\", nonce=\"n\", algorithm=SHA-256", "MESSAGE", "sip:a@b", "u", "p", "c"))
                .isEmpty();
    }
}
