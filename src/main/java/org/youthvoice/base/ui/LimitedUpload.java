package org.youthvoice.base.ui;

import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import org.jspecify.annotations.Nullable;

/**
 * An upload kept in memory that the server itself limits: a file that says it is larger than the limit is refused
 * before a byte of it is read, and one that turns out larger is refused as soon as the limit is passed, without reading
 * the rest. The browser's own limit ({@code Upload.setMaxFileSize}) is only a courtesy: anyone can post to the upload
 * address without it. The refusal is said in plain words, on the page and in the upload's answer.
 */
public final class LimitedUpload implements UploadHandler {

    /** What to do with a file that was within the limit; run with the page's lock held. */
    @FunctionalInterface
    public interface Received extends Serializable {
        void accept(String fileName, byte[] bytes);
    }

    private final long most;
    private final Received received;
    private final SerializableConsumer<String> refused;

    private LimitedUpload(long most, Received received, SerializableConsumer<String> refused) {
        this.most = most;
        this.received = received;
        this.refused = refused;
    }

    /**
     * @param most the most bytes a file may have
     * @param received given the file's name and bytes when it is within the limit
     * @param refused given the plain sentence saying why a file was refused (to show it on the page)
     */
    public static LimitedUpload inMemory(long most, Received received, SerializableConsumer<String> refused) {
        return new LimitedUpload(most, received, refused);
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        var ui = event.getUI();
        byte[] bytes = null;
        if (event.getFileSize() <= most) { // -1 when the browser did not say: then read up to the limit and see
            try (InputStream in = event.getInputStream()) {
                bytes = readAtMost(in, most);
            }
        }
        if (bytes == null) {
            String why = ui.getTranslation("upload.tooBig", inWords(most));
            event.reject(why);
            ui.access(() -> refused.accept(why));
            return;
        }
        byte[] file = bytes;
        String name = event.getFileName();
        ui.access(() -> received.accept(name, file));
    }

    /** The whole stream when it has at most {@code most} bytes; null, having read only {@code most + 1}, when not. */
    static byte @Nullable [] readAtMost(InputStream in, long most) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, most + 1));
        return bytes.length > most ? null : bytes;
    }

    /** 2097152 as "2 MB", 50000000 as "50 MB". */
    static String inWords(long bytes) {
        long mebibytes = Math.round(bytes / (1024.0 * 1024.0));
        long megabytes = Math.round(bytes / 1_000_000.0);
        return (bytes % (1024 * 1024) == 0 ? mebibytes : megabytes) + " MB";
    }
}
