package io.sipush.ppg.push.application;

import java.util.List;

/** One page of a push search, newest first, and how many pushes match in all. */
public record PushPage(List<PushSummary> pushes, long total, int offset, int limit) {
    public PushPage {
        pushes = List.copyOf(pushes);
    }
}
