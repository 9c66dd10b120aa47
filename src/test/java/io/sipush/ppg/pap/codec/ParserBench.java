package io.sipush.ppg.pap.codec;

import io.sipush.ppg.pap.PapException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Not a test: a rough measurement of {@link SecureXmlParser} with and without the fast path,
 * over the valid corpus. Run it by hand after {@code mvn test-compile}:
 *
 * <pre>
 * java -cp target/classes:target/test-classes io.sipush.ppg.pap.codec.ParserBench [rounds]
 * </pre>
 */
public final class ParserBench {

    private static final int WARM_UP_ROUNDS = 3_000;

    private ParserBench() {}

    public static void main(String[] args) throws PapException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        List<byte[]> corpus = PapCorpus.valid().stream().map(PapCorpus::read).collect(Collectors.toList());
        SecureXmlParser parser = new SecureXmlParser();
        Path sax = parser::parseWithoutFastPath;
        Path fast = parser::parse;
        run("warm-up SAX", sax, corpus, WARM_UP_ROUNDS);
        run("warm-up fast", fast, corpus, WARM_UP_ROUNDS);
        for (int i = 0; i < 3; i++) {
            report("SAX path ", run("SAX", sax, corpus, rounds), corpus.size() * (long) rounds);
            report("fast path", run("fast", fast, corpus, rounds), corpus.size() * (long) rounds);
        }
    }

    private static long run(String label, Path path, List<byte[]> corpus, int rounds) throws PapException {
        long sink = 0;
        long start = System.nanoTime();
        for (int round = 0; round < rounds; round++) {
            for (byte[] xml : corpus) {
                sink += path.parse(xml).root().children().size();
            }
        }
        long elapsed = System.nanoTime() - start;
        if (sink == 42) {
            System.out.println(label);
        }
        return elapsed;
    }

    private static void report(String label, long nanos, long documents) {
        System.out.printf("%s %,8d ns/document (%,d documents)%n", label, nanos / documents, documents);
    }

    @FunctionalInterface
    private interface Path {
        ParsedDocument parse(byte[] xml) throws PapException;
    }
}
