/**
 * The PPG's settings (DESIGN.md §4 "Run"): plain records with their defaults and checks, free of
 * the container. The infrastructure reads them from the container's configuration; every layer
 * may import them.
 */
package io.sipush.ppg.config;
