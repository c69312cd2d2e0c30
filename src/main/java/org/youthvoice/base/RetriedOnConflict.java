package org.youthvoice.base;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.resilience.annotation.Retryable;

/**
 * A transactional write that two app nodes (or two requests) may make on the same rows at once, tried again when
 * the database gives up on it for that reason (design note 0035): a deadlock (MariaDB 1213), a lock wait timeout
 * (1205), or a Galera cluster's write-set conflict found at commit (reported as 1213, "try restarting transaction").
 * The whole transaction was rolled back, so trying it again in a new transaction is safe; the retry goes around the
 * transaction ({@code @Retryable}'s advice comes before the existing ones). Up to 4 more tries, 20 ms apart and
 * doubling, with jitter, so two nodes that collided do not collide again in step. Only for methods that start their
 * own transaction: called inside a wider one, the wider one is the one to try again.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Retryable(includes = PessimisticLockingFailureException.class, maxRetries = 4, delay = 20, jitter = 10,
        multiplier = 2, maxDelay = 200)
public @interface RetriedOnConflict {
}
