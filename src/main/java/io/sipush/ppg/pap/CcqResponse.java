package io.sipush.ppg.pap;

import java.util.Map;

/**
 * The ccq-response to a client capabilities query (WAP-247-PAP-20010429-a §9.11). The control
 * entity carries query-id, code, desc and the address; PAP sends the capabilities themselves as
 * a separate capabilities entity, so {@link #capabilities()} (name to value) is not part of the
 * XML that {@code PapEncoder} writes and reads back empty from {@code PapDecoder}.
 */
public record CcqResponse(
        PapVersion version,
        String queryId,
        StatusCode code,
        String desc,
        PushAddress address,
        Map<String, String> capabilities)
        implements PapResponse {

    public CcqResponse {
        Validation.requirePresent(version, "version");
        Validation.requireText(queryId, "query-id");
        Validation.requirePresent(code, "code");
        Validation.requirePresent(address, "ccq-response address");
        desc = Validation.emptyToNull(desc);
        capabilities = capabilities == null ? Map.of() : Map.copyOf(capabilities);
    }
}
