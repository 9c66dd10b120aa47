package io.sipush.ppg.interfaces.papserver;

import io.sipush.ppg.pap.PapException;
import io.sipush.ppg.pap.StatusCode;
import java.io.IOException;
import java.io.InputStream;

/** Reads a request body, refusing it (2000) as soon as it passes the request size limit. */
final class BoundedBody {
    private BoundedBody() {}

    static byte[] read(InputStream in, int limit) throws PapException, IOException {
        byte[] body = in.readNBytes(limit + 1);
        if (body.length > limit) {
            throw tooLarge(limit);
        }
        return body;
    }

    static PapException tooLarge(int limit) {
        return new PapException(
                StatusCode.BAD_REQUEST, "the request is larger than the limit of " + limit + " bytes", null);
    }
}
