/**
 * The demo of the seed's use cases on loopback, told step by step: 5.2 (new service: CP
 * bootstrap, provisioning, notification, DM session, new setting) and 5.3 (configuration change,
 * notification, the user accepts, DM session, updated setting), with the PI client, the DM
 * server and the terminal simulator in one process against a running PPG.
 */
package io.sipush.ppg.tools.demo;
