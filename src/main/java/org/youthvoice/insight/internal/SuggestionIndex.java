package org.youthvoice.insight.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Suggested tags learnt from what officers tagged. An in-memory Lucene index holds every text that has an officer's,
 * a rule's or an accepted suggestion's tag (question tags teach nothing: they say where a text was, not what it says).
 * A text's most telling words (by tf-idf, as Lucene's MoreLikeThis picks them) find the most similar tagged texts;
 * each votes for its codes with its score, and a code's share of the votes is its score.
 *
 * <p>Each node keeps its own index and rebuilds it when {@code insight_tag_revision} moved on, so tags made on another
 * node reach it too. A small index is rebuilt at once; a large one in the background while the old one answers.
 */
@Component
public class SuggestionIndex {

    static final int SIMILAR = 20;
    static final int QUERY_TERMS = 25;
    private static final Logger LOG = LoggerFactory.getLogger(SuggestionIndex.class);
    private static final long REBUILD_AT_ONCE_MILLIS = 300;

    private final TagStore tags;
    private final Analyzer analyzer = new EnglishAnalyzer();
    private final AtomicBoolean rebuilding = new AtomicBoolean();
    private volatile @Nullable Snapshot current;

    SuggestionIndex(TagStore tags) {
        this.tags = tags;
    }

    private record Snapshot(long revision, IndexSearcher searcher, int documents, long buildMillis) {
    }

    /** Codes the texts most like {@code text} were given, best first, each with its share of the votes (0 to 1). */
    public Map<String, Double> codesFor(@Nullable String text, long excludeTextId) {
        if (text == null || text.isBlank()) {
            return Map.of();
        }
        var index = fresh();
        if (index.documents() == 0) {
            return Map.of();
        }
        try {
            var query = similarTo(index.searcher(), text);
            if (query == null) {
                return Map.of();
            }
            var hits = index.searcher().search(new BooleanQuery.Builder().add(query, BooleanClause.Occur.SHOULD)
                    .add(LongPoint.newExactQuery("id", excludeTextId), BooleanClause.Occur.MUST_NOT).build(), SIMILAR);
            double total = 0;
            var votes = new HashMap<String, Double>();
            var stored = index.searcher().storedFields();
            for (ScoreDoc hit : hits.scoreDocs) {
                total += hit.score;
                for (String code : stored.document(hit.doc).get("codes").split(" ")) {
                    votes.merge(code, (double) hit.score, Double::sum);
                }
            }
            double sum = total;
            var result = new LinkedHashMap<String, Double>();
            votes.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                    .forEach(e -> result.put(e.getKey(), e.getValue() / sum));
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many tagged texts the index holds now (building it if needed). */
    public int size() {
        return fresh().documents();
    }

    /** How long the last build took. */
    public long lastBuildMillis() {
        var index = current;
        return index == null ? 0 : index.buildMillis();
    }

    /** The query of the most telling words of {@code text}: rare in the index, frequent in the text. */
    private @Nullable BooleanQuery similarTo(IndexSearcher searcher, String text) throws IOException {
        var frequencies = new HashMap<String, Integer>();
        try (var tokens = analyzer.tokenStream("text", text)) {
            var term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                frequencies.merge(term.toString(), 1, Integer::sum);
            }
            tokens.end();
        }
        var reader = searcher.getIndexReader();
        int documents = reader.numDocs();
        var weighted = new ArrayList<Map.Entry<String, Double>>();
        for (var e : frequencies.entrySet()) {
            int df = reader.docFreq(new Term("text", e.getKey()));
            if (df > 0) {
                weighted.add(Map.entry(e.getKey(), e.getValue() * (1 + Math.log((double) documents / (df + 1)))));
            }
        }
        if (weighted.isEmpty()) {
            return null;
        }
        weighted.sort(Map.Entry.<String, Double>comparingByValue().reversed());
        var query = new BooleanQuery.Builder();
        weighted.stream().limit(QUERY_TERMS).forEach(
                e -> query.add(new TermQuery(new Term("text", e.getKey())), BooleanClause.Occur.SHOULD));
        return query.build();
    }

    private Snapshot fresh() {
        long revision = tags.revision();
        var index = current;
        if (index != null && index.revision() == revision) {
            return index;
        }
        if (index == null || index.buildMillis() <= REBUILD_AT_ONCE_MILLIS) {
            synchronized (this) {
                var again = current;
                if (again != null && again.revision() >= revision) {
                    return again;
                }
                return build();
            }
        }
        if (rebuilding.compareAndSet(false, true)) {
            Thread.ofVirtual().name("suggestion-index").start(() -> {
                try {
                    synchronized (this) {
                        build();
                    }
                } catch (RuntimeException e) {
                    LOG.warn("Rebuilding the suggestion index failed", e);
                } finally {
                    rebuilding.set(false);
                }
            });
        }
        return index;
    }

    /** Reads the revision first, so a tag made during the build makes the next call build again. */
    private Snapshot build() {
        long started = System.nanoTime();
        long revision = tags.revision();
        var directory = new ByteBuffersDirectory();
        int[] documents = {0};
        try (var writer = new IndexWriter(directory, new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE).setRAMBufferSizeMB(64))) {
            tags.forEachTaught(taught -> {
                var doc = new Document();
                doc.add(new LongPoint("id", taught.textId()));
                doc.add(new TextField("text", taught.text(), Field.Store.NO));
                doc.add(new StoredField("codes", taught.codes()));
                try {
                    writer.addDocument(doc);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                documents[0]++;
            });
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            var searcher = new IndexSearcher(DirectoryReader.open(directory));
            var built = new Snapshot(revision, searcher, documents[0], (System.nanoTime() - started) / 1_000_000);
            current = built;
            return built;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
