package org.youthvoice.base.ui;

import com.vaadin.flow.component.Svg;

/**
 * Five faces from really sad to really happy, drawn as SVG so they look the same on every phone (emoji differ, and
 * cheap or old phones may lack them). Decorative: the word next to each face is what screen readers say.
 */
public final class Faces {

    // Mouth shape from a deep frown (1) to a wide smile (5): the control point of a curve from (30,68) to (70,68).
    private static final int[] MOUTH_CURVE = {48, 58, 68, 80, 90};

    private Faces() {
    }

    /** @param value 1 (really bad) to 5 (really good) */
    public static Svg face(int value) {
        var svg = new Svg(markup(value));
        svg.addClassName("face");
        return svg;
    }

    /** The face as SVG markup, for server-rendered pages. */
    public static String markup(int value) {
        if (value < 1 || value > 5) {
            throw new IllegalArgumentException("A face is 1 to 5, not " + value);
        }
        String mouth = "M30 68 Q50 " + MOUTH_CURVE[value - 1] + " 70 68";
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 100 100\" width=\"40\" height=\"40\""
                + " aria-hidden=\"true\" focusable=\"false\">"
                + "<circle cx=\"50\" cy=\"50\" r=\"46\" fill=\"#ffd54f\" stroke=\"#5d4037\" stroke-width=\"4\"/>"
                + "<circle cx=\"35\" cy=\"40\" r=\"6\" fill=\"#3e2723\"/><circle cx=\"65\" cy=\"40\" r=\"6\" fill=\"#3e2723\"/>"
                + "<path d=\"" + mouth + "\" fill=\"none\" stroke=\"#3e2723\" stroke-width=\"6\" stroke-linecap=\"round\"/>"
                + "</svg>";
    }
}
