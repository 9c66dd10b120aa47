package io.sipush.ppg.pap.codec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The fixture corpus under {@code it/pap-corpus} of the Maven project base directory. */
final class PapCorpus {

    static final Path ROOT = Path.of(System.getProperty("basedir", "."), "it", "pap-corpus");

    private PapCorpus() {}

    static List<Path> valid() {
        return list("valid");
    }

    static List<Path> invalid() {
        return list("invalid");
    }

    static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] valid(String name) {
        return read(ROOT.resolve("valid").resolve(name));
    }

    private static List<Path> list(String directory) {
        try (Stream<Path> files = Files.list(ROOT.resolve(directory))) {
            return files.filter(file -> file.toString().endsWith(".xml"))
                    .sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
