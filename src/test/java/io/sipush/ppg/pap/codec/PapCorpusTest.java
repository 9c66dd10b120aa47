package io.sipush.ppg.pap.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sipush.ppg.pap.PapException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class PapCorpusTest {

    private final PapDecoder decoder = new PapDecoder();

    @Test
    void corpus_is_present() {
        assertFalse(PapCorpus.valid().isEmpty(), "no valid fixtures under " + PapCorpus.ROOT);
        assertFalse(PapCorpus.invalid().isEmpty(), "no invalid fixtures under " + PapCorpus.ROOT);
    }

    @TestFactory
    Stream<DynamicTest> every_valid_fixture_decodes() {
        return PapCorpus.valid().stream()
                .map(file -> DynamicTest.dynamicTest(
                        name(file), () -> assertNotNull(decoder.decodeRequest(PapCorpus.read(file)))));
    }

    @TestFactory
    Stream<DynamicTest> every_invalid_fixture_fails_with_the_code_in_its_name() {
        return PapCorpus.invalid().stream()
                .map(file -> DynamicTest.dynamicTest(name(file), () -> {
                    PapException e =
                            assertThrows(PapException.class, () -> decoder.decodeRequest(PapCorpus.read(file)));
                    assertEquals(expectedCode(file), e.code().code(), e.getMessage());
                    assertFalse(e.getMessage().isBlank());
                }));
    }

    @TestFactory
    Stream<DynamicTest> every_invalid_fixture_name_starts_with_a_pap_code() {
        List<Path> invalid = PapCorpus.invalid();
        return invalid.stream()
                .map(file -> DynamicTest.dynamicTest(
                        name(file), () -> assertTrue(name(file).matches("[1-5]\\d{3}-.+\\.xml"))));
    }

    private static int expectedCode(Path file) {
        return Integer.parseInt(name(file).substring(0, 4));
    }

    private static String name(Path file) {
        return file.getFileName().toString();
    }
}
