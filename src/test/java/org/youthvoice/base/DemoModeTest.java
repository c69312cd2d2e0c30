package org.youthvoice.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class DemoModeTest {

    private static final String EXTERNAL = "jdbc:mariadb://db.council.example:3306/youthvoice";

    private static DemoMode demoMode(@Nullable String datasourceUrl, @Nullable Boolean demo) {
        var environment = new MockEnvironment();
        if (datasourceUrl != null) {
            environment.setProperty("spring.datasource.url", datasourceUrl);
        }
        return new DemoMode(environment, new YouthVoiceProperties(demo, null, null, null, null, null));
    }

    @Test
    void demo_mode_is_on_by_default_on_the_embedded_database() {
        assertThat(demoMode(null, null).isEnabled()).isTrue();
    }

    @Test
    void a_blank_datasource_url_still_means_the_embedded_database() {
        assertThat(demoMode("  ", null).isEnabled()).isTrue();
    }

    @Test
    void demo_mode_is_refused_on_an_external_database() {
        assertThatThrownBy(() -> demoMode(EXTERNAL, true))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("youthvoice.demo=true");
    }

    @Test
    void demo_mode_is_off_on_an_external_database_when_not_asked_for() {
        assertThat(demoMode(EXTERNAL, null).isEnabled()).isFalse();
        assertThat(demoMode(EXTERNAL, false).isEnabled()).isFalse();
    }

    @Test
    void demo_mode_can_be_switched_off_on_the_embedded_database() {
        assertThat(demoMode(null, false).isEnabled()).isFalse();
    }

    @Test
    void demo_mode_asked_for_on_the_embedded_database_is_on() {
        assertThat(demoMode(null, true).isEnabled()).isTrue();
    }
}
