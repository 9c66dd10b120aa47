package io.sipush.ppg.interfaces.papserver;

import io.sipush.ppg.pap.PapResponse;
import io.sipush.ppg.pap.PushResponse;
import io.sipush.ppg.pap.StatusCode;

/** A PAP reply and the HTTP status it travels with (DESIGN.md §4 "PAP"). */
record PapReply(int httpStatus, PapResponse response) {
    static PapReply of(PapResponse response) {
        boolean accepted = response instanceof PushResponse push && push.code() == StatusCode.ACCEPTED_FOR_PROCESSING;
        return new PapReply(accepted ? 202 : 200, response);
    }
}
