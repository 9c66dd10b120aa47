package io.sipush.ppg.pap.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sipush.ppg.pap.CancelMessage;
import io.sipush.ppg.pap.CcqMessage;
import io.sipush.ppg.pap.PapException;
import io.sipush.ppg.pap.PapRequest;
import io.sipush.ppg.pap.PapVersion;
import io.sipush.ppg.pap.PushMessage;
import io.sipush.ppg.pap.StatusQueryMessage;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class PapCorpusTest {

    private static final List<String> OPERATIONS = List.of(
            "push-message", "cancel-message", "statusquery-message", "ccq-message", "resultnotification-response");
    private static final Pattern NAMED =
            Pattern.compile("(" + String.join("|", OPERATIONS) + ")-(\\d\\.\\d)(?:-.*)?\\.xml");

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

    /** A valid fixture named {@code <operation>-<version>-...} decodes to that operation and version. */
    @TestFactory
    Stream<DynamicTest> every_valid_fixture_is_the_operation_and_version_its_name_says() {
        return PapCorpus.valid().stream()
                .filter(file -> NAMED.matcher(name(file)).matches())
                .map(file -> DynamicTest.dynamicTest(name(file), () -> {
                    Matcher named = NAMED.matcher(name(file));
                    assertTrue(named.matches());
                    PapRequest request = decoder.decodeRequest(PapCorpus.read(file));
                    assertEquals(named.group(1), operationOf(request));
                    assertEquals(named.group(2), request.version().label());
                }));
    }

    @Test
    void valid_corpus_has_every_operation_in_every_version() {
        Set<String> seen = PapCorpus.valid().stream()
                .map(file -> NAMED.matcher(name(file)))
                .filter(Matcher::matches)
                .map(m -> m.group(1) + " " + m.group(2))
                .collect(Collectors.toSet());
        for (String operation : OPERATIONS) {
            for (PapVersion version : PapVersion.values()) {
                assertTrue(seen.contains(operation + " " + version.label()), operation + " " + version.label());
            }
        }
    }

    @Test
    void invalid_corpus_has_every_code_the_decoder_gives() {
        Set<Integer> codes =
                PapCorpus.invalid().stream().map(PapCorpusTest::expectedCode).collect(Collectors.toSet());
        assertTrue(codes.containsAll(Set.of(2000, 2002, 3002, 3005)), codes.toString());
    }

    private static String operationOf(PapRequest request) {
        if (request instanceof PushMessage) {
            return "push-message";
        }
        if (request instanceof CancelMessage) {
            return "cancel-message";
        }
        if (request instanceof StatusQueryMessage) {
            return "statusquery-message";
        }
        if (request instanceof CcqMessage) {
            return "ccq-message";
        }
        return "resultnotification-response";
    }

    private static int expectedCode(Path file) {
        return Integer.parseInt(name(file).substring(0, 4));
    }

    private static String name(Path file) {
        return file.getFileName().toString();
    }
}
