package io.sipush.ppg.pap.mime;

import java.util.Optional;

/**
 * A push submission as framed by PAP (WAP-247-PAP-20010429-a §8): the control entity (the
 * push-message XML, still to be decoded), the content entity, and the optional capabilities
 * entity. Arrays are shared, not copied.
 */
public record PushSubmissionEntity(byte[] controlEntity, ContentEntity content, Optional<byte[]> capabilitiesEntity) {

    public PushSubmissionEntity {
        if (controlEntity == null || content == null) {
            throw new IllegalArgumentException("controlEntity and content are required");
        }
        capabilitiesEntity = capabilitiesEntity == null ? Optional.empty() : capabilitiesEntity;
    }
}
