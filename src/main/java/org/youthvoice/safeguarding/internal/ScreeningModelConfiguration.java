package org.youthvoice.safeguarding.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Loads the sentence-embedding model once, when the application starts (not on the first comment): about a second or
 * two, logged with the heap it took. Every application context in one JVM (tests start several) shares the same copy.
 */
@Configuration(proxyBeanMethods = false)
class ScreeningModelConfiguration {

    @Bean
    SentenceEmbedder sentenceEmbedder() {
        return SentenceEmbedder.shared();
    }
}
