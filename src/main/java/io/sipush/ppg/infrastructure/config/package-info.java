/** The PPG's settings, read from the environment (DESIGN.md §4 "Run"). */
package io.sipush.ppg.infrastructure.config;
