package org.youthvoice.base.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tomcat keeps a read and a write buffer for every open connection, 8 KB each by default, for as long as the
 * connection stays open between requests (keep-alive). A young person thinking about a question keeps one open, so
 * with thousands answering at once these buffers were most of the heap per taker (17 KB, issue 11). Our requests are
 * small form posts and our pages a few KB gzipped, so smaller buffers cost a few more system calls per page and save
 * most of that memory. Headers have their own buffers (per request, not per connection), so the limits on header
 * size do not change. Set with {@code youthvoice.http.read-buffer} and {@code youthvoice.http.write-buffer} (bytes).
 *
 * <p>The buffers are direct (outside the Java heap, {@code youthvoice.http.direct-buffers}): the socket reads and
 * writes them without the copy a heap buffer costs on every read and write (the JDK copies a heap buffer into a direct
 * one of its own), and thousands of idle connections do not fill the heap. Their memory is the process's all the same:
 * 3 KB per open connection, counted in the operations guide's memory sizing.
 */
@Configuration(proxyBeanMethods = false)
class ConnectionBuffers {

    @Bean
    TomcatConnectorCustomizer smallConnectionBuffers(@Value("${youthvoice.http.read-buffer:1024}") int read,
            @Value("${youthvoice.http.write-buffer:2048}") int write,
            @Value("${youthvoice.http.direct-buffers:true}") boolean direct) {
        return connector -> {
            connector.setProperty("socket.appReadBufSize", String.valueOf(read));
            connector.setProperty("socket.appWriteBufSize", String.valueOf(write));
            connector.setProperty("socket.directBuffer", String.valueOf(direct));
        };
    }
}
