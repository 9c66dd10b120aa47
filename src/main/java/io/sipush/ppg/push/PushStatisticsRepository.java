package io.sipush.ppg.push;

/** Counts over the stored pushes, deliveries and result notifications, for the operator. */
public interface PushStatisticsRepository {

    PushCounts counts();
}
