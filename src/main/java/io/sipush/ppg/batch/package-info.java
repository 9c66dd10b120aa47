/**
 * Group commit: work items queue up, one writer thread takes as many as are waiting and stores
 * them in one transaction, so that many requests share one commit (one log flush).
 */
package io.sipush.ppg.batch;
