/**
 * Several PPG instances on one database acting as one PPG (DESIGN.md §4 "Several instances"):
 * terminals are cut into a fixed number of {@link io.sipush.ppg.cluster.Partitions partitions}
 * by their address of record, and each partition is owned by one live instance at a time
 * through a lease in the shared database ({@link io.sipush.ppg.cluster.LeaseStore}). This
 * package holds the model and the decisions (which partitions to take, renew or give up); it
 * imports no container API, so it is unit-tested without one.
 */
package io.sipush.ppg.cluster;
