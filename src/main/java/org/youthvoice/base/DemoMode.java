package org.youthvoice.base;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.youthvoice.base.db.EmbeddedDatabaseCondition;

/**
 * Demo mode seeds one account per role with published passwords. It is on by default on the embedded database and
 * cannot be switched on against an external database: a production install can never get it by accident.
 */
@Component
public class DemoMode {

    private static final Logger log = LoggerFactory.getLogger(DemoMode.class);

    private final boolean enabled;

    public DemoMode(Environment environment, YouthVoiceProperties properties) {
        boolean embedded = EmbeddedDatabaseCondition.usesEmbedded(environment);
        Boolean wanted = properties.demo();
        if (Boolean.TRUE.equals(wanted) && !embedded) {
            throw new IllegalStateException("youthvoice.demo=true is refused: demo mode runs only on the embedded "
                    + "database, never on an external (production) database.");
        }
        this.enabled = embedded && !Boolean.FALSE.equals(wanted);
        if (enabled) {
            log.warn("DEMO MODE: demo accounts with published passwords exist. Never use this install for real data.");
        }
    }

    public boolean isEnabled() {
        return enabled;
    }
}
