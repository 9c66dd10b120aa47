package io.sipush.ppg.it;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Reads samples out of a Prometheus text exposition ({@code name{labels} value} lines). */
public final class PrometheusText {
    private final String text;

    public PrometheusText(String text) {
        this.text = text;
    }

    /**
     * The value of the sample with this name and exactly these labels, in any order: {@code ""}
     * for none, else for example {@code state="delivered"} or {@code a="1",b="2"}.
     */
    public Optional<Double> sample(String name, String labels) {
        Set<String> wanted = labelSet(labels);
        return text.lines()
                .filter(line -> !line.startsWith("#") && line.startsWith(name))
                .filter(line -> seriesMatches(line.substring(0, line.lastIndexOf(' ')), name, wanted))
                .map(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst();
    }

    /** The sample's value, 0 when the series is not there. */
    public double valueOr0(String name, String labels) {
        return sample(name, labels).orElse(0.0);
    }

    /** True when the exposition declares {@code name} with this TYPE. */
    public boolean declares(String name, String type) {
        return text.lines().anyMatch(line -> line.equals("# TYPE " + name + " " + type));
    }

    private static boolean seriesMatches(String series, String name, Set<String> wanted) {
        if (series.equals(name)) {
            return wanted.isEmpty();
        }
        return series.startsWith(name + "{")
                && series.endsWith("}")
                && labelSet(series.substring(name.length() + 1, series.length() - 1))
                        .equals(wanted);
    }

    private static Set<String> labelSet(String labels) {
        return labels.isEmpty() ? Set.of() : new TreeSet<>(Arrays.asList(labels.split(",")));
    }
}
