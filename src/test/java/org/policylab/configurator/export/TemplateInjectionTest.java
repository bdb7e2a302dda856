package org.policylab.configurator.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylab.configurator.catalog.Catalog;
import org.policylab.configurator.i18n.Language;
import org.policylab.configurator.passport.Diagnosis;
import org.policylab.configurator.passport.Phase;
import org.policylab.configurator.passport.ProgramPassport;
import org.policylab.configurator.passport.Review;

/**
 * Issue 9: what PassportDocumentsTest#userTextShowsLiterallyInEveryFormat does not cover yet —
 * template syntax typed by a user is never run, quotes cannot leave an HTML attribute, the HTML
 * behind the PDF carries no active markup and no remote resource, and Markdown gets no image,
 * raw HTML, autolink or link definition out of user text. (The app writes no CSV.)
 */
class TemplateInjectionTest {
    static final String MUSTACHE = "{{title}} {{{css}}} {{#blocks}}loop{{/blocks}} {{&L}} {{=<% %>=}} <%title%> {{> partial}}";
    static final String ATTRIBUTE = "\" onload=\"alert(1)\" x=' `y`";
    static final List<String> MARKDOWN = List.of("![pixel](http://tracker.example/p.png)", "<img src=x onerror=alert(1)>",
            "<http://evil.example>", "<!-- hidden -->", "[ref]: http://evil.example", "<iframe src=\"http://evil.example\">",
            "javascript:alert(1)");

    @TempDir
    Path dir;

    private final Catalog catalog = PassportFixtures.catalog();
    private final Exporter exporter = new Exporter();

    static ProgramPassport hostile() {
        ProgramPassport p = PassportFixtures.passport(Language.EN);
        String md = String.join("\n", MARKDOWN);
        return p.withTitle("Program " + MUSTACHE)
                .withResponsibleBody(ATTRIBUTE)
                .withDiagnosis(new Diagnosis("talent-drain", MUSTACHE, md, ATTRIBUTE, md, MUSTACHE))
                .replaceInstrument(0, p.instruments().get(0).withExitRule(MUSTACHE + "\n" + md).withConditions(List.of(ATTRIBUTE, md)))
                .replaceKpi(0, p.kpis().get(0).withOwner(ATTRIBUTE).withSource(md))
                .addPhase(new Phase(MUSTACHE, 2029, 2030, md))
                .withReview(new Review(MUSTACHE, "annual", true))
                .withTasks(List.of(MUSTACHE, md));
    }

    PassportDocument document() {
        return PassportFixtures.document(hostile(), catalog, Language.EN);
    }

    String html() {
        return HtmlPassportRenderer.render(PassportContent.of(document()));
    }

    static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    @Test
    void mustacheTypedByAUserIsTextNotTemplate() {
        String html = html();
        // the title shows its braces; it is not replaced by the title, the stylesheet or a loop
        assertThat(html).contains("Program {{title}} {{{css}}} {{#blocks}}loop{{/blocks}} {{&amp;L}} {{&#x3D;&lt;% %&gt;&#x3D;}}");
        String css = HtmlPassportRenderer.resource(HtmlPassportRenderer.CSS);
        String someRule = css.lines().filter(l -> l.contains("{")).max(java.util.Comparator.comparingInt(String::length)).orElseThrow();
        assertThat(count(html, someRule)).as("the stylesheet is in the page once: " + someRule).isEqualTo(1);
        assertThat(count(html, "loop")).as("a user's section tag does not loop").isEqualTo(count(html, "{{#blocks}}loop"));
    }

    @Test
    void quotesCannotLeaveAnAttributeAndNoActiveMarkupReachesThePdfHtml() {
        String html = html();
        assertThat(html).doesNotContain("onload=\"alert", "onerror=alert", "<img", "<iframe", "<script", "<!-- hidden",
                "src=\"http", "href=\"http", "href=\"javascript", "x='");
        // every attribute value is one quoted string with no raw quote or angle bracket inside
        Matcher tag = Pattern.compile("<[a-zA-Z][^>]*>").matcher(html);
        while (tag.find()) {
            String t = tag.group();
            String withoutValues = t.replaceAll("=\"[^\"<>]*\"", "=\"\"");
            assertThat(withoutValues).as("tag " + t).doesNotContain("'", "`").matches("<[a-zA-Z0-9]+( [a-zA-Z-]+(=\"\")?)*\\s*/?>");
        }
        assertThat(html).contains("&quot; onload&#x3D;&quot;alert(1)&quot; x&#x3D;&#39; &#x60;y&#x60;");
    }

    @Test
    void theDocumentsShowTheTextLiterally() throws Exception {
        PassportDocument doc = document();
        Path pdf = dir.resolve("p.pdf");
        Path docx = dir.resolve("p.docx");
        exporter.export(doc, ExportFormat.PDF, pdf);
        exporter.export(doc, ExportFormat.DOCX, docx);
        String pdfText = PassportDocumentsTest.oneSpaced(PassportDocumentsTest.pdfText(pdf));
        String docxText = PassportDocumentsTest.oneSpaced(PassportDocumentsTest.docxText(docx));
        for (String s : List.of("{{title}}", "{{{css}}}", "{{#blocks}}loop{{/blocks}}", "<%title%>", "onload=\"alert(1)\"",
                "<img src=x onerror=alert(1)>", "![pixel](http://tracker.example/p.png)")) {
            assertThat(pdfText).as("PDF").contains(s);
            assertThat(docxText).as("DOCX").contains(s);
        }
    }

    @Test
    void markdownGetsNoImageRawHtmlAutolinkOrLinkDefinitionFromUserText() throws Exception {
        Path out = dir.resolve("p.md");
        exporter.export(document(), ExportFormat.MD, out);
        String md = Files.readString(out);
        assertThat(md).doesNotContain("![", "<img", "<http", "<!--", "<iframe");
        assertThat(md).as("a link or image needs an unescaped ](").doesNotContainPattern("(?<!\\\\)\\]\\(");
        assertThat(md.lines().filter(l -> l.matches("\\s*\\[[^\\]]*\\]:.*"))).as("link definitions").isEmpty();
        String shown = PassportDocumentsTest.rendered(md);
        for (String s : MARKDOWN) {
            assertThat(shown).as("Markdown shows literally").contains(s);
        }
        assertThat(shown).contains("{{title}} {{{css}}}");
    }
}
