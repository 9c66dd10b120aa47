package io.sipush.ppg.pap.mime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sipush.ppg.pap.PapException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LineReaderTest {

    /** Hands out at most {@code chunk} bytes per read, as a network stream may. */
    private static InputStream trickling(String text, int chunk) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1)) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, chunk));
            }
        };
    }

    private static String text(LineReader.Line line) {
        return new String(line.content(), StandardCharsets.ISO_8859_1) + "|"
                + new String(line.terminator(), StandardCharsets.ISO_8859_1);
    }

    @Test
    void lines_longer_than_the_buffer_and_terminators_split_between_reads_come_back_whole() throws Exception {
        String longLine = "a".repeat(5000);
        LineReader lines = new LineReader(trickling(longLine + "\r\nb\n\r\nc", 7), 100_000);

        assertThat(text(lines.next())).isEqualTo(longLine + "|\r\n");
        assertThat(text(lines.next())).isEqualTo("b|\n");
        assertThat(text(lines.next())).isEqualTo("|\r\n");
        assertThat(text(lines.next())).isEqualTo("c|");
        assertThat(lines.next()).isNull();
    }

    @Test
    void a_body_of_exactly_the_limit_is_read() throws Exception {
        LineReader lines = new LineReader(trickling("012345678\n", 3), 10);

        assertThat(text(lines.next())).isEqualTo("012345678|\n");
        assertThat(lines.next()).isNull();
    }

    @Test
    void one_byte_over_the_limit_is_refused() {
        LineReader lines = new LineReader(trickling("0123456789\n", 3), 10);

        assertThatThrownBy(lines::next).isInstanceOf(PapException.class).hasMessageContaining("too large");
    }
}
