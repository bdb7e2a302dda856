package org.policylab.configurator.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTString;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.policylab.configurator.export.PassportContent.Bar;
import org.policylab.configurator.export.PassportContent.Block;
import org.policylab.configurator.export.PassportContent.Chart;
import org.policylab.configurator.export.PassportContent.Charts;
import org.policylab.configurator.export.PassportContent.Field;
import org.policylab.configurator.export.PassportContent.Fields;
import org.policylab.configurator.export.PassportContent.Flow;
import org.policylab.configurator.export.PassportContent.FlowColumn;
import org.policylab.configurator.export.PassportContent.Heading;
import org.policylab.configurator.export.PassportContent.Items;
import org.policylab.configurator.export.PassportContent.Paragraph;
import org.policylab.configurator.export.PassportContent.Table;

/**
 * The passport as a Word document: real Heading 1–3 styles (Word's navigation pane and table of
 * contents see them), tables with repeated header rows, "Page N of M" fields in the footer, A4,
 * DejaVu Sans with the usual fallbacks of the reader's machine.
 */
final class DocxPassportWriter implements PassportWriter {
    static final String FONT = "DejaVu Sans";
    private static final String NAVY = "1F3B63";
    private static final String LIGHT = "EEF1F6";

    @Override
    public ExportFormat format() {
        return ExportFormat.DOCX;
    }

    @Override
    public void write(PassportDocument doc, OutputStream out) throws IOException {
        PassportContent c = PassportContent.of(doc);
        DocumentText t = DocumentText.of(c.language());
        try (XWPFDocument d = new XWPFDocument()) {
            d.getProperties().getCoreProperties().setTitle(c.title());
            d.getProperties().getCoreProperties().setSubjectProperty(c.documentLabel());
            d.getProperties().getCoreProperties().setCreator("Policy Configurator");
            styles(d, c.language().locale());
            page(d);
            footer(d, t);
            cover(d, c);
            for (Block b : c.blocks()) {
                block(d, b);
            }
            // POI logs and drops an I/O error of the stream it zips into ("failed to be saved ... with
            // marshaller"): build the file in memory, so a full disk is reported in its own words
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            d.write(bytes);
            bytes.writeTo(out);
        }
    }

    // ---- styles and page

    private static void styles(XWPFDocument d, Locale locale) {
        XWPFStyles styles = d.createStyles();
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        fonts.setEastAsia(FONT);
        styles.setDefaultFonts(fonts);
        styles.setSpellingLanguage(locale.toLanguageTag());
        styles.addStyle(paragraphStyle(styles, "Normal", "Normal", null, -1, 18, false, null, 0, 80));
        styles.addStyle(paragraphStyle(styles, "Title", "Title", "Normal", -1, 34, true, NAVY, 240, 240));
        styles.addStyle(paragraphStyle(styles, "Heading1", "heading 1", "Normal", 0, 26, true, NAVY, 360, 120));
        styles.addStyle(paragraphStyle(styles, "Heading2", "heading 2", "Normal", 1, 21, true, NAVY, 240, 80));
        styles.addStyle(paragraphStyle(styles, "Heading3", "heading 3", "Normal", 2, 19, true, null, 160, 60));
    }

