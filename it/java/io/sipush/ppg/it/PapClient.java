package io.sipush.ppg.it;

import io.sipush.ppg.pap.PapException;
import io.sipush.ppg.pap.PapResponse;
import io.sipush.ppg.pap.PushApplicationId;
import io.sipush.ppg.pap.PushMessage;
import io.sipush.ppg.pap.StatusQueryMessage;
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

/** A Push Initiator over HTTP: sends PAP requests with Basic credentials, reads the replies. */
public final class PapClient {
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI endpoint;
    private final String authorization;

    public PapClient(URI endpoint, String user, String password) {
        this.endpoint = endpoint;
        this.authorization =
                "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** An HTTP answer and its body. */
    public record Reply(int httpStatus, byte[] body) {
        public PapResponse pap() throws PapException {
            return new PapDecoder().decodeResponse(body);
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    public Reply push(PushMessage message, String contentType, byte[] content, PushApplicationId appId, boolean base64)
            throws IOException, InterruptedException {
        MultipartRelatedWriter.MultipartEntity entity = new MultipartRelatedWriter()
                .write(new PapEncoder().encode(message), contentType, content, appId, base64);
        return post(entity.contentType(), entity.body());
    }

    /**
     * A push whose content part carries {@code X-Wap-Application-Id} exactly as given (for
     * example the numeric form {@code 0x07}), written by hand rather than by the PAP library.
     */
    public Reply pushWithRawApplicationId(PushMessage message, String contentType, byte[] content, String appIdHeader)
            throws IOException, InterruptedException {
        String boundary = "raw-boundary-7d1";
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        String head = "--" + boundary + "\r\nContent-Type: application/xml\r\n\r\n";
        body.writeBytes(head.getBytes(StandardCharsets.US_ASCII));
        body.writeBytes(new PapEncoder().encode(message));
        String part2 = "\r\n--" + boundary + "\r\nContent-Type: " + contentType + "\r\nX-Wap-Application-Id: "
                + appIdHeader + "\r\n\r\n";
        body.writeBytes(part2.getBytes(StandardCharsets.US_ASCII));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return post("multipart/related; boundary=" + boundary + "; type=\"application/xml\"", body.toByteArray());
    }

    public Reply statusQuery(StatusQueryMessage query) throws IOException, InterruptedException {
        return post("application/xml", new PapEncoder().encode(query));
    }

    public Reply post(String contentType, byte[] body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .header("Authorization", authorization)
                .header("Content-Type", contentType)
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        return new Reply(response.statusCode(), response.body());
    }

    public Reply postWithout(String contentType, byte[] body, String authorizationHeader)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (authorizationHeader != null) {
            request.header("Authorization", authorizationHeader);
        }
        HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Reply(response.statusCode(), response.body());
    }
}
