package org.policylab.configurator.export;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.policylab.configurator.export.PassportContent.Bar;
import org.policylab.configurator.export.PassportContent.Block;
import org.policylab.configurator.export.PassportContent.Chart;
import org.policylab.configurator.export.PassportContent.Charts;
import org.policylab.configurator.export.PassportContent.Field;
import org.policylab.configurator.export.PassportContent.Fields;
import org.policylab.configurator.export.PassportContent.Flow;
import org.policylab.configurator.export.PassportContent.Heading;
import org.policylab.configurator.export.PassportContent.Items;
import org.policylab.configurator.export.PassportContent.Paragraph;
import org.policylab.configurator.export.PassportContent.Table;

/**
 * Renders a passport's content to XHTML with {@code templates/passport/passport.html.mustache} and
 * {@code passport.css}. Mustache escapes every value, so user text can never become markup.
 */
final class HtmlPassportRenderer {
    static final String TEMPLATE = "templates/passport/passport.html.mustache";
    static final String CSS = "templates/passport/passport.css";
    /** The tallest chart bar, in CSS pixels (the bars' cell is 26 mm ≈ 98 px high, minus the value label). */
    static final int BAR_MAX_PX = 80;

    private static volatile Template template;
    private static volatile String css;

    private HtmlPassportRenderer() {
    }

    static String render(PassportContent c) {
        return template().execute(context(c));
    }

    private static Template template() {
        if (template == null) {
            synchronized (HtmlPassportRenderer.class) {
                if (template == null) {
                    css = resource(CSS);
                    template = Mustache.compiler().escapeHTML(true).defaultValue("").compile(resource(TEMPLATE));
                }
            }
        }
        return template;
    }

