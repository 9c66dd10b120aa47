/**
 * PAP message framing: the {@code multipart/related} entity that carries a push submission's
 * control entity, content entity and optional capabilities entity (WAP-247-PAP-20010429-a §8,
 * RFC 2387, RFC 2046 §5.1). {@link io.sipush.ppg.pap.mime.MultipartRelatedReader} is the PPG
 * side, {@link io.sipush.ppg.pap.mime.MultipartRelatedWriter} the Push Initiator side.
 */
package io.sipush.ppg.pap.mime;
