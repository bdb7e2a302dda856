package org.policylab.configurator.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
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
 * The passport as Markdown (CommonMark with GitHub tables) for wikis and e-mail. Every text is
 * escaped so that it shows literally: Markdown punctuation gets a backslash, {@code < > &} become
 * entities (no raw HTML reaches the reader's renderer), and {@code |} cannot break a table.
 */
final class MarkdownPassportWriter implements PassportWriter {

    @Override
    public ExportFormat format() {
        return ExportFormat.MD;
    }

    @Override
    public void write(PassportDocument doc, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write(render(PassportContent.of(doc)));
        w.flush();
    }

    static String render(PassportContent c) {
        DocumentText t = DocumentText.of(c.language());
        StringBuilder md = new StringBuilder();
        md.append("# ").append(inline(c.title())).append("\n\n");
        md.append("**").append(inline(c.documentLabel())).append("**\n\n");
        for (Field f : c.cover()) {
            md.append("- ").append(inline(f.label())).append(": ").append(inline(String.join("; ", f.lines()))).append('\n');
        }
        md.append("\n## ").append(inline(t.get("doc.contents"))).append("\n\n");
        for (Heading h : c.headings()) {
            md.append(h.level() == 1 ? "- " : "  - ").append(inline(h.numbered())).append('\n');
        }
        md.append('\n');
        for (Block b : c.blocks()) {
            block(md, b, t);
        }
        return md.toString();
    }

    private static void block(StringBuilder md, Block b, DocumentText t) {
        if (b instanceof Heading h) {
            String hashes = "#".repeat(Math.min(4, h.level() + 1));
            md.append(hashes).append(' ').append(inline(h.level() <= 2 ? h.numbered() : h.text())).append("\n\n");
        } else if (b instanceof Paragraph p) {
            String text = inline(p.text()).replace("\n", "  \n");
            md.append(p.note() ? "_" + text + "_" : text).append("\n\n");
        } else if (b instanceof Fields f) {
            md.append("| | |\n|---|---|\n");
            for (Field field : f.fields()) {
                md.append("| **").append(cell(field.label())).append("** | ")
                        .append(field.lines().stream().map(MarkdownPassportWriter::cell).collect(Collectors.joining("<br>")))
                        .append(" |\n");
            }
            md.append('\n');
        } else if (b instanceof Table tb) {
            table(md, tb);
        } else if (b instanceof Items it) {
            for (int i = 0; i < it.items().size(); i++) {
                md.append(it.numbered() ? (i + 1) + ". " : "- ").append(inline(it.items().get(i)).replace("\n", "  \n   "))
                        .append('\n');
            }
            md.append('\n');
        } else if (b instanceof Charts ch) {
            for (Chart c : ch.charts()) {
                md.append("- **").append(inline(c.title())).append("**");
                if (c.unit() != null && !c.unit().isEmpty()) {
                    md.append(", ").append(inline(c.unit()));
                }
                md.append(": ");
                md.append(c.bars().stream().map(bar -> bar(bar, t)).collect(Collectors.joining(" → ")));
                md.append('\n');
            }
            md.append('\n');
        } else if (b instanceof Flow fl) {
            md.append('|');
            fl.columns().forEach(col -> md.append(' ').append(cell(col.title())).append(" |"));
            md.append("\n|");
            fl.columns().forEach(col -> md.append("---|"));
            md.append("\n|");
            fl.columns().forEach(col -> md.append(' ')
                    .append(col.items().stream().map(MarkdownPassportWriter::cell).collect(Collectors.joining("<br>")))
                    .append(" |"));
            md.append("\n\n");
            md.append(fl.columns().stream().map(col -> "**" + inline(col.title()) + "**").collect(Collectors.joining(" → ")))
                    .append("\n\n");
        }
    }

    private static String bar(Bar b, DocumentText t) {
        return b.year() + ": " + inline(b.value()) + (b.baseline() ? " (" + inline(t.get("chart.baseline")) + ")" : "");
    }

    private static void table(StringBuilder md, Table tb) {
        if (tb.caption() != null && !tb.caption().isBlank()) {
            md.append('_').append(inline(tb.caption())).append("_\n\n");
        }
        md.append('|');
        for (String h : tb.headers()) {
            md.append(' ').append(cell(h)).append(" |");
        }
        md.append("\n|");
        for (int i = 0; i < tb.headers().size(); i++) {
            boolean num = i < tb.numeric().size() && tb.numeric().get(i);
            md.append(num ? "---:|" : "---|");
        }
        md.append('\n');
        for (int r = 0; r < tb.rows().size(); r++) {
            boolean total = tb.totalRow() && r == tb.rows().size() - 1;
            md.append('|');
            for (String v : tb.rows().get(r)) {
                String text = cell(v);
                md.append(' ').append(total && !text.isEmpty() ? "**" + text + "**" : text).append(" |");
            }
            md.append('\n');
        }
        md.append('\n');
    }

    /** Text inside a table cell: escaped, on one line (line breaks become {@code <br>}). */
    static String cell(String s) {
        return inline(s).replace("\n", "<br>");
    }

    /**
     * Escapes text so Markdown renders it literally: HTML's {@code & < >} as entities, Markdown's
     * punctuation with a backslash, and line starts that would make lists or headings.
     */
    static String inline(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '\\', '`', '*', '_', '[', ']', '#', '+', '-', '.', '!', '|', '~', '=' -> {
                    if (needsEscape(s, i, ch)) {
                        b.append('\\');
                    }
                    b.append(ch);
                }
                case '\r' -> {
                }
                default -> b.append(ch);
            }
        }
        return b.toString();
    }

    /** Only escape what can be markup: keeps "2027–2030", "1.5" and "e-mail" readable in the plain file. */
    private static boolean needsEscape(String s, int i, char ch) {
        return switch (ch) {
            case '-', '+', '=' -> atLineStartish(s, i);
            case '.' -> atLineStartish(s, i) && (i + 1 >= s.length() || Character.isWhitespace(s.charAt(i + 1)));
            case '!' -> i + 1 < s.length() && s.charAt(i + 1) == '[';
            default -> true;
        };
    }

    /** True when only digits and spaces precede the character on its line ("1. ", "- ", "# "). */
    private static boolean atLineStartish(String s, int i) {
        for (int j = i - 1; j >= 0; j--) {
            char c = s.charAt(j);
            if (c == '\n') {
                return true;
            }
            if (!Character.isDigit(c) && c != ' ') {
                return false;
            }
        }
        return true;
    }
}
