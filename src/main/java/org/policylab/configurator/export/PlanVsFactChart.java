package org.policylab.configurator.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.text.NumberFormat;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.policylab.configurator.monitoring.PlanVsFact;
import org.policylab.configurator.monitoring.Status;
import org.policylab.configurator.passport.Period;

/**
 * The plan-versus-fact chart of one KPI as a PNG for the monitoring report: the target trajectory from the baseline
 * (grey, dashed), the actuals (blue), each actual marked in the colour of its status. Drawn with Java2D in the
 * bundled DejaVu font, so it needs no system fonts and no window.
 */
final class PlanVsFactChart {
    static final int WIDTH = 1000;
    static final int HEIGHT = 250;
    private static final Color PLAN = new Color(0x8c959f);
    private static final Color FACT = new Color(0x0969da);
    private static final Color GRID = new Color(0xd0d7de);
    private static final Color TEXT = new Color(0x57606a);
    private static volatile Font font;

    private PlanVsFactChart() {
    }

    /** A data URI of the chart, or null when there is nothing to draw. */
    static String dataUri(List<PlanVsFact.Row> rows, Locale locale) throws IOException {
        byte[] png = png(rows, locale);
        return png == null ? null : "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
    }

    /** The chart as PNG bytes ({@link #WIDTH} by {@link #HEIGHT} pixels), or null when there is nothing to draw. */
    static byte[] png(List<PlanVsFact.Row> rows, Locale locale) throws IOException {
        if (rows.isEmpty()) {
            return null;
        }
        BufferedImage img = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            draw(g, rows, locale);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    private static double x(Period p) {
        return p.quarterly() ? p.year() - 1 + p.quarter() / 4.0 : p.year();
    }

    private static void draw(Graphics2D g, List<PlanVsFact.Row> rows, Locale locale) throws IOException {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setFont(font().deriveFont(20f));
        PlanVsFact.Row first = rows.get(0);
        double x0 = x(first.period()) - (first.period().quarterly() ? 0.25 : 1);
        double x1 = x(rows.get(rows.size() - 1).period());
        double lo = first.baseline();
        double hi = first.baseline();
        for (PlanVsFact.Row r : rows) {
            lo = Math.min(lo, Math.min(r.target(), r.actual() == null ? r.target() : r.actual()));
            hi = Math.max(hi, Math.max(r.target(), r.actual() == null ? r.target() : r.actual()));
        }
        double pad = (hi - lo) * 0.1 + (hi == lo ? Math.max(1, Math.abs(hi) * 0.1) : 0);
        lo -= pad;
        hi += pad;
        int left = 110;
        int right = WIDTH - 30;
        int top = 16;
        int bottom = HEIGHT - 40;
        double yLo = lo;
        double yHi = hi;
        java.util.function.DoubleUnaryOperator px = v -> left + (v - x0) / Math.max(1e-9, x1 - x0) * (right - left);
        java.util.function.DoubleUnaryOperator py = v -> bottom - (v - yLo) / (yHi - yLo) * (bottom - top);

        NumberFormat nf = NumberFormat.getNumberInstance(locale);
        g.setStroke(new BasicStroke(1f));
        double step = niceStep((hi - lo) / 4);
        nf.setMaximumFractionDigits(step >= 1 ? 0 : (int) Math.ceil(-Math.log10(step)));
        for (double v = Math.ceil(lo / step) * step; v <= hi + 1e-9; v += step) {
            int y = (int) Math.round(py.applyAsDouble(v));
            g.setColor(GRID);
            g.drawLine(left, y, right, y);
            g.setColor(TEXT);
            String s = nf.format(v);
            g.drawString(s, left - 10 - g.getFontMetrics().stringWidth(s), y + 7);
        }
        for (int year = (int) Math.ceil(x0); year <= (int) Math.floor(x1); year++) {
            int x = (int) Math.round(px.applyAsDouble(year));
            g.setColor(GRID);
            g.drawLine(x, top, x, bottom);
            g.setColor(TEXT);
            String s = String.valueOf(year);
            g.drawString(s, x - g.getFontMetrics().stringWidth(s) / 2, HEIGHT - 12);
        }

        Path2D plan = new Path2D.Double();
        plan.moveTo(px.applyAsDouble(x0), py.applyAsDouble(first.baseline()));
        for (PlanVsFact.Row r : rows) {
            plan.lineTo(px.applyAsDouble(x(r.period())), py.applyAsDouble(r.target()));
        }
        g.setColor(PLAN);
        g.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f, new float[] {12f, 8f}, 0f));
        g.draw(plan);

        Path2D fact = new Path2D.Double();
        boolean started = false;
        fact.moveTo(px.applyAsDouble(x0), py.applyAsDouble(first.baseline()));
        for (PlanVsFact.Row r : rows) {
            if (r.actual() != null) {
                fact.lineTo(px.applyAsDouble(x(r.period())), py.applyAsDouble(r.actual()));
                started = true;
            }
        }
        if (started) {
            g.setColor(FACT);
            g.setStroke(new BasicStroke(4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(fact);
        }
        g.setStroke(new BasicStroke(2f));
        for (PlanVsFact.Row r : rows) {
            if (r.actual() == null) {
                continue;
            }
            double cx = px.applyAsDouble(x(r.period()));
            double cy = py.applyAsDouble(r.actual());
            Ellipse2D dot = new Ellipse2D.Double(cx - 9, cy - 9, 18, 18);
            g.setColor(color(r.status()));
            g.fill(dot);
            g.setColor(Color.WHITE);
            g.draw(dot);
        }
    }

    /** A round step for the value axis: 1, 2 or 5 times a power of ten. */
    static double niceStep(double raw) {
        if (raw <= 0 || Double.isNaN(raw)) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / power;
        return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * power;
    }

    static Color color(Status s) {
        return switch (s) {
            case ON_TRACK -> new Color(0x1a7f37);
            case AT_RISK -> new Color(0xbf8700);
            case OFF_TRACK -> new Color(0xcf222e);
            case NO_DATA -> new Color(0x8c959f);
        };
    }

    private static Font font() throws IOException {
        Font f = font;
        if (f == null) {
            try (InputStream in = PlanVsFactChart.class.getResourceAsStream("/fonts/DejaVuSans.ttf")) {
                if (in == null) {
                    throw new IOException("the font DejaVuSans.ttf is missing from the application");
                }
                f = Font.createFont(Font.TRUETYPE_FONT, in);
            } catch (FontFormatException e) {
                throw new IOException("the font DejaVuSans.ttf cannot be read", e);
            }
            font = f;
        }
        return f;
    }
}
