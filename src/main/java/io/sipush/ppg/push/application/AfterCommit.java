package io.sipush.ppg.push.application;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import javax.enterprise.util.AnnotationLiteral;
import javax.inject.Qualifier;

/**
 * Marks a {@link DeliveryEnded} fired after its transaction committed (by the delivery engine's
 * step recorder), as opposed to one fired inside the transaction that ended the delivery (a
 * cancellation, an expiry, a replacement). Observers that must act inside that transaction (the
 * result notification) observe {@code @Default} events only; observers of the outcome (metrics,
 * the outcome log, the engine) observe both, after success.
 */
@Qualifier
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.TYPE})
public @interface AfterCommit {
    /** The qualifier as a value, for {@code Event.select}. */
    final class Literal extends AnnotationLiteral<AfterCommit> implements AfterCommit {
        private static final long serialVersionUID = 1L;
        public static final Literal INSTANCE = new Literal();
    }
}