    private static XWPFStyle paragraphStyle(XWPFStyles styles, String id, String name, String basedOn, int outline,
                                            int halfPoints, boolean bold, String color, int before, int after) {
        CTStyle s = CTStyle.Factory.newInstance();
        s.setStyleId(id);
        s.setType(STStyleType.PARAGRAPH);
        CTString n = s.addNewName();
        n.setVal(name);
        if ("Normal".equals(id)) {
            s.setDefault(true);
        }
        if (basedOn != null) {
            s.addNewBasedOn().setVal(basedOn);
            s.addNewNext().setVal("Normal");
        }
        if (outline >= 0) {
            s.addNewUiPriority().setVal(BigInteger.valueOf(9));
            s.addNewQFormat();
        }
        CTPPrGeneral ppr = s.addNewPPr();
        ppr.addNewSpacing().setBefore(BigInteger.valueOf(before));
        ppr.getSpacing().setAfter(BigInteger.valueOf(after));
        if (outline >= 0) {
            ppr.addNewKeepNext();
            ppr.addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
        }
        CTRPr rpr = s.addNewRPr();
        CTFonts f = rpr.addNewRFonts();
        f.setAscii(FONT);
        f.setHAnsi(FONT);
        f.setCs(FONT);
        f.setEastAsia(FONT);
        if (bold) {
            rpr.addNewB();
        }
        if (color != null) {
            rpr.addNewColor().setVal(color);
        }
        rpr.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        rpr.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
        return new XWPFStyle(s, styles);
    }

