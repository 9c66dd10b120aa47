package io.sipush.ppg.tools.demo;

import java.util.ArrayList;
import java.util.List;

/** The steps of a demo run, in order, each passed or failed with what was seen. */
public final class DemoReport {
    /** One step of the story. */
    public record Step(String id, String title, boolean ok, String detail) {}

    private final List<Step> steps = new ArrayList<>();

    void add(Step step) {
        steps.add(step);
    }

    public List<Step> steps() {
        return List.copyOf(steps);
    }

    /** True when every step ran and passed. */
    public boolean succeeded() {
        return !steps.isEmpty() && steps.stream().allMatch(Step::ok);
    }
}
