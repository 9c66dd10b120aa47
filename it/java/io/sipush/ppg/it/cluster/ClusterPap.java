package io.sipush.ppg.it.cluster;

import io.sipush.ppg.it.http.PlainHttpConnection;
import io.sipush.ppg.pap.CcqMessage;
import io.sipush.ppg.pap.CcqResponse;
import io.sipush.ppg.pap.PapVersion;
import io.sipush.ppg.pap.PushAddress;
import io.sipush.ppg.pap.PushApplicationId;
import io.sipush.ppg.pap.PushMessage;
import io.sipush.ppg.pap.StatusQueryMessage;
import io.sipush.ppg.pap.StatusQueryResponse;
import io.sipush.ppg.pap.StatusQueryResult;
import io.sipush.ppg.pap.codec.PapDecoder;
import io.sipush.ppg.pap.codec.PapEncoder;
import io.sipush.ppg.pap.mime.MultipartRelatedWriter;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * A Push Initiator of the cluster tests: pushes a text body to one SIP address of record through
 * one endpoint (HAProxy, or one instance), and reports the PAP code and, behind HAProxy, which
 * instance answered. Each sending thread has a keep-alive connection of its own ({@link
 * PlainHttpConnection}): with java.net.http and a full PAP decode of each answer, the load of the
 * kill -9 case took half a core of the two the cluster runs on.
 */
public final class ClusterPap {
    private static final PushApplicationId DM = PushApplicationId.parse("syncml.dm");

    /** HAProxy's header naming the instance, as {@link PlainHttpConnection.Answer} keys it (lower case). */
    private static final String SERVER_HEADER = HaProxy.SERVER_HEADER.toLowerCase(Locale.ROOT);

    private final ThreadLocal<PlainHttpConnection> connection;

    public ClusterPap(URI endpoint, String user, String password) {
        String authorization =
                "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.connection = ThreadLocal.withInitial(() -> new PlainHttpConnection(endpoint, authorization));
    }

    /** The answer to a push: HTTP status, PAP code (-1 if none), and the instance that answered. */
    public record Accepted(int httpStatus, int papCode, String server) {
        public boolean accepted() {
            return papCode == 1001;
        }

        /** {@code instance:papCode}, or {@code front-end:HTTP status} for an answer HAProxy made itself. */
        public String outcome() {
            return server.isEmpty() ? "front-end:HTTP " + httpStatus : server + ":" + papCode;
        }
    }

    /** Pushes {@code body} as text to {@code aor}, with push-id {@code pushId}. */
    public Accepted push(String pushId, String aor, String body) throws Exception {
        PushMessage message = PushMessage.builder(PapVersion.V2_1, pushId)
                .address(PushAddress.parse(address(aor)))
                .build();
        MultipartRelatedWriter.MultipartEntity entity = new MultipartRelatedWriter()
                .write(
                        new PapEncoder().encode(message),
                        "text/plain",
                        body.getBytes(StandardCharsets.UTF_8),
                        DM,
                        false);
        PlainHttpConnection.Answer answer = post(entity.contentType(), entity.body());
        return new Accepted(answer.status(), answer.papCode(), answer.headers().getOrDefault(SERVER_HEADER, ""));
    }

    public StatusQueryResult status(String pushId) throws Exception {
        PlainHttpConnection.Answer answer = post(
                "application/xml", new PapEncoder().encode(StatusQueryMessage.of(PapVersion.V2_1, pushId, List.of())));
        return ((StatusQueryResponse) new PapDecoder().decodeResponse(answer.body()))
                .results()
                .get(0);
    }

    public CcqResponse ccq(String aor) throws Exception {
        CcqMessage query =
                CcqMessage.of(PapVersion.V2_1, "q-" + System.nanoTime(), null, PushAddress.parse(address(aor)));
        PlainHttpConnection.Answer answer = post("application/xml", new PapEncoder().encode(query));
        return (CcqResponse) new PapDecoder().decodeResponse(answer.body());
    }

    private PlainHttpConnection.Answer post(String contentType, byte[] body) throws IOException {
        return connection.get().send(contentType, body);
    }

    static String address(String aor) {
        return "WAPPUSH=" + aor.replace(":", "%3A").replace("@", "%40") + "/TYPE=USER";
    }
}
