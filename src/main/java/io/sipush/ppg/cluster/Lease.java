package io.sipush.ppg.cluster;

import java.time.Instant;

/**
 * A partition's row in the lease table: who owns it, until when. A lease with no owner, or
 * whose time has passed, may be taken by any live instance.
 */
public record Lease(int partition, String owner, Instant expiresAt) {

    public boolean isFreeAt(Instant now) {
        return owner == null || !expiresAt.isAfter(now);
    }
}
