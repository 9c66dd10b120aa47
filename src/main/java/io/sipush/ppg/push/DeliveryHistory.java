package io.sipush.ppg.push;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A delivery's history, kept in one column of its row: one line per event, {@code
 * <epoch-ms>|<what>|<sip or ->|<detail>}. When the text would pass {@link #MAX_CHARS}, the oldest
 * events after the first are dropped, so the arrival and the latest steps always remain.
 */
final class DeliveryHistory {
    static final int MAX_CHARS = 4000;
    private static final int MAX_DETAIL = 200;

    private DeliveryHistory() {}

    static String append(String history, Instant at, String what, Integer sipStatus, String detail) {
        String line =
                at.toEpochMilli() + "|" + what + "|" + (sipStatus == null ? "-" : sipStatus) + "|" + clean(detail);
        String text = history == null || history.isEmpty() ? line : history + "\n" + line;
        while (text.length() > MAX_CHARS) {
            text = dropSecondLine(text);
        }
        return text;
    }

    static List<DeliveryEvent> parse(String history) {
        List<DeliveryEvent> events = new ArrayList<>();
        if (history == null || history.isEmpty()) {
            return events;
        }
        for (String line : history.split("\n")) {
            String[] f = line.split("\\|", 4);
            if (f.length == 4) {
                Optional<Integer> sip = "-".equals(f[2]) ? Optional.empty() : Optional.of(Integer.valueOf(f[2]));
                events.add(new DeliveryEvent(Instant.ofEpochMilli(Long.parseLong(f[0])), f[1], sip, f[3]));
            }
        }
        return events;
    }

    private static String clean(String detail) {
        String text = detail == null ? "" : detail.replace('\n', ' ').replace('|', '/');
        return text.length() > MAX_DETAIL ? text.substring(0, MAX_DETAIL) : text;
    }

    private static String dropSecondLine(String text) {
        int first = text.indexOf('\n');
        int second = first < 0 ? -1 : text.indexOf('\n', first + 1);
        return second < 0 ? text.substring(0, MAX_CHARS) : text.substring(0, first) + text.substring(second);
    }
}