    static String resource(String path) {
        try (InputStream in = HtmlPassportRenderer.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Object> context(PassportContent c) {
        DocumentText t = DocumentText.of(c.language());
        Map<String, Object> ctx = new HashMap<>();
        ctx.put("lang", c.language().id());
        ctx.put("title", c.title());
        String running = c.title().replace('\n', ' ');
        // the footer box holds about 64 Kazakh capitals-and-letters at 7 pt: a longer title is cut with "…" rather
        // than clipped mid-letter by the box
        ctx.put("runningTitle", running.length() > RUNNING_TITLE_MAX
                ? running.substring(0, RUNNING_TITLE_MAX - 1).strip() + "…" : running);
        ctx.put("documentLabel", c.documentLabel());
        ctx.put("author", c.cover().isEmpty() ? "" : c.cover().get(0).value());
        ctx.put("css", css);
        ctx.put("cssPage", cssString(t.get("doc.page")));
        ctx.put("cssOf", cssString(t.get("doc.of")));
        ctx.put("L", Map.of("contents", t.get("doc.contents")));
        ctx.put("cover", c.cover().stream().map(HtmlPassportRenderer::field).toList());

        List<Map<String, Object>> toc = new ArrayList<>();
        Map<String, Object> current = null;
        for (Heading h : c.headings()) {
            Map<String, Object> e = new HashMap<>();
            e.put("id", h.id());
            e.put("numbered", h.numbered());
            if (h.level() == 1) {
                e.put("children", new ArrayList<Map<String, Object>>());
                toc.add(e);
                current = e;
            } else if (current != null) {
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> kids = (List<Map<String, Object>>) current.get("children");
                kids.add(e);
            }
        }
        ctx.put("toc", toc);

        // a heading never ends a page alone: it is kept on one page with what follows it — the whole block when
        // the block is short (a results chain, a short table), else the block's start (the first row of charts)
        List<Map<String, Object>> blocks = new ArrayList<>();
        boolean open = false;
        for (Block b : c.blocks()) {
            Map<String, Object> m = block(b, t);
            if (b instanceof Heading) {
                if (!open) {
                    m.put("keepOpen", true);
                    open = true;
                }
            } else if (open && b instanceof Paragraph && !(next(c.blocks(), b) instanceof Heading)) {
                // an introductory sentence stays in the group with the block it introduces (the results chain)
                blocks.add(m);
                continue;
            } else if (open) {
                if (b instanceof Charts) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> charts = (Map<String, Object>) m.get("charts");
                    @SuppressWarnings("unchecked")
                    List<Map<String, Object>> pairs = (List<Map<String, Object>>) charts.get("pairs");
                    if (pairs.isEmpty()) {
                        charts.put("closeKeepAfterLegend", true);
                    } else {
                        pairs.get(0).put("closeKeep", true);
                    }
                } else {
                    m.put(keepsWhole(b) ? "keepCloseAfter" : "keepCloseBefore", true);
                }
                open = false;
            }
            blocks.add(m);
        }
        if (open && !blocks.isEmpty()) {
            blocks.get(blocks.size() - 1).put("keepCloseAfter", true);
        }
        ctx.put("blocks", keepNumbersTogether(blocks));
        return ctx;
    }

    static final int RUNNING_TITLE_MAX = 64;

    /** "5 000" typed with a plain space in the planner's text: the groups of a number never split over two lines. */
    private static final java.util.regex.Pattern DIGIT_GROUP = java.util.regex.Pattern.compile("(?<=\\d) (?=\\d{3}(?!\\d))");

    static String keepNumberTogether(String s) {
        return s.indexOf(' ') < 0 ? s : DIGIT_GROUP.matcher(s).replaceAll("\u00a0");
    }

    /** Every text of the blocks with its numbers' digit groups joined by no-break spaces. */
    @SuppressWarnings("unchecked")
    private static <T> T keepNumbersTogether(T value) {
        if (value instanceof String s) {
            return (T) keepNumberTogether(s);
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            list.forEach(x -> out.add(keepNumbersTogether(x)));
            return (T) out;
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> out = new HashMap<>();
            map.forEach((k, v) -> out.put(k, keepNumbersTogether(v)));
            return (T) out;
        }
        return value;
    }

    private static Map<String, Object> block(Block b, DocumentText t) {
        Map<String, Object> m = new HashMap<>();
        if (b instanceof Heading h) {
            m.put("h" + h.level(), Map.of("id", h.id() == null ? "" : h.id(), "number", h.number(), "text", h.text(),
                    "numbered", h.numbered()));
        } else if (b instanceof Paragraph p) {
            List<Map<String, Object>> lines = new ArrayList<>();
            String[] parts = p.text().split("\n", -1);
            for (int i = 0; i < parts.length; i++) {
                lines.add(Map.of("text", parts[i], "br", i > 0));
            }
            m.put("p", Map.of("cls", p.note() ? "note" : "", "lines", lines));
        } else if (b instanceof Fields f) {
            m.put("fields", Map.of("rows", f.fields().stream().map(HtmlPassportRenderer::field).toList()));
        } else if (b instanceof Table tb) {
            m.put("table", table(tb));
        } else if (b instanceof Items it) {
            m.put("items", Map.of("numbered", it.numbered(), "list", it.items()));
        } else if (b instanceof Charts ch) {
            m.put("charts", charts(ch, t));
        } else if (b instanceof Flow fl) {
            List<Map<String, Object>> cols = new ArrayList<>();
            for (int i = 0; i < fl.columns().size(); i++) {
                var col = fl.columns().get(i);
                cols.add(Map.of("title", col.title(), "items", col.items(), "arrow", i > 0, "index", i));
            }
            m.put("flow", Map.of("columns", cols));
        }
        return m;
    }

    private static Block next(List<Block> all, Block b) {
        int i = all.indexOf(b);
        return i >= 0 && i + 1 < all.size() ? all.get(i + 1) : null;
    }

    /** Whether a block is short enough to go to the next page whole with its heading rather than start alone. */
    static boolean keepsWhole(Block b) {
        if (b instanceof Flow || b instanceof Paragraph) {
            return true;
        }
        if (b instanceof Fields f) {
            return f.fields().size() <= 8;
        }
        if (b instanceof Table tb) {
            return tb.rows().size() <= 8;
        }
        if (b instanceof Items it) {
            return it.items().size() <= 10;
        }
        return false;
    }

    private static Map<String, Object> field(Field f) {
        return Map.of("label", f.label(), "lines", f.lines());
    }

    private static Map<String, Object> table(Table tb) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("caption", tb.caption() == null ? "" : tb.caption());
        m.put("style", tb.style());
        List<Map<String, Object>> headers = new ArrayList<>();
        for (int i = 0; i < tb.headers().size(); i++) {
            headers.add(Map.of("text", tb.headers().get(i), "cls", cellClass(tb, i)));
        }
        m.put("headers", headers);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int r = 0; r < tb.rows().size(); r++) {
            List<String> row = tb.rows().get(r);
            List<Map<String, Object>> cells = new ArrayList<>();
            for (int i = 0; i < row.size(); i++) {
                cells.add(Map.of("text", row.get(i), "cls", cellClass(tb, i)));
            }
            boolean total = tb.totalRow() && r == tb.rows().size() - 1;
            rows.add(Map.of("cells", cells, "cls", total ? "total" : ""));
        }
        m.put("rows", rows);
        return m;
    }

    private static String cellClass(Table tb, int col) {
        boolean numeric = col < tb.numeric().size() && tb.numeric().get(col);
        if (col == 0 && !tb.headers().isEmpty() && tb.headers().get(0).matches("№|No\\.")) {
            return "no";
        }
        return numeric ? "num" : "";
    }

    private static Map<String, Object> charts(Charts ch, DocumentText t) {
        List<Map<String, Object>> pairs = new ArrayList<>();
        List<Chart> all = ch.charts();
        for (int i = 0; i < all.size(); i += 2) {
            List<Map<String, Object>> cells = new ArrayList<>();
            for (int j = i; j < Math.min(i + 2, all.size()); j++) {
                Chart c = all.get(j);
                List<Map<String, Object>> bars = new ArrayList<>();
                for (Bar b : c.bars()) {
                    int h = (int) Math.round(Math.max(0, Math.min(1, b.fraction())) * BAR_MAX_PX);
                    bars.add(Map.of("year", b.year(), "value", b.value(), "height", Math.max(1, h),
                            "cls", b.baseline() ? "base" : "target"));
                }
                cells.add(Map.of("title", c.title(), "unit", c.unit() == null ? "" : c.unit(), "bars", bars));
            }
            pairs.add(new HashMap<>(Map.of("cells", cells, "filler", cells.size() < 2, "closeKeep", false)));
        }
        Map<String, Object> m = new HashMap<>(Map.of("pairs", pairs, "baselineLabel", t.get("chart.baseline"),
                "targetLabel", t.get("chart.target"), "closeKeepAfterLegend", false));
        return m;
    }

    /** Text for inside a CSS string literal (our own labels; escaped anyway). */
    static String cssString(String s) {
        StringBuilder b = new StringBuilder();
        for (char ch : s.toCharArray()) {
            if (ch == '"' || ch == '\\' || ch < 0x20) {
                b.append('\\').append(Integer.toHexString(ch)).append(' ');
            } else {
                b.append(ch);
            }
        }
        return b.toString();
    }
}
