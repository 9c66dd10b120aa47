/**
 * The Push Access Protocol (PAP) model, free of container types: operations, push addresses,
 * quality of service, status codes, message states, push application IDs and limits.
 *
 * <p>Implements WAP-247-PAP-20010429-a (PAP 2.0) and OMA-TS-PAP-V2_1 (PAP 2.1), and reads the
 * PAP 1.0 form of the same messages. Every protocol failure is a {@link
 * io.sipush.ppg.pap.PapException} carrying its PAP {@link io.sipush.ppg.pap.StatusCode}.
 */
package io.sipush.ppg.pap;
