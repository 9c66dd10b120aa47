/**
 * The PAP XML codec: {@link io.sipush.ppg.pap.codec.PapDecoder} reads control entities with the
 * JDK's SAX parser, configured never to load a DTD or an external entity and to refuse any
 * DOCTYPE that declares entities (simple documents take a hand-written fast path,
 * {@link io.sipush.ppg.pap.codec.FastXmlReader}, that gives the same result), then validates
 * their structure itself;
 * {@link io.sipush.ppg.pap.codec.PapEncoder} writes them.
 *
 * <p>Implements the message formats of WAP-247-PAP-20010429-a §9 (PAP 2.0), their PAP 1.0
 * form, and the PAP 2.1 DOCTYPE of OMA-TS-PAP-V2_1.
 */
package io.sipush.ppg.pap.codec;
