package org.youthvoice.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.Map;

/**
 * What every staff list must do on an officer's 1366 px screen: show a cell's words whole (wrapped, never cut), and
 * never scroll sideways, neither the page nor a list.
 */
final class ListChecks {

    private ListChecks() {
    }

    /** The visible cell holding exactly these words shows all of them, inside its list's visible width. */
    static void assertWholeTextShown(Page page, String text) {
        Locator cell = page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(text))
                .filter(new Locator.FilterOptions().setVisible(true)).first();
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(cell).isVisible();
        cell.scrollIntoViewIfNeeded();
        @SuppressWarnings("unchecked")
        var m = (Map<String, Object>) cell.evaluate("""
                el => {
                  const slot = el.assignedSlot;
                  const td = slot ? slot.closest('td, th') || slot.parentElement : el.parentElement;
                  const grid = el.closest('vaadin-grid');
                  const table = grid.shadowRoot.querySelector('#table');
                  const r = el.getBoundingClientRect(), c = td.getBoundingClientRect(), g = table.getBoundingClientRect();
                  return {
                    text: el.textContent,
                    scrollWidth: el.scrollWidth, clientWidth: el.clientWidth,
                    scrollHeight: el.scrollHeight, clientHeight: el.clientHeight,
                    cellScrollWidth: td.scrollWidth, cellClientWidth: td.clientWidth,
                    cellScrollHeight: td.scrollHeight, cellClientHeight: td.clientHeight,
                    insideCell: r.left >= c.left - 1 && r.right <= c.right + 1 && r.bottom <= c.bottom + 1,
                    insideList: c.left >= g.left - 1 && c.right <= g.right + 1
                  };
                }""");
        String where = "the cell with \"" + abbreviate(text) + "\" on " + page.url() + ": " + m;
        assertThat((String) m.get("text")).as(where).contains(text);
        assertThat(number(m, "scrollWidth")).as(where).isLessThanOrEqualTo(number(m, "clientWidth"));
        assertThat(number(m, "scrollHeight")).as(where).isLessThanOrEqualTo(number(m, "clientHeight") + 1);
        assertThat(number(m, "cellScrollWidth")).as(where).isLessThanOrEqualTo(number(m, "cellClientWidth"));
        assertThat(number(m, "cellScrollHeight")).as(where).isLessThanOrEqualTo(number(m, "cellClientHeight") + 1);
        assertThat(m.get("insideCell")).as(where).isEqualTo(true);
        assertThat(m.get("insideList")).as(where).isEqualTo(true);
    }

    /** Neither the page nor any list on it scrolls sideways. */
    static void assertNoSidewaysScroll(Page page) {
        @SuppressWarnings("unchecked")
        var m = (Map<String, Object>) page.evaluate("""
                () => {
                  const d = document.documentElement;
                  const lists = [...document.querySelectorAll('vaadin-grid')].filter(g => g.offsetParent !== null)
                      .map(g => {
                        const t = g.shadowRoot.querySelector('#table');
                        return (g.getAttribute('aria-label') || '?') + ' ' + t.scrollWidth + '/' + t.clientWidth
                            + (t.scrollWidth > t.clientWidth ? ' TOO WIDE' : '');
                      });
                  const content = document.querySelector('.staff-page');
                  // anything on the page that reaches past the window's right edge (a list's own cells are checked
                  // by its scroll width above: rows it keeps out of sight may lie anywhere)
                  const right = Math.max(0, ...[...document.querySelectorAll('.staff-page *')]
                      .filter(e => e.offsetParent !== null && !e.closest('vaadin-grid'))
                      .map(e => Math.floor(e.getBoundingClientRect().right)));
                  const layout = document.querySelector('vaadin-app-layout');
                  return { menuOpen: !layout || layout.hasAttribute('drawer-opened'),
                    page: d.scrollWidth, viewport: d.clientWidth, lists: lists.join('; '),
                    contentScroll: content ? content.scrollWidth : 0, contentClient: content ? content.clientWidth : 0,
                    right: right };
                }""");
        String where = "sideways scroll on " + page.url() + ": " + m;
        assertThat(m.get("menuOpen")).as("the side menu is open, as it is by default: " + where).isEqualTo(true);
        assertThat(number(m, "page")).as(where).isLessThanOrEqualTo(number(m, "viewport"));
        assertThat(number(m, "contentScroll")).as(where).isLessThanOrEqualTo(number(m, "contentClient"));
        assertThat(number(m, "right")).as(where).isLessThanOrEqualTo(number(m, "viewport"));
        assertThat((String) m.get("lists")).as(where).doesNotContain("TOO WIDE");
    }

    private static int number(Map<String, Object> m, String key) {
        return ((Number) m.get(key)).intValue();
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }
}
