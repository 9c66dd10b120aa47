package io.sipush.ppg.pap.codec;

import io.sipush.ppg.pap.PapException;
import io.sipush.ppg.pap.PapLimits;
import io.sipush.ppg.pap.PapRequest;
import io.sipush.ppg.pap.PapResponse;
import io.sipush.ppg.pap.PapVersion;
import io.sipush.ppg.pap.StatusCode;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes PAP control entities (WAP-247-PAP-20010429-a §9; OMA-TS-PAP-V2_1 for the 2.1
 * DOCTYPE). Thread-safe and reusable.
 *
 * <p>The DOCTYPE's public ID decides the version ({@code -//WAPFORUM//DTD PAP 1.0//EN} and
 * {@code -//WAPFORUM//DTD PAP//EN}: 1.0; {@code ... 2.0//EN}: 2.0; {@code ... 2.1//EN}: 2.1),
 * else its system ID. <b>A document without a DOCTYPE is read as PAP 2.1.</b> An unknown PAP
 * identifier gets 3002 VERSION_NOT_SUPPORTED. A DTD is never loaded, and a DOCTYPE that declares
 * entities is refused with 2000.
 *
 * <p>Validation is strict and done here, not by the DTD: unknown elements and attributes,
 * missing required attributes, malformed timestamps, addresses (2002), more addresses than the
 * limit (3005) and an over-long push-id are refused. Every failure is a {@link PapException};
 * no other exception leaves {@code decode*} for any input.
 */
public final class PapDecoder {

    private static final int SNIFF_BYTES = 2048;
    private static final Pattern PUBLIC_ID = Pattern.compile("-//WAPFORUM//DTD PAP[^\"']*");

    private final PapLimits limits;
    private final SecureXmlParser parser = new SecureXmlParser();
    private final RequestDecoder requests;
    private final ResponseDecoder responses;

    public PapDecoder(PapLimits limits) {
        if (limits == null) {
            throw new IllegalArgumentException("limits are required");
        }
        this.limits = limits;
        this.requests = new RequestDecoder(limits);
        this.responses = new ResponseDecoder(limits);
    }

    public PapDecoder() {
        this(PapLimits.defaults());
    }

    /** Decodes what a Push Initiator sends: the PPG side. */
    public PapRequest decodeRequest(byte[] xml) throws PapException {
        return decode(xml, requests::decode);
    }

    /** Decodes what a PPG sends: the Push Initiator side. */
    public PapResponse decodeResponse(byte[] xml) throws PapException {
        return decode(xml, responses::decode);
    }

    /**
     * The version a document claims, found without parsing it, so that even a reply to an
     * undecodable request uses the Push Initiator's version. Defaults to 2.1.
     */
    public PapVersion sniffVersion(byte[] xml) {
        if (xml == null) {
            return DocumentVersion.DEFAULT;
        }
        String head = new String(xml, 0, Math.min(xml.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        Matcher matcher = PUBLIC_ID.matcher(head);
        if (matcher.find()) {
            return PapVersion.fromPublicId(matcher.group()).orElse(DocumentVersion.DEFAULT);
        }
        for (PapVersion version : PapVersion.values()) {
            if (head.contains(version.systemId())) {
                return version;
            }
        }
        return DocumentVersion.DEFAULT;
    }

    private <T> T decode(byte[] xml, MessageDecoder<T> messageDecoder) throws PapException {
        requireAcceptableSize(xml);
        try {
            ParsedDocument document = parser.parse(xml);
            PapVersion version = DocumentVersion.resolve(document);
            return messageDecoder.decode(PapElements.message(document.root()), version);
        } catch (RuntimeException e) {
            throw new PapException(StatusCode.BAD_REQUEST, "The control entity could not be understood", null, e);
        }
    }

    private void requireAcceptableSize(byte[] xml) throws PapException {
        if (xml == null || xml.length == 0) {
            throw new PapException(StatusCode.BAD_REQUEST, "The control entity is empty");
        }
        if (xml.length > limits.maxRequestBytes()) {
            throw new PapException(
                    StatusCode.BAD_REQUEST,
                    "The control entity is too large: " + xml.length + " bytes, over the limit of "
                            + limits.maxRequestBytes());
        }
    }

    @FunctionalInterface
    private interface MessageDecoder<T> {
        T decode(XmlElement message, PapVersion version) throws PapException;
    }
}
