package io.sipush.ppg.infrastructure.warmup;

import io.sipush.ppg.pap.BadMessageResponse;
import io.sipush.ppg.pap.DeliveryMethod;
import io.sipush.ppg.pap.PapException;
import io.sipush.ppg.pap.PapLimits;
import io.sipush.ppg.pap.PapResponse;
import io.sipush.ppg.pap.PapVersion;
import io.sipush.ppg.pap.Priority;
import io.sipush.ppg.pap.PushAddress;
import io.sipush.ppg.pap.PushApplicationId;
import io.sipush.ppg.pap.PushMessage;
import io.sipush.ppg.pap.PushResponse;
import io.sipush.ppg.pap.QualityOfService;
import io.sipush.ppg.pap.StatusCode;
import io.sipush.ppg.pap.StatusQueryMessage;
import io.sipush.ppg.pap.codec.PapDecoder;
import io.sipush.ppg.pap.codec.PapEncoder;
import io.sipush.ppg.pap.mime.MultipartRelatedReader;
import io.sipush.ppg.pap.mime.MultipartRelatedWriter;
import io.sipush.ppg.pap.mime.PushSubmissionEntity;
import io.sipush.ppg.pushinitiator.BasicCredentials;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Runs the PAP request path that needs no store — multipart/related reading, control-entity
 * decoding, Basic credentials, response encoding — on a small corpus of push-messages (PAP 1.0,
 * 2.0 and 2.1, one and several addresses, QoS, timestamps, base64 content) and status queries,
 * so that the JIT has compiled it before the first PI's pushes arrive (README "Benchmark", cold
 * phase). Touches no store and no container.
 */
public final class CodecWarmUp {
    private static final PushApplicationId APP = PushApplicationId.parse("x-wap-application:syncml.dm");

    /** One request of the corpus: its Content-Type header and body as a PI sends them. */
    private record Request(String contentType, byte[] body) {}

    private final PapLimits limits;
    private final PapDecoder decoder;
    private final PapEncoder encoder = new PapEncoder();
    private final MultipartRelatedReader multipart = new MultipartRelatedReader();
    private final List<Request> corpus;
    private final List<PapResponse> replies;
    private final String authorization = "Basic "
            + Base64.getEncoder().encodeToString("warm-up-pi:warm-up-password".getBytes(StandardCharsets.UTF_8));

    public CodecWarmUp(PapLimits limits) {
        this.limits = limits;
        this.decoder = new PapDecoder(limits);
        try {
            this.corpus = corpus();
            this.replies = replies();
        } catch (PapException e) {
            throw new IllegalStateException("the warm-up corpus is not valid PAP", e);
        }
    }

    /** Decodes and answers every request of the corpus {@code rounds} times; how many it decoded. */
    public int run(int rounds) throws PapException {
        int decoded = 0;
        for (int round = 0; round < rounds; round++) {
            for (Request request : corpus) {
                decode(request);
                decoded++;
            }
            for (PapResponse reply : replies) {
                encoder.encode(reply);
            }
            BasicCredentials.parse(authorization).orElseThrow();
        }
        return decoded;
    }

    private void decode(Request request) throws PapException {
        if (request.contentType().startsWith("multipart/")) {
            PushSubmissionEntity entity =
                    multipart.read(request.contentType(), new ByteArrayInputStream(request.body()), limits);
            decoder.decodeRequest(entity.controlEntity());
        } else {
            decoder.decodeRequest(request.body());
        }
    }

    private List<Request> corpus() throws PapException {
        MultipartRelatedWriter writer = new MultipartRelatedWriter();
        byte[] notification =
                "warm-up;0123456789abcdef0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        List<Request> requests = new ArrayList<>();
        PushMessage plain = PushMessage.builder(PapVersion.V2_1, "warm-up-1@ppg.example.org")
                .address(address("u0001"))
                .build();
        requests.add(push(writer, plain, notification, false));
        PushMessage.Builder full = PushMessage.builder(PapVersion.V2_0, "warm-up-2@ppg.example.org")
                .deliverBeforeTimestamp(now.plus(Duration.ofHours(1)))
                .deliverAfterTimestamp(now.plus(Duration.ofMinutes(1)))
                .sourceReference("warm-up")
                .qualityOfService(
                        new QualityOfService(Priority.HIGH, DeliveryMethod.UNCONFIRMED, null, false, null, false));
        for (String user : List.of("u0002", "u0003", "u0004")) {
            full.address(address(user));
        }
        requests.add(push(writer, full.build(), notification, true));
        PushMessage old = PushMessage.builder(PapVersion.V1_0, "warm-up-3@ppg.example.org")
                .address(address("u0005"))
                .build();
        requests.add(push(writer, old, notification, false));
        StatusQueryMessage query =
                StatusQueryMessage.of(PapVersion.V2_1, "warm-up-1@ppg.example.org", List.of(address("u0001")));
        requests.add(new Request("application/xml", encoder.encode(query)));
        return requests;
    }

    private Request push(MultipartRelatedWriter writer, PushMessage message, byte[] content, boolean base64) {
        MultipartRelatedWriter.MultipartEntity entity =
                writer.write(encoder.encode(message), "application/vnd.syncml.notification", content, APP, base64);
        return new Request(entity.contentType(), entity.body());
    }

    private static List<PapResponse> replies() throws PapException {
        Instant now = Instant.now();
        return List.of(
                new PushResponse(
                        PapVersion.V2_1,
                        "warm-up-1@ppg.example.org",
                        "sip:ppg@ims.example.org",
                        "ppg",
                        now,
                        StatusCode.ACCEPTED_FOR_PROCESSING,
                        "accepted and stored; delivery pending to 1 address"),
                new PushResponse(
                        PapVersion.V2_0,
                        "warm-up-2@ppg.example.org",
                        "sip:ppg@ims.example.org",
                        "ppg",
                        now,
                        StatusCode.SERVICE_UNAVAILABLE,
                        "the PPG is busy"),
                BadMessageResponse.of(
                        PapVersion.V2_1, new PapException(StatusCode.BAD_REQUEST, "warm-up: a bad request", null)));
    }

    private static PushAddress address(String user) throws PapException {
        return PushAddress.parse("WAPPUSH=sip%3A" + user + "%40ims.example.org/TYPE=USER@ppg.example.org");
    }
}
