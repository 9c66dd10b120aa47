/**
 * The lean HTTP/1.1 client of the benchmark and of the cluster tests: one keep-alive socket per
 * sending thread, so that the load generator leaves the two cores to the servers it measures.
 */
package io.sipush.ppg.it.http;
