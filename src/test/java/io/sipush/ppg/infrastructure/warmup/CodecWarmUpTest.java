package io.sipush.ppg.infrastructure.warmup;

import static org.assertj.core.api.Assertions.assertThat;

import io.sipush.ppg.pap.PapLimits;
import org.junit.jupiter.api.Test;

class CodecWarmUpTest {

    @Test
    void warm_up_decodes_every_request_of_its_corpus_in_every_round() throws Exception {
        CodecWarmUp warmUp = new CodecWarmUp(PapLimits.defaults());

        assertThat(warmUp.run(3)).isEqualTo(12);
    }

    @Test
    void zero_rounds_decode_nothing() throws Exception {
        assertThat(new CodecWarmUp(PapLimits.defaults()).run(0)).isZero();
    }
}
