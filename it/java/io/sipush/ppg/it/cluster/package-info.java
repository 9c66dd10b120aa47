/**
 * Several PPG instances acting as one (DESIGN.md §4 "Several instances", issue 11), tested with
 * real processes on loopback: one PostgreSQL, two PPG servers on it, HAProxy in front of their PAP
 * endpoints, and Kamailio with the {@code dispatcher} module in front of their SIP side.
 */
package io.sipush.ppg.it.cluster;
