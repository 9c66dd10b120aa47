package io.sipush.ppg.delivery.otasip;

/** A REGISTER that cannot be read, or holds a value longer than the registry stores: 400. */
class MalformedRegisterException extends Exception {
    private static final long serialVersionUID = 1L;

    MalformedRegisterException(String why, Throwable cause) {
        super(why, cause);
    }
}
