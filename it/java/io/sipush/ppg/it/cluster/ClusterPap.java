package io.sipush.ppg.it.cluster;

import io.sipush.ppg.pap.CcqMessage;
import io.sipush.ppg.pap.CcqResponse;
import io.sipush.ppg.pap.PapResponse;
import io.sipush.ppg.pap.PapVersion;
import io.sipush.ppg.pap.PushAddress;
import io.sipush.ppg.pap.PushApplicationId;
import io.sipush.ppg.pap.PushMessage;
import io.sipush.ppg.pap.PushResponse;
import io.sipush.ppg.pap.StatusQueryMessage;
import io.sipush.ppg.pap.StatusQueryResponse;
import io.sipush.ppg.pap.StatusQueryResult;
import io.sipush.ppg.pap.codec.PapDecoder;
import io.sipush.ppg.pap.codec.PapEncoder;
import io.sipush.ppg.pap.mime.MultipartRelatedWriter;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Executors;

/**
 * A Push Initiator of the cluster tests: pushes a text body to one SIP address of record through
 * one endpoint (HAProxy, or one instance), and reports the PAP code and, behind HAProxy, which
 * instance answered.
 */
public final class ClusterPap {
    private static final PushApplicationId DM = PushApplicationId.parse("syncml.dm");

    private final HttpClient http;
    private final URI endpoint;
    private final String authorization;

    public ClusterPap(URI endpoint, String user, String password) {
        this.endpoint = endpoint;
        this.authorization =
                "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newCachedThreadPool(r -> {
                    Thread thread = new Thread(r, "pap-client");
                    thread.setDaemon(true);
                    return thread;
                }))
                .build();
    }

    /** The answer to a push: HTTP status, PAP code (-1 if none), and the instance that answered. */
    public record Accepted(int httpStatus, int papCode, String server) {
        public boolean accepted() {
            return papCode == 1001;
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
        HttpResponse<byte[]> response = post(entity.contentType(), entity.body());
        int code = -1;
        try {
            PapResponse pap = new PapDecoder().decodeResponse(response.body());
            if (pap instanceof PushResponse push) {
                code = push.code().code();
            }
        } catch (Exception e) {
            // not a PAP reply (HAProxy's 502/503 page, say): code stays -1
        }
        return new Accepted(
                response.statusCode(),
                code,
                response.headers().firstValue(HaProxy.SERVER_HEADER).orElse(""));
    }

    public StatusQueryResult status(String pushId) throws Exception {
        HttpResponse<byte[]> response = post(
                "application/xml", new PapEncoder().encode(StatusQueryMessage.of(PapVersion.V2_1, pushId, List.of())));
        return ((StatusQueryResponse) new PapDecoder().decodeResponse(response.body()))
                .results()
                .get(0);
    }

    public CcqResponse ccq(String aor) throws Exception {
        CcqMessage query =
                CcqMessage.of(PapVersion.V2_1, "q-" + System.nanoTime(), null, PushAddress.parse(address(aor)));
        HttpResponse<byte[]> response = post("application/xml", new PapEncoder().encode(query));
        return (CcqResponse) new PapDecoder().decodeResponse(response.body());
    }

    private HttpResponse<byte[]> post(String contentType, byte[] body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .header("Authorization", authorization)
                .header("Content-Type", contentType)
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    static String address(String aor) {
        return "WAPPUSH=" + aor.replace(":", "%3A").replace("@", "%40") + "/TYPE=USER";
    }
}
