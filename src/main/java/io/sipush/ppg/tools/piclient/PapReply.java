package io.sipush.ppg.tools.piclient;

import io.sipush.ppg.pap.BadMessageResponse;
import io.sipush.ppg.pap.CancelResponse;
import io.sipush.ppg.pap.CancelResult;
import io.sipush.ppg.pap.CcqResponse;
import io.sipush.ppg.pap.PapResponse;
import io.sipush.ppg.pap.PushAddress;
import io.sipush.ppg.pap.PushResponse;
import io.sipush.ppg.pap.StatusCode;
import io.sipush.ppg.pap.StatusQueryResponse;
import io.sipush.ppg.pap.StatusQueryResult;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The PPG's answer to one PAP request: the HTTP status, the body, and the decoded PAP reply
 * (null when the body is not PAP, for example with HTTP 401).
 */
public record PapReply(int httpStatus, byte[] body, PapResponse response) {

    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** True when there is a PAP reply and every code in it is 1000 or 1001. */
    public boolean succeeded() {
        return response != null && codes().stream().allMatch(PapReply::isSuccessCode);
    }

    private static boolean isSuccessCode(StatusCode code) {
        return code == StatusCode.OK || code == StatusCode.ACCEPTED_FOR_PROCESSING;
    }

    /** Every status code in the reply. */
    public List<StatusCode> codes() {
        List<StatusCode> codes = new ArrayList<>();
        if (response instanceof PushResponse push) {
            codes.add(push.code());
        } else if (response instanceof CancelResponse cancel) {
            cancel.results().forEach(r -> codes.add(r.code()));
        } else if (response instanceof StatusQueryResponse status) {
            status.results().forEach(r -> codes.add(r.code()));
        } else if (response instanceof CcqResponse ccq) {
            codes.add(ccq.code());
        } else if (response instanceof BadMessageResponse bad) {
            codes.add(bad.code());
        }
        return codes;
    }

    /** The reply in a few readable lines. */
    public List<String> summary() {
        List<String> lines = new ArrayList<>();
        lines.add("HTTP " + httpStatus + (succeeded() ? " - success" : " - FAILURE"));
        if (response instanceof PushResponse push) {
            lines.add("push-response push-id=" + push.pushId() + ": " + describe(push.code(), push.desc()));
        } else if (response instanceof CancelResponse cancel) {
            for (CancelResult result : cancel.results()) {
                lines.add("cancel-result " + addresses(result.addresses()) + ": "
                        + describe(result.code(), result.desc()));
            }
        } else if (response instanceof StatusQueryResponse status) {
            for (StatusQueryResult result : status.results()) {
                lines.add("statusquery-result " + addresses(result.addresses()) + ": "
                        + result.messageState().papName()
                        + (result.eventTime() == null ? "" : " at " + result.eventTime()) + ", "
                        + describe(result.code(), result.desc()));
            }
        } else if (response instanceof CcqResponse ccq) {
            lines.add("ccq-response " + ccq.address().papValue() + ": " + describe(ccq.code(), ccq.desc()));
        } else if (response instanceof BadMessageResponse bad) {
            lines.add("badmessage-response: " + describe(bad.code(), bad.desc()));
            if (bad.badMessageFragment() != null) {
                lines.add("  offending fragment: " + bad.badMessageFragment());
            }
        } else {
            lines.add("no PAP reply" + (httpStatus == 401 ? ": the PI credentials were refused" : ""));
        }
        return lines;
    }

    private static String describe(StatusCode code, String desc) {
        return code.code() + " " + code.description() + (desc == null ? "" : " (" + desc + ")");
    }

    private static String addresses(List<PushAddress> addresses) {
        if (addresses.isEmpty()) {
            return "(all addresses)";
        }
        return addresses.stream().map(PushAddress::papValue).collect(Collectors.joining(", "));
    }
}