    private static void page(XWPFDocument d) {
        CTSectPr sect = d.getDocument().getBody().isSetSectPr() ? d.getDocument().getBody().getSectPr()
                : d.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(1134));
        mar.setBottom(BigInteger.valueOf(1247));
        mar.setLeft(BigInteger.valueOf(1418));
        mar.setRight(BigInteger.valueOf(850));
        mar.setHeader(BigInteger.valueOf(567));
        mar.setFooter(BigInteger.valueOf(567));
    }

    private static void footer(XWPFDocument d, DocumentText t) {
        XWPFFooter footer = d.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = footer.createParagraph();
        p.setAlignment(ParagraphAlignment.RIGHT);
        run(p, t.get("doc.page") + " ", false, 8, "444444");
        field(p, "PAGE", "1");
        run(p, " " + t.get("doc.of") + " ", false, 8, "444444");
        field(p, "NUMPAGES", "1");
    }

    private static void field(XWPFParagraph p, String instr, String placeholder) {
        CTSimpleField f = p.getCTP().addNewFldSimple();
        f.setInstr(" " + instr + " \\* MERGEFORMAT ");
        var r = f.addNewR();
        CTRPr rpr = r.addNewRPr();
        rpr.addNewSz().setVal(BigInteger.valueOf(16));
        rpr.addNewColor().setVal("444444");
        r.addNewT().setStringValue(placeholder);
    }

    // ---- content

    private static void cover(XWPFDocument d, PassportContent c) {
        for (int i = 0; i < 6; i++) {
            d.createParagraph();
        }
        XWPFParagraph label = d.createParagraph();
        label.setAlignment(ParagraphAlignment.CENTER);
        run(label, c.documentLabel().toUpperCase(c.language().locale()), true, 14, NAVY);
        XWPFParagraph title = d.createParagraph();
        title.setStyle("Title");
        title.setAlignment(ParagraphAlignment.CENTER);
        run(title, c.title(), true, 0, null);
        d.createParagraph();
        fields(d, c.cover(), 60);
        XWPFParagraph br = d.createParagraph();
        br.createRun().addBreak(BreakType.PAGE);
    }

    private static void block(XWPFDocument d, Block b) {
        if (b instanceof Heading h) {
            XWPFParagraph p = d.createParagraph();
            p.setStyle("Heading" + Math.min(3, h.level()));
            if (h.level() == 1 && !"1".equals(h.number())) {
                p.setPageBreak(false);
            }
            run(p, h.level() <= 2 ? h.numbered() : h.text(), false, 0, null);
        } else if (b instanceof Paragraph para) {
            XWPFParagraph p = d.createParagraph();
            p.setAlignment(para.note() ? ParagraphAlignment.LEFT : ParagraphAlignment.BOTH);
            run(p, para.text(), false, para.note() ? 8 : 0, para.note() ? "555555" : null);
        } else if (b instanceof Fields f) {
            fields(d, f.fields(), 100);
            d.createParagraph();
        } else if (b instanceof Table tb) {
            table(d, tb);
        } else if (b instanceof Items it) {
            for (int i = 0; i < it.items().size(); i++) {
                XWPFParagraph p = d.createParagraph();
                p.setIndentationLeft(360);
                p.setIndentationHanging(360);
                run(p, (it.numbered() ? (i + 1) + ".\t" : "•\t") + it.items().get(i), false, 0, null);
            }
        } else if (b instanceof Charts ch) {
            charts(d, ch);
        } else if (b instanceof Flow fl) {
            flow(d, fl);
        }
    }

    private static void fields(XWPFDocument d, List<Field> fields, int widthPct) {
        XWPFTable t = d.createTable(fields.size(), 2);
        width(t, widthPct);
        if (widthPct < 100) {
            t.setTableAlignment(TableRowAlign.CENTER);
        }
        for (int i = 0; i < fields.size(); i++) {
            XWPFTableRow row = t.getRow(i);
            row.setCantSplitRow(true);
            XWPFTableCell label = row.getCell(0);
            label.setWidth("34%");
            label.setColor(LIGHT);
            cellText(label, List.of(fields.get(i).label()), true, 9, null, false);
            XWPFTableCell value = row.getCell(1);
            value.setWidth("66%");
            cellText(value, fields.get(i).lines(), false, 9, null, false);
        }
        if (fields.size() <= 8) {
            keepTogether(t);
        }
    }

    private static void table(XWPFDocument d, Table tb) {
        if (tb.caption() != null && !tb.caption().isBlank()) {
            XWPFParagraph cap = d.createParagraph();
            cap.setAlignment(ParagraphAlignment.RIGHT);
            run(cap, tb.caption(), false, 8, "555555");
        }
        int cols = tb.headers().size();
        XWPFTable t = d.createTable(tb.rows().size() + 1, cols);
        width(t, 100);
        int size = cols > 8 ? 7 : 8;
        XWPFTableRow head = t.getRow(0);
        head.setRepeatHeader(true);
        head.setCantSplitRow(true);
        for (int c = 0; c < cols; c++) {
            XWPFTableCell cell = head.getCell(c);
            cell.setColor(tb.style().startsWith("findings-error") ? "8A1C1C" : NAVY);
            cellText(cell, List.of(tb.headers().get(c)), true, size, "FFFFFF", numeric(tb, c));
        }
        for (int r = 0; r < tb.rows().size(); r++) {
            XWPFTableRow row = t.getRow(r + 1);
            row.setCantSplitRow(true);
            boolean total = tb.totalRow() && r == tb.rows().size() - 1;
            List<String> cells = tb.rows().get(r);
            for (int c = 0; c < cols; c++) {
                XWPFTableCell cell = row.getCell(c);
                if (total) {
                    cell.setColor("E4E9F1");
                }
                cellText(cell, List.of(c < cells.size() ? cells.get(c) : ""), total, size, null, numeric(tb, c));
            }
        }
        if (tb.rows().size() <= 8) {
            keepTogether(t);
        } else {
            // a long table may break, but never between its header and its first row
            for (XWPFTableCell cell : head.getTableCells()) {
                cell.getParagraphs().forEach(DocxPassportWriter::keepNext);
            }
        }
        d.createParagraph();
    }

    private static void charts(XWPFDocument d, Charts ch) {
        XWPFParagraph legend = d.createParagraph();
        keepNext(legend);
        run(legend, ch.legend(), false, 8, "555555");
        XWPFTable t = d.createTable(ch.charts().size(), 2);
        width(t, 100);
        for (int i = 0; i < ch.charts().size(); i++) {
            Chart c = ch.charts().get(i);
            XWPFTableRow row = t.getRow(i);
            row.setCantSplitRow(true);
            XWPFTableCell name = row.getCell(0);
            name.setWidth("40%");
            cellText(name, List.of(c.title() + (c.unit() == null || c.unit().isEmpty() ? "" : ", " + c.unit())),
                    true, 8, null, false);
            XWPFTableCell bars = row.getCell(1);
            bars.setWidth("60%");
            XWPFParagraph p = bars.getParagraphs().get(0);
            for (int j = 0; j < c.bars().size(); j++) {
                Bar b = c.bars().get(j);
                if (j > 0) {
                    p.createRun().addBreak();
                }
                run(p, b.year() + "  ", false, 8, "444444");
                int blocks = (int) Math.round(b.fraction() * 20);
                run(p, "█".repeat(Math.max(1, blocks)), false, 8, b.baseline() ? "9AA3AD" : "2F6FB3");
                run(p, "  " + b.value(), false, 8, null);
            }
        }
        d.createParagraph();
    }

    private static void flow(XWPFDocument d, Flow fl) {
        List<FlowColumn> cols = fl.columns();
        XWPFTable t = d.createTable(2, cols.size());
        width(t, 100);
        for (int c = 0; c < cols.size(); c++) {
            XWPFTableCell head = t.getRow(0).getCell(c);
            head.setColor(NAVY);
            cellText(head, List.of((c > 0 ? "→ " : "") + cols.get(c).title()), true, 8, "FFFFFF", false);
            XWPFTableCell body = t.getRow(1).getCell(c);
            body.setColor(c == 0 ? "FBEAEA" : c == cols.size() - 1 ? "E8F3EA" : "F7F9FC");
            cellText(body, cols.get(c).items().stream().map(s -> "▸ " + s).toList(), c == cols.size() - 1, 8, null, false);
        }
        t.getRow(0).setCantSplitRow(true);
        t.getRow(1).setCantSplitRow(true);
        keepTogether(t);
        d.createParagraph();
    }

    /**
     * Keeps a table on one page in Word: every paragraph of every row but the last is "keep with next" (with rows
     * that cannot split, Word then moves the table whole). The results chain and short tables use it.
     */
    /** "Keep with next" on a paragraph (POI's own setter fails on a paragraph without properties). */
    static void keepNext(XWPFParagraph p) {
        var ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        if (!ppr.isSetKeepNext()) {
            ppr.addNewKeepNext();
        }
    }

    static void keepTogether(XWPFTable t) {
        for (int r = 0; r < t.getNumberOfRows() - 1; r++) {
            for (XWPFTableCell cell : t.getRow(r).getTableCells()) {
                for (XWPFParagraph p : cell.getParagraphs()) {
                    keepNext(p);
                }
            }
        }
    }

    // ---- helpers

    private static boolean numeric(Table tb, int c) {
        return c < tb.numeric().size() && tb.numeric().get(c);
    }

    private static void width(XWPFTable t, int pct) {
        t.setWidthType(TableWidthType.PCT);
        t.setWidth(pct + "%");
    }

    private static void cellText(XWPFTableCell cell, List<String> lines, boolean bold, int size, String color, boolean right) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setSpacingAfter(0);
        if (right) {
            p.setAlignment(ParagraphAlignment.RIGHT);
        }
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                p = cell.addParagraph();
                p.setSpacingAfter(0);
                p.setSpacingBefore(40);
                if (right) {
                    p.setAlignment(ParagraphAlignment.RIGHT);
                }
            }
            run(p, lines.get(i), bold, size, color);
        }
    }

    /** A run of text; line breaks in the text become Word line breaks. Size 0 keeps the style's size. */
    private static XWPFRun run(XWPFParagraph p, String text, boolean bold, int size, String color) {
        XWPFRun r = p.createRun();
        String[] lines = (text == null ? "" : text).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                r.addBreak();
            }
            r.setText(lines[i], i);
        }
        if (bold) {
            r.setBold(true);
        }
        if (size > 0) {
            r.setFontSize(size);
        }
        if (color != null) {
            r.setColor(color);
        }
        r.setFontFamily(FONT);
        return r;
    }
}
