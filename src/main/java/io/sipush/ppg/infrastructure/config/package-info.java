/** Reads the settings of {@link io.sipush.ppg.config} from the container and makes them injectable. */
package io.sipush.ppg.infrastructure.config;
