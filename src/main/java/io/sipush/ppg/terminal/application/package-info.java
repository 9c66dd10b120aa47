/**
 * Application services of the terminal registry: applies REGISTERs and announces new routes; for
 * the operator, lists and shows registered terminals and removes a registration.
 */
package io.sipush.ppg.terminal.application;
