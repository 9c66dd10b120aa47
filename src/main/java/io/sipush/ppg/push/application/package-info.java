/**
 * Application services of the push aggregate (PAP 2.0 §9.2–§9.5): accept a push, report its
 * per-address status, cancel it. Each call is one transaction; callers are the PAP interface.
 */
package io.sipush.ppg.push.application;
