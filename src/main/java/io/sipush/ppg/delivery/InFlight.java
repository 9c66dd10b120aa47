package io.sipush.ppg.delivery;

import io.sipush.ppg.pap.PapTimestamp;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A push's MESSAGE that is out on this instance and not answered yet, as its SIP application
 * session records it (DESIGN.md §3: one session per push in flight, found by the push's key).
 *
 * @param pushKey the push's store key, which names its application session
 * @param deliveryId the delivery (one address of the push) the MESSAGE is for
 * @param since when the MESSAGE went out
 * @param transport the first hop's transport: {@code UDP}, {@code TCP} or {@code TLS}
 * @param cancelled true once the PI cancelled the push while the MESSAGE was out: its answer
 *     then delivers nothing
 */
public record InFlight(long pushKey, long deliveryId, Instant since, String transport, boolean cancelled)
        implements Serializable {
    private static final long serialVersionUID = 1L;

    public InFlight {
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(transport, "transport");
    }

    /** The same MESSAGE, marked cancelled. */
    public InFlight cancel() {
        return new InFlight(pushKey, deliveryId, since, transport, true);
    }

    /**
     * What a status query says of it: {@code in flight since <PAP timestamp>, attempt n, over
     * UDP}. The store counts answered attempts only, so the one out is {@code answered + 1}.
     */
    public String describe(int answeredAttempts) {
        return "in flight since " + PapTimestamp.format(since) + ", attempt " + (answeredAttempts + 1) + ", over "
                + transport;
    }

    /**
     * The transport of a MESSAGE's first hop (RFC 3261 §18.1.1, §26.2): the first Path hop, else
     * the outbound proxy, else the Request-URI; {@code sips:} or {@code transport=tls} is TLS,
     * {@code transport=tcp} or a large body ({@code tcp}) is TCP, anything else UDP.
     */
    public static String transportOf(String requestUri, String outboundProxy, List<String> path, boolean tcp) {
        String firstHop = !path.isEmpty() ? path.get(0) : outboundProxy != null ? outboundProxy : requestUri;
        String hop = firstHop.toLowerCase(Locale.ROOT);
        if (hop.startsWith("sips:") || hop.startsWith("<sips:") || hop.contains(";transport=tls")) {
            return "TLS";
        }
        if (tcp || hop.contains(";transport=tcp")) {
            return "TCP";
        }
        return "UDP";
    }
}
