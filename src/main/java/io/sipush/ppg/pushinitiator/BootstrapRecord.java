package io.sipush.ppg.pushinitiator;

/**
 * Remembers which accounts PPG_BOOTSTRAP_PI has created, so that it creates each one only the
 * first time: an account an admin deleted later stays deleted across restarts.
 */
public interface BootstrapRecord {
    boolean wasCreated(String name);

    void markCreated(String name);
}
