package io.sipush.ppg.pap.codec;

/**
 * Thrown by {@link FastXmlReader} when a document leaves the simple subset of XML it reads;
 * the caller then asks the real parser. It is not an error: it carries no message or stack
 * trace, and one instance serves every throw.
 */
final class OutsideFastPath extends RuntimeException {

    static final OutsideFastPath INSTANCE = new OutsideFastPath();

    private static final long serialVersionUID = 1L;

    private OutsideFastPath() {
        super(null, null, false, false);
    }

    /** Fails unless the condition holds. */
    static void require(boolean condition) {
        if (!condition) {
            throw INSTANCE;
        }
    }
}
