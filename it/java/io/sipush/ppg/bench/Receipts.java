package io.sipush.ppg.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads the SIPp UAS log as it grows: one line per MESSAGE received, {@code RCV <kind> <submit
 * epoch ms> <sequence> <receive epoch s> <receive µs> <Call-ID>}. Receipts are grouped by kind (one
 * kind per benchmark phase); a sequence number seen twice is a duplicate delivery.
 */
final class Receipts {
    /** The receipts of one phase. */
    static final class Phase {
        final Map<Long, Double> firstReceiptMs = new HashMap<>();
        final Map<Long, Long> submitMs = new HashMap<>();
        long lines;

        int unique() {
            return firstReceiptMs.size();
        }

        long duplicates() {
            return lines - firstReceiptMs.size();
        }

        /** Unique receipts whose receive time lies in [from, to) (epoch ms). */
        long receivedBetween(long fromMs, long toMs) {
            return firstReceiptMs.values().stream()
                    .filter(t -> t >= fromMs && t < toMs)
                    .count();
        }

        double lastReceiptMs() {
            return firstReceiptMs.values().stream()
                    .mapToDouble(Double::doubleValue)
                    .max()
                    .orElse(Double.NaN);
        }

        /** Submit-to-delivered latencies in ms, one per unique push. */
        double[] latenciesMs() {
            return firstReceiptMs.entrySet().stream()
                    .mapToDouble(e -> e.getValue() - submitMs.get(e.getKey()))
                    .toArray();
        }
    }

    private final Path log;
    private final Map<String, Phase> phases = new HashMap<>();
    private long position;
    private byte[] partial = new byte[0];

    Receipts(Path log) {
        this.log = log;
    }

    synchronized Phase phase(String kind) throws IOException {
        poll();
        return phases.computeIfAbsent(kind, k -> new Phase());
    }

    /** Reads the lines appended since the last poll. */
    synchronized void poll() throws IOException {
        if (!Files.exists(log)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(log, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size <= position) {
                return;
            }
            ByteBuffer buffer = ByteBuffer.allocate((int) (size - position));
            while (buffer.hasRemaining() && channel.read(buffer, position + buffer.position()) > 0) {
                // read to the size seen
            }
            position += buffer.position();
            byte[] chunk = new byte[partial.length + buffer.position()];
            System.arraycopy(partial, 0, chunk, 0, partial.length);
            System.arraycopy(buffer.array(), 0, chunk, partial.length, buffer.position());
            int lastNewline = lastIndexOf(chunk, (byte) '\n');
            String complete = new String(chunk, 0, lastNewline + 1, StandardCharsets.US_ASCII);
            partial = java.util.Arrays.copyOfRange(chunk, lastNewline + 1, chunk.length);
            for (String line : complete.split("\n")) {
                parse(line);
            }
        }
    }

    private void parse(String line) {
        if (!line.startsWith("RCV ")) {
            return;
        }
        String[] f = line.trim().split("\\s+");
        if (f.length < 6) {
            return;
        }
        try {
            long submit = Long.parseLong(f[2]);
            long sequence = Long.parseLong(f[3]);
            double receivedMs = Double.parseDouble(f[4]) * 1000.0 + Double.parseDouble(f[5]) / 1000.0;
            Phase phase = phases.computeIfAbsent(f[1], k -> new Phase());
            phase.lines++;
            if (!phase.firstReceiptMs.containsKey(sequence)) {
                phase.firstReceiptMs.put(sequence, receivedMs);
                phase.submitMs.put(sequence, submit);
            }
        } catch (NumberFormatException e) {
            // a line from a MESSAGE without the benchmark's body: not counted
        }
    }

    private static int lastIndexOf(byte[] bytes, byte b) {
        for (int i = bytes.length - 1; i >= 0; i--) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
