package org.youthvoice.safeguarding.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.youthvoice.safeguarding.PhraseList;
import org.youthvoice.safeguarding.Screening;

/**
 * Until officers can edit the lists, screening uses the English starter list that ships with the app.
 */
@Configuration(proxyBeanMethods = false)
class ScreeningConfiguration {

    @Bean
    Screening screening() {
        return Screening.of(PhraseList.englishStarter());
    }
}
