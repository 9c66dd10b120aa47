package io.sipush.ppg.pap;

/**
 * PAP status codes (WAP-247-PAP-20010429-a §9.13). A code that is not
 * recognised reads as the x000 code of its class.
 */
public enum StatusCode {
    OK(1000, "OK"),
    ACCEPTED_FOR_PROCESSING(1001, "Accepted for processing"),
    BAD_REQUEST(2000, "Bad request"),
    FORBIDDEN(2001, "Forbidden"),
    ADDRESS_ERROR(2002, "Address error"),
    ADDRESS_NOT_FOUND(2003, "Address not found"),
    PUSH_ID_NOT_FOUND(2004, "Push ID not found"),
    CAPABILITIES_MISMATCH(2005, "Capabilities mismatch"),
    REQUIRED_CAPABILITIES_NOT_SUPPORTED(2006, "Required capabilities not supported"),
    DUPLICATE_PUSH_ID(2007, "Duplicate push ID"),
    CANCELLATION_NOT_POSSIBLE(2008, "Cancellation not possible"),
    INTERNAL_SERVER_ERROR(3000, "Internal server error"),
    NOT_IMPLEMENTED(3001, "Not implemented"),
    VERSION_NOT_SUPPORTED(3002, "Version not supported"),
    NOT_POSSIBLE(3003, "Not possible"),
    CAPABILITY_MATCHING_NOT_SUPPORTED(3004, "Capability matching not supported"),
    MULTIPLE_ADDRESSES_NOT_SUPPORTED(3005, "Multiple addresses not supported"),
    TRANSFORMATION_FAILURE(3006, "Transformation failure"),
    SPECIFIED_DELIVERY_METHOD_NOT_POSSIBLE(3007, "Specified delivery method not possible"),
    CAPABILITIES_NOT_AVAILABLE(3008, "Capabilities not available"),
    REQUIRED_NETWORK_NOT_AVAILABLE(3009, "Required network not available"),
    REQUIRED_BEARER_NOT_AVAILABLE(3010, "Required bearer not available"),
    REPLACEMENT_NOT_SUPPORTED(3011, "Replacement not supported"),
    SERVICE_FAILURE(4000, "Service failure"),
    SERVICE_UNAVAILABLE(4001, "Service unavailable"),
    MOBILE_CLIENT_ABORTED(5000, "Mobile client aborted");

    private final int code;
    private final String description;

    StatusCode(int code, String description) {
        this.code = code;
        this.description = description;
    }

    public int code() {
        return code;
    }

    public String description() {
        return description;
    }

    /** 1xxx codes report success. */
    public boolean isSuccess() {
        return code / 1000 == 1;
    }

    /**
     * The status code for a numeric value; an unrecognised code of class 1 to 5 reads as the
     * x000 code of its class.
     *
     * @throws IllegalArgumentException when the value is outside 1000..5999
     */
    public static StatusCode of(int code) {
        for (StatusCode candidate : values()) {
            if (candidate.code == code) {
                return candidate;
            }
        }
        if (code < 1000 || code > 5999) {
            throw new IllegalArgumentException("Not a PAP status code: " + code);
        }
        return of(code / 1000 * 1000);
    }
}
