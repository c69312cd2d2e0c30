package org.youthvoice.base.db;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Where heavy analysis reads go: survey results counting and the responses export. By default the main database;
 * with {@code youthvoice.analysis.url} set, a read replica of it (design note 0018), so that big counts and exports
 * do not load the database young people are writing to. Only reads go there, and each read runs in one read-only
 * transaction, so the counts it adds up come from one moment of the replica.
 */
@Component
public class AnalysisDatabase implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(AnalysisDatabase.class);

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final TransactionTemplate reads;
    private final @Nullable HikariDataSource own;

    @Autowired
    AnalysisDatabase(DataSource main, PlatformTransactionManager mainTransactions,
            @Value("${youthvoice.analysis.url:}") String url, @Value("${youthvoice.analysis.username:}") String username,
            @Value("${youthvoice.analysis.password:}") String password) {
        this(main, mainTransactions, url.isBlank() ? null : replica(url, username, password));
    }

    /** For tests: reads go to {@code replica} when given, else to the main database. */
    public AnalysisDatabase(DataSource main, PlatformTransactionManager mainTransactions,
            @Nullable HikariDataSource replica) {
        this.own = replica;
        this.dataSource = replica == null ? main : replica;
        this.jdbc = replica == null ? JdbcClient.create(main) : JdbcClient.create(replica);
        this.reads = new TransactionTemplate(replica == null ? mainTransactions : new JdbcTransactionManager(replica));
        this.reads.setReadOnly(true);
        this.reads.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRED);
        if (replica != null) {
            log.info("Analysis reads go to {}", replica.getJdbcUrl());
        }
    }

    private static HikariDataSource replica(String url, String username, String password) {
        var ds = new HikariDataSource();
        ds.setJdbcUrl(url);
        ds.setUsername(username);
        ds.setPassword(password);
        ds.setReadOnly(true);
        ds.setPoolName("analysis");
        ds.setMaximumPoolSize(5);
        return ds;
    }

    /** Runs {@code work} in one read-only transaction on the analysis database (joining one already open there). */
    public <T> T read(TransactionCallback<T> work) {
        return reads.execute(work);
    }

    /** Statements on the analysis database; inside {@link #read} they share its transaction. */
    public JdbcClient jdbc() {
        return jdbc;
    }

    /** For streaming reads that need their own statement settings (fetch size). */
    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void destroy() {
        if (own != null) {
            own.close();
        }
    }
}
