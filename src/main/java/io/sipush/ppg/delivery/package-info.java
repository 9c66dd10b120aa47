/**
 * The delivery engine (OMA Push OTA-SIP; DESIGN.md §4 "OTA-SIP"): finds a route to the terminal,
 * hands one MESSAGE per push and address to the {@link io.sipush.ppg.delivery.DeliveryPort},
 * maps the final SIP answer to a PAP message state, and retries transient failures. The route,
 * outcome and retry rules are container-free; only {@code delivery.otasip} speaks SIP.
 */
package io.sipush.ppg.delivery;
