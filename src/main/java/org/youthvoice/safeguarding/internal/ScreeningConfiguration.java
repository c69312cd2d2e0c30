package org.youthvoice.safeguarding.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.youthvoice.safeguarding.PhraseList;
import org.youthvoice.safeguarding.Screening;

/**
 * Until officers can edit the lists, screening uses the English starter list that ships with the app. Lazy, because
 * building it takes about a second and nothing screens text at start-up.
 */
@Configuration(proxyBeanMethods = false)
class ScreeningConfiguration {

    @Bean
    @Lazy
    Screening screening() {
        return Screening.of(PhraseList.englishStarter());
    }
}
