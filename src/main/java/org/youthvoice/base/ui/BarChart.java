package org.youthvoice.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A horizontal bar chart (Chart.js in a small Lit component), with its data built on the server. It is a picture
 * only: always put a table of the same figures next to it, which is what screen readers read. Suppressed counts are
 * passed as null and drawn as gaps, never as a number.
 */
@Tag("yv-bar-chart")
@NpmPackage(value = "chart.js", version = "4.6.1")
@JsModule("./components/yv-bar-chart.ts")
public class BarChart extends Component {

    /** One series: its name and a value per label, null where nothing may be shown. */
    public record Series(String name, List<@Nullable Double> values) {
    }

    public BarChart(List<String> labels, List<Series> series, String unit) {
        var factory = JsonNodeFactory.instance;
        ArrayNode labelArray = factory.arrayNode();
        labels.forEach(labelArray::add);
        ArrayNode seriesArray = factory.arrayNode();
        for (Series s : series) {
            ObjectNode node = factory.objectNode();
            node.put("name", s.name());
            ArrayNode values = node.putArray("values");
            s.values().forEach(v -> {
                if (v == null) {
                    values.addNull();
                } else {
                    values.add(v);
                }
            });
            seriesArray.add(node);
        }
        getElement().setPropertyJson("labels", labelArray);
        getElement().setPropertyJson("series", seriesArray);
        getElement().setProperty("unit", unit);
    }
}
