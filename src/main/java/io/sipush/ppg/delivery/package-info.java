/**
 * The delivery engine (OMA Push OTA-SIP; DESIGN.md §4 "OTA-SIP"), an application layer: it finds a
 * route to the terminal, hands one MESSAGE per push and address to the {@link
 * io.sipush.ppg.delivery.DeliveryPort}, maps the final SIP answer to a PAP message state, and
 * retries transient failures. The engine itself runs on the container's managed executors and CDI
 * events; its rules (routes, answer judgement, retry schedule, per-terminal order) are plain
 * classes with unit tests. Only {@code delivery.otasip} speaks SIP (javax.servlet.sip).
 */
package io.sipush.ppg.delivery;
