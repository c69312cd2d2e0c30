package org.youthvoice.insight.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.Supplier;
import org.youthvoice.base.ShownCount;

/** Small pieces the evidence views share: a count as it may be shown, and the link that downloads a pack. */
final class Counts {

    private Counts() {
    }

    static String shown(Component view, ShownCount count) {
        return count.suppressed() ? view.getTranslation("count.fewerThan", count.threshold())
                : String.valueOf(count.value());
    }

    /** The PDF is made (and the export logged) only when the link is followed. */
    static Anchor packLink(Component view, String fileName, Supplier<byte[]> pack, String words) {
        var link = new Anchor(DownloadHandler.fromInputStream(e -> {
            byte[] pdf = pack.get();
            return new DownloadResponse(new ByteArrayInputStream(pdf), fileName, "application/pdf", pdf.length);
        }), words);
        link.setDownload(true);
        link.addClassName("evidence-pack");
        return link;
    }
}
