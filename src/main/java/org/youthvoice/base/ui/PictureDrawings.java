package org.youthvoice.base.ui;

import com.vaadin.flow.component.Svg;
import java.util.Map;
import org.youthvoice.base.Pictures;

/**
 * The pictures of survey questions and options and ballot options ({@link Pictures#NAMES}) as small line drawings,
 * drawn as SVG on the server: a few hundred bytes each, the same on every phone, and no icon font to download.
 * Decorative: the words beside a picture are what screen readers read.
 */
public final class PictureDrawings {

    private static final String HEAD = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 48 48\" width=\"64\" "
            + "height=\"64\" aria-hidden=\"true\" focusable=\"false\" fill=\"none\" stroke=\"#1f3b73\" "
            + "stroke-width=\"3\" stroke-linecap=\"round\" stroke-linejoin=\"round\">";
    private static final String PERSON = "<circle cx=\"%d\" cy=\"%d\" r=\"%d\"/><path d=\"M%d %d q%d -%d %d 0\"/>";

    private static final Map<String, String> DRAWINGS = Map.ofEntries(
            Map.entry("home", "<path d=\"M6 24 L24 8 L42 24\"/><path d=\"M11 20 V40 H37 V20\"/><path d=\"M20 40 V29 H28 V40\"/>"),
            Map.entry("school", "<path d=\"M8 40 V18 L24 8 L40 18 V40 Z\"/><path d=\"M20 40 V30 H28 V40\"/><circle cx=\"24\" cy=\"20\" r=\"4\"/>"),
            Map.entry("family", person(14, 14, 5, 6, 40, 16) + person(34, 14, 5, 26, 40, 16) + person(24, 26, 4, 17, 42, 14)),
            Map.entry("friends", person(16, 16, 6, 6, 40, 20) + person(32, 16, 6, 22, 40, 20)),
            Map.entry("health", "<path d=\"M19 8 H29 V19 H40 V29 H29 V40 H19 V29 H8 V19 H19 Z\"/>"),
            Map.entry("food", "<path d=\"M24 14 C10 8 6 22 10 32 C13 40 20 42 24 39 C28 42 35 40 38 32 C42 22 38 8 24 14 Z\"/><path d=\"M24 14 C24 10 26 7 29 5\"/>"),
            Map.entry("money", "<circle cx=\"24\" cy=\"24\" r=\"17\"/><path d=\"M29 16 C25 13 20 15 20 20 V32 M16 25 H26 M17 32 H31\"/>"),
            Map.entry("phone", "<rect x=\"14\" y=\"5\" width=\"20\" height=\"38\" rx=\"3\"/><path d=\"M21 37 H27\"/>"),
            Map.entry("sport", "<circle cx=\"24\" cy=\"24\" r=\"17\"/><path d=\"M24 17 L30 21 L28 28 H20 L18 21 Z\"/><path d=\"M24 7 V17 M41 21 L30 21 M35 37 L28 28 M13 37 L20 28 M7 21 L18 21\"/>"),
            Map.entry("music", "<path d=\"M18 36 V10 L38 6 V32\"/><circle cx=\"13\" cy=\"36\" r=\"5\"/><circle cx=\"33\" cy=\"32\" r=\"5\"/>"),
            Map.entry("games", "<path d=\"M10 16 H38 C43 16 45 34 41 36 C37 38 33 30 30 30 H18 C15 30 11 38 7 36 C3 34 5 16 10 16 Z\"/><path d=\"M15 21 V27 M12 24 H18\"/><circle cx=\"32\" cy=\"22\" r=\"1.5\"/><circle cx=\"36\" cy=\"26\" r=\"1.5\"/>"),
            Map.entry("heart", "<path d=\"M24 40 C8 29 5 20 9 14 C13 8 21 9 24 15 C27 9 35 8 39 14 C43 20 40 29 24 40 Z\"/>"),
            Map.entry("star", "<path d=\"M24 6 L29 18 L42 19 L32 28 L35 41 L24 34 L13 41 L16 28 L6 19 L19 18 Z\"/>"),
            Map.entry("sun", "<circle cx=\"24\" cy=\"24\" r=\"8\"/><path d=\"M24 4 V10 M24 38 V44 M4 24 H10 M38 24 H44 M10 10 L14 14 M34 34 L38 38 M10 38 L14 34 M34 14 L38 10\"/>"),
            Map.entry("book", "<path d=\"M24 12 C19 8 12 8 6 10 V38 C12 36 19 36 24 40 C29 36 36 36 42 38 V10 C36 8 29 8 24 12 Z\"/><path d=\"M24 12 V40\"/>"),
            Map.entry("bed", "<path d=\"M5 36 V12 M5 28 H43 V36 M5 22 H17 V28\"/><path d=\"M19 28 V20 H37 C40 20 43 23 43 28\"/>"),
            Map.entry("bus", "<rect x=\"9\" y=\"6\" width=\"30\" height=\"32\" rx=\"4\"/><path d=\"M9 24 H39 M14 12 H34\"/><circle cx=\"16\" cy=\"31\" r=\"2\"/><circle cx=\"32\" cy=\"31\" r=\"2\"/><path d=\"M14 38 V42 M34 38 V42\"/>"),
            Map.entry("tree", "<path d=\"M24 6 C14 6 9 14 12 22 C7 28 12 36 20 34 H28 C36 36 41 28 36 22 C39 14 34 6 24 6 Z\"/><path d=\"M24 24 V43 M24 32 L18 27 M24 30 L30 26\"/>"),
            Map.entry("smile", "<circle cx=\"24\" cy=\"24\" r=\"18\"/><circle cx=\"18\" cy=\"20\" r=\"1.5\"/><circle cx=\"30\" cy=\"20\" r=\"1.5\"/><path d=\"M16 28 Q24 36 32 28\"/>"),
            Map.entry("worker", person(24, 14, 7, 10, 42, 28) + "<path d=\"M20 32 H28 V38 H20 Z\"/>"),
            Map.entry("safe", "<path d=\"M24 5 L40 11 V22 C40 32 33 39 24 43 C15 39 8 32 8 22 V11 Z\"/><path d=\"M17 24 L22 29 L31 19\"/>"),
            Map.entry("talk", "<path d=\"M8 10 H40 V32 H22 L13 40 V32 H8 Z\"/><path d=\"M15 18 H33 M15 24 H27\"/>"));

    static {
        if (!DRAWINGS.keySet().containsAll(Pictures.NAMES)) {
            throw new IllegalStateException("Every picture needs a drawing");
        }
    }

    private PictureDrawings() {
    }

    /** The drawing, with the class {@code survey-picture} that sizes it (smaller beside an option's words). */
    public static Svg of(String name) {
        var svg = new Svg(markup(name));
        svg.addClassName("survey-picture");
        return svg;
    }

    /** The drawing as SVG markup, for server-rendered pages; an unknown name draws a star. */
    public static String markup(String name) {
        return HEAD + DRAWINGS.getOrDefault(name, DRAWINGS.get("star")) + "</svg>";
    }

    private static String person(int x, int y, int r, int left, int bottom, int width) {
        return String.format(PERSON, x, y, r, left, bottom, width / 2, width / 2 + 6, width);
    }
}
