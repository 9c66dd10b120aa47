/**
 * The push aggregate (PAP 2.0 §6, WAP-247 §9.2: a push message and its per-address message
 * states), its state machine, and the repository interfaces. Container-free: JPA mapping
 * annotations only, no entity manager, servlet or EJB types.
 */
package io.sipush.ppg.push;
