package io.sipush.ppg.tools.piclient;

import io.sipush.ppg.pap.PapException;
import io.sipush.ppg.pap.PapRequest;
import io.sipush.ppg.pap.PushApplicationId;
import io.sipush.ppg.pap.PushMessage;
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

/**
 * Sends PAP requests to a PPG ({@code POST <ppg>/ppg/pap}, HTTP Basic) and decodes its replies
 * (DESIGN.md §4, PAP).
 */
public final class PapHttpClient {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final URI endpoint;
    private final String authorization;

    public PapHttpClient(URI endpoint, PiCredentials credentials) {
        this.endpoint = endpoint;
        String pair = credentials.name() + ":" + credentials.password();
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    public URI endpoint() {
        return endpoint;
    }

    /** Submits a push-message with its content entity. */
    public PapReply push(PushMessage message, PushContent content) throws IOException, InterruptedException {
        MultipartRelatedWriter.MultipartEntity entity = new MultipartRelatedWriter()
                .write(
                        new PapEncoder().encode(message),
                        content.contentType(),
                        content.body(),
                        content.applicationId().orElse(null),
                        content.base64());
        return post(entity.contentType(), entity.body());
    }

    /** Sends a cancel-message, statusquery-message or ccq-message. */
    public PapReply send(PapRequest request) throws IOException, InterruptedException {
        return post("application/xml", new PapEncoder().encode(request));
    }

    private PapReply post(String contentType, byte[] body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .header("Authorization", authorization)
                .header("Content-Type", contentType)
                .timeout(TIMEOUT)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        return new PapReply(response.statusCode(), response.body(), decode(response.body()));
    }

    private static io.sipush.ppg.pap.PapResponse decode(byte[] body) {
        try {
            return new PapDecoder().decodeResponse(body);
        } catch (PapException | RuntimeException e) {
            return null;
        }
    }

    /** Content of a push: its type, bytes, application ID and transfer encoding. */
    public record PushContent(
            String contentType, byte[] body, java.util.Optional<PushApplicationId> applicationId, boolean base64) {}
}
