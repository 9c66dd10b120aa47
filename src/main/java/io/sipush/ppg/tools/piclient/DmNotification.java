package io.sipush.ppg.tools.piclient;

import io.sipush.ppg.content.dm.DmServerCredentials;
import io.sipush.ppg.content.dm.Initiator;
import io.sipush.ppg.content.dm.Package0;
import io.sipush.ppg.content.dm.Package0Builder;
import io.sipush.ppg.content.dm.Package0Encoder;
import io.sipush.ppg.content.dm.UiMode;
import io.sipush.ppg.pap.PushApplicationId;
import java.util.Optional;

/**
 * A DM notification to push: General Package #0 (OMA-TS-DM_Notification-V1_2 §6.2) with the
 * digest keyed by the server's credentials and the nonce the terminal holds for that server.
 */
public record DmNotification(DmServerCredentials credentials, byte[] nonce, Package0 notification) {
    public static final String CONTENT_TYPE = "application/vnd.syncml.notification";

    /** A server-initiated notification with version 12 and no vendor data. */
    public static DmNotification of(
            String serverId, String serverPassword, byte[] nonce, int sessionId, UiMode uiMode) {
        Package0 notification = Package0Builder.forServer(serverId)
                .sessionId(sessionId)
                .uiMode(uiMode)
                .initiator(Initiator.SERVER)
                .build();
        return new DmNotification(new DmServerCredentials(serverId, serverPassword), nonce, notification);
    }

    /** The package bytes: digest, then trigger. */
    public byte[] bytes() {
        return Package0Encoder.encode(notification, credentials, nonce);
    }

    /** The content entity: {@value #CONTENT_TYPE} for {@code x-wap-application:syncml.dm}. */
    public PapHttpClient.PushContent pushContent(boolean base64) {
        return new PapHttpClient.PushContent(CONTENT_TYPE, bytes(), Optional.of(PushApplicationId.SYNCML_DM), base64);
    }
}
