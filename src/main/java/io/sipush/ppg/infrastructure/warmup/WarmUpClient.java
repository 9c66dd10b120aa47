package io.sipush.ppg.infrastructure.warmup;

import io.sipush.ppg.pap.PapException;
import io.sipush.ppg.pap.PapVersion;
import io.sipush.ppg.pap.PushAddress;
import io.sipush.ppg.pap.PushApplicationId;
import io.sipush.ppg.pap.PushMessage;
import io.sipush.ppg.pap.codec.PapEncoder;
import io.sipush.ppg.pap.mime.MultipartRelatedWriter;
import io.sipush.ppg.terminal.AddressOfRecord;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The warm-up's Push Initiator: PAP 2.1 push-messages with a short text content for the DM
 * client, each to one of the warm-up terminals in turn, POSTed to the PPG's own PAP endpoint as a
 * PI does (HTTP/1.1 keep-alive, Basic credentials), from several threads at once.
 */
final class WarmUpClient {
    private static final Pattern PAP_CODE = Pattern.compile("code=\"(\\d{4})\"");
    private static final PushApplicationId DM = PushApplicationId.parse("syncml.dm");

    private final URI endpoint;
    private final String authorization;
    private final String instanceName;
    private final List<String> addresses;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    WarmUpClient(String host, int port, String user, String password, String homeDomain, List<AddressOfRecord> aors) {
        this.endpoint =
                URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + "/ppg/pap");
        this.authorization =
                "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.instanceName = user;
        this.addresses = aors.stream()
                .map(aor -> "WAPPUSH=" + URLEncoder.encode(aor.value(), StandardCharsets.UTF_8) + "/TYPE=USER")
                .toList();
    }

    /**
     * Sends pushes {@code first} to {@code end - 1} on {@code threads} threads from {@code factory}, stopping at
     * {@code deadline}; the answers by PAP code (or {@code HTTP nnn}, or the exception's name).
     */
    Map<String, Integer> send(int first, int end, int threads, ThreadFactory factory, Instant deadline)
            throws InterruptedException {
        AtomicInteger next = new AtomicInteger(first);
        List<String> codes = Collections.synchronizedList(new ArrayList<>());
        List<Thread> senders = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread sender = factory.newThread(() -> {
                for (int i = next.getAndIncrement();
                        i < end && Instant.now().isBefore(deadline);
                        i = next.getAndIncrement()) {
                    codes.add(push(i));
                }
            });
            sender.setName("ppg-warm-up-pi-" + t);
            sender.setDaemon(true);
            sender.start();
            senders.add(sender);
        }
        for (Thread sender : senders) {
            sender.join();
        }
        return tally(codes);
    }

    private String push(int index) {
        try {
            PushMessage message = PushMessage.builder(PapVersion.V2_1, "warm-up-" + index + "@" + instanceName)
                    .address(PushAddress.parse(addresses.get(index % addresses.size())))
                    .build();
            MultipartRelatedWriter.MultipartEntity entity = new MultipartRelatedWriter()
                    .write(
                            new PapEncoder().encode(message),
                            "text/plain",
                            ("warm-up " + index).getBytes(StandardCharsets.US_ASCII),
                            DM,
                            false);
            HttpResponse<String> answer = http.send(
                    HttpRequest.newBuilder(endpoint)
                            .timeout(Duration.ofSeconds(30))
                            .header("Authorization", authorization)
                            .header("Content-Type", entity.contentType())
                            .POST(HttpRequest.BodyPublishers.ofByteArray(entity.body()))
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            Matcher code = PAP_CODE.matcher(answer.body());
            return code.find() ? code.group(1) : "HTTP " + answer.statusCode();
        } catch (PapException | IOException e) {
            return e.getClass().getSimpleName();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    /** The answers by PAP code, in code order. */
    static Map<String, Integer> tally(List<String> codes) {
        Map<String, Integer> tally = new TreeMap<>();
        codes.forEach(code -> tally.merge(code, 1, Integer::sum));
        return tally;
    }
}
