/**
 * Reads the settings of {@link io.sipush.ppg.config} through MicroProfile Config (environment
 * first, then server.xml variables and bootstrap.properties) and makes them injectable.
 */
package io.sipush.ppg.infrastructure.config;
