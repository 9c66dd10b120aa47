package io.sipush.ppg.pap.codec;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.sipush.ppg.pap.PapException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A deterministic mutation run over the valid corpus: every outcome is a decode or a 2xxx/3xxx. */
class PapDecoderMutationTest {

    private static final int MUTATIONS = 2_000;
    private static final Pattern ATTRIBUTE = Pattern.compile(" [a-z-]+=\"[^\"]*\"");
    private static final String[] SNIPPETS = {
        "<",
        ">",
        "&",
        "\"",
        "'",
        "]]>",
        "<!--",
        "&foo;",
        "&#0;",
        "&#x110000;",
        "<!ENTITY x \"y\">",
        "<?wap-pap-ver supported-versions=\"9\"?>",
        "<address/>",
        "<quality-of-service priority=\"x\"/>",
        "\u0000",
        "\uFEFF",
        "%",
        "/TYPE=",
        "@",
        "WAPPUSH="
    };

    private final PapDecoder decoder = new PapDecoder();
    private final Random random = new Random(20260325L);

    @Test
    void every_mutation_decodes_or_fails_with_a_client_or_server_pap_code() {
        List<byte[]> corpus = new ArrayList<>();
        PapCorpus.valid().forEach(file -> corpus.add(PapCorpus.read(file)));
        assertFalse(corpus.isEmpty());
        int decoded = 0;
        for (int i = 0; i < MUTATIONS; i++) {
            byte[] original = corpus.get(random.nextInt(corpus.size()));
            byte[] mutant = mutate(original, i % 6);
            if (decodes(mutant)) {
                decoded++;
            }
        }
        assertTrue(decoded < MUTATIONS, "no mutation was refused: the mutator is broken");
    }

    private boolean decodes(byte[] mutant) {
        try {
            decoder.decodeRequest(mutant);
            return true;
        } catch (PapException e) {
            int codeClass = e.code().code() / 1000;
            assertTrue(
                    codeClass == 2 || codeClass == 3,
                    () -> "code " + e.code() + " for " + new String(mutant, StandardCharsets.UTF_8));
            assertFalse(
                    e.getCause() instanceof RuntimeException,
                    () -> "unexpected " + e.getCause() + " for " + new String(mutant, StandardCharsets.UTF_8));
            assertFalse(e.getMessage().isBlank());
            return false;
        } catch (RuntimeException | Error e) {
            fail("escaped " + e + " for " + new String(mutant, StandardCharsets.UTF_8), e);
            return false;
        }
    }

    private byte[] mutate(byte[] original, int kind) {
        switch (kind) {
            case 0:
                return flipBytes(original);
            case 1:
                return Arrays.copyOf(original, random.nextInt(original.length));
            case 2:
                return editAttribute(original, true);
            case 3:
                return editAttribute(original, false);
            case 4:
                return insert(original, SNIPPETS[random.nextInt(SNIPPETS.length)]);
            default:
                return deleteRange(original);
        }
    }

    private byte[] flipBytes(byte[] original) {
        byte[] copy = original.clone();
        int flips = 1 + random.nextInt(4);
        for (int i = 0; i < flips; i++) {
            int position = random.nextInt(copy.length);
            copy[position] = random.nextBoolean()
                    ? (byte) (copy[position] ^ (1 << random.nextInt(8)))
                    : (byte) random.nextInt(256);
        }
        return copy;
    }

    /** Duplicates or removes one attribute. */
    private byte[] editAttribute(byte[] original, boolean duplicate) {
        String text = new String(original, StandardCharsets.UTF_8);
        List<int[]> spans = new ArrayList<>();
        Matcher matcher = ATTRIBUTE.matcher(text);
        while (matcher.find()) {
            spans.add(new int[] {matcher.start(), matcher.end()});
        }
        if (spans.isEmpty()) {
            return original;
        }
        int[] span = spans.get(random.nextInt(spans.size()));
        String attribute = text.substring(span[0], span[1]);
        String edited = text.substring(0, span[0]) + (duplicate ? attribute + attribute : "") + text.substring(span[1]);
        return edited.getBytes(StandardCharsets.UTF_8);
    }

    private byte[] insert(byte[] original, String snippet) {
        String text = new String(original, StandardCharsets.UTF_8);
        int position = random.nextInt(text.length() + 1);
        return (text.substring(0, position) + snippet + text.substring(position)).getBytes(StandardCharsets.UTF_8);
    }

    private byte[] deleteRange(byte[] original) {
        int start = random.nextInt(original.length);
        int end = Math.min(original.length, start + 1 + random.nextInt(40));
        byte[] result = new byte[original.length - (end - start)];
        System.arraycopy(original, 0, result, 0, start);
        System.arraycopy(original, end, result, start, original.length - end);
        return result;
    }
}
