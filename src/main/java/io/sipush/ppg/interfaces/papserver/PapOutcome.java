package io.sipush.ppg.interfaces.papserver;

import io.sipush.ppg.monitoring.PapOperation;
import io.sipush.ppg.pap.BadMessageResponse;
import io.sipush.ppg.pap.CancelResponse;
import io.sipush.ppg.pap.CcqResponse;
import io.sipush.ppg.pap.PapResponse;
import io.sipush.ppg.pap.PushResponse;
import io.sipush.ppg.pap.StatusCode;
import io.sipush.ppg.pap.StatusQueryResponse;
import java.util.Optional;

/**
 * A PAP reply as the metrics count it: the operation and one PAP code. A cancel or status query
 * answers a code per address; the first one stands for the request (1000 when all went well).
 */
record PapOutcome(PapOperation operation, int code) {

    static Optional<PapOutcome> of(PapResponse response) {
        if (response instanceof PushResponse push) {
            return outcome(PapOperation.PUSH, push.code());
        }
        if (response instanceof CancelResponse cancel) {
            return outcome(
                    PapOperation.CANCEL,
                    cancel.results().isEmpty()
                            ? StatusCode.OK
                            : cancel.results().get(0).code());
        }
        if (response instanceof StatusQueryResponse query) {
            return outcome(
                    PapOperation.STATUS_QUERY,
                    query.results().isEmpty()
                            ? StatusCode.OK
                            : query.results().get(0).code());
        }
        if (response instanceof CcqResponse ccq) {
            return outcome(PapOperation.CCQ, ccq.code());
        }
        if (response instanceof BadMessageResponse bad) {
            return outcome(PapOperation.BAD_MESSAGE, bad.code());
        }
        return Optional.empty();
    }

    private static Optional<PapOutcome> outcome(PapOperation operation, StatusCode code) {
        return Optional.of(new PapOutcome(operation, code.code()));
    }
}
