/**
 * Result notifications (PAP §9.4, result notification; the resultnotification-message and
 * resultnotification-response elements are those of WAP-247-PAP-20010429-a §9.6 and §9.7 that the
 * PAP codec writes and reads). When a delivery of a push whose {@code ppg-notify-requested-to} is
 * set reaches a final state, one resultnotification-message per address is stored in the same
 * transaction, then POSTed to the Push Initiator and retried with back-off until the PI answers
 * with a resultnotification-response. Container-free: JPA mapping annotations only, no entity
 * manager, servlet or EJB types.
 */
package io.sipush.ppg.push.notification;
