package org.policylab.configurator.help;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Document;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.policylab.configurator.i18n.Language;

/**
 * The user guide of one language, parsed: the Markdown tree (for the Help window to draw), its sections with
 * their ids, and a search over them. Plain Java: the window only draws what this class parsed.
 *
 * <p>A heading's id is the Pandoc-style attribute at its end, {@code ## The problem step {#step-problem}}, which is
 * taken off the visible title; a heading without one gets an id made from its title (lower case, words joined by
 * dashes), as Pandoc would.
 */
public final class Guide {
    /** Where the guides are on the class path: {@code /guide/<lang>/guide.md}, pictures in {@code images/} beside it. */
    public static final String ROOT = "/guide";

    private static final Pattern EXPLICIT_ID = Pattern.compile("\\s*\\{#([A-Za-z0-9_.:-]+)}\\s*$");
    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();

    private final Language language;
    private final String base;
    private final Document document;
    private final Map<Heading, String> headingIds = new IdentityHashMap<>();
    private final Map<String, Section> sections = new LinkedHashMap<>();
    private final List<String> duplicateIds = new ArrayList<>();
    private final Set<String> linkTargets = new LinkedHashSet<>();

    private Guide(Language language, String base, String markdown) {
        this.language = language;
        this.base = base.endsWith("/") ? base : base + "/";
        this.document = (Document) PARSER.parse(markdown);
        index();
    }

    /** Parses a guide; {@code base} is the class-path folder its relative picture paths start from. */
    public static Guide parse(String markdown, Language language, String base) {
        return new Guide(language, base, markdown);
    }

    /**
     * The shipped guide in the language asked for, else the English one ({@link #language()} says which it is);
     * empty when this build carries no guide at all.
     */
    public static Optional<Guide> load(Language language) {
        return load(ROOT, language);
    }

    /** As {@link #load(Language)}, from another class-path folder laid out the same way (tests). */
    public static Optional<Guide> load(String root, Language language) {
        for (Language l : language == Language.EN ? List.of(Language.EN) : List.of(language, Language.EN)) {
            String folder = root + "/" + l.id() + "/";
            Optional<String> text = resource(folder + "guide.md");
            if (text.isPresent()) {
                return Optional.of(parse(text.get(), l, folder));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> resource(String path) {
        try (InputStream in = Guide.class.getResourceAsStream(path)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the guide " + path, e);
        }
    }

    public Language language() {
        return language;
    }

    /** The Markdown tree, with the {@code {#id}} attributes taken off the headings. */
    public Node document() {
        return document;
    }

    /** The id of a heading of {@link #document()}. */
    public String idOf(Heading heading) {
        return headingIds.get(heading);
    }

    public List<Section> sections() {
        return List.copyOf(sections.values());
    }

    public Set<String> ids() {
        return Collections.unmodifiableSet(sections.keySet());
    }

    public Optional<Section> section(String id) {
        return Optional.ofNullable(sections.get(id));
    }

    /** Ids given to more than one heading: a link to them would land on the first. */
    public List<String> duplicateIds() {
        return List.copyOf(duplicateIds);
    }

    /** Internal links ({@code (#id)}) whose id no heading has. */
    public List<String> brokenLinks() {
        return linkTargets.stream().filter(t -> !sections.containsKey(t)).toList();
    }

    /**
     * Where a picture of the guide is on the class path ({@code images/x.png} → {@code /guide/en/images/x.png});
     * empty for an address on the web: the app stays offline.
     */
    public Optional<String> imagePath(String destination) {
        if (destination == null || destination.isBlank() || destination.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
            return Optional.empty();
        }
        String d = destination.startsWith("./") ? destination.substring(2) : destination;
        return Optional.of(d.startsWith("/") ? d : base + d);
    }

    /**
     * Sections whose title or text has every word of the query, in any case (ё reads as е); sections with the
     * words in their title first, then in the guide's order. A blank query finds nothing.
     */
    public List<Section> search(String query) {
        List<String> words = words(query);
        if (words.isEmpty()) {
            return List.of();
        }
        List<Section> inTitle = new ArrayList<>();
        List<Section> inText = new ArrayList<>();
        for (Section s : sections.values()) {
            String title = fold(s.title());
            String all = title + " " + fold(s.text());
            if (words.stream().allMatch(all::contains)) {
                (words.stream().allMatch(title::contains) ? inTitle : inText).add(s);
            }
        }
        inTitle.addAll(inText);
        return inTitle;
    }

    /** Lower case in any of the three languages, ё as е: what search compares. */
    public static String fold(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT).replace('ё', 'е');
    }

    static List<String> words(String query) {
        String q = fold(query).trim();
        return q.isEmpty() ? List.of() : List.of(q.split("\\s+"));
    }

    private void index() {
        String id = null;
        int level = 0;
        String title = null;
        StringBuilder text = new StringBuilder();
        for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading h) {
                if (id != null) {
                    add(id, level, title, text);
                }
                String explicit = takeExplicitId(h);
                title = plainText(h).strip();
                id = explicit != null ? explicit : slug(title);
                level = h.getLevel();
                text.setLength(0);
                headingIds.put(h, id);
            } else {
                text.append(plainText(n)).append('\n');
            }
        }
        if (id != null) {
            add(id, level, title, text);
        }
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                String d = link.getDestination();
                if (d != null && d.startsWith("#") && d.length() > 1) {
                    linkTargets.add(d.substring(1));
                }
                visitChildren(link);
            }
        });
    }

    private void add(String id, int level, String title, StringBuilder text) {
        if (sections.containsKey(id)) {
            duplicateIds.add(id);
            return;
        }
        sections.put(id, new Section(id, level, title, text.toString().strip()));
    }

    /** Takes {@code {#id}} off the end of the heading's last text and returns the id, or null. */
    private static String takeExplicitId(Heading h) {
        Node last = h.getLastChild();
        if (last instanceof Text t) {
            Matcher m = EXPLICIT_ID.matcher(t.getLiteral());
            if (m.find()) {
                t.setLiteral(t.getLiteral().substring(0, m.start()));
                return m.group(1);
            }
        }
        return null;
    }

    /** Pandoc's identifier for a heading without one: letters, digits, _ - . kept, spaces to dashes, lower case. */
    static String slug(String title) {
        String s = title.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}\\s_.-]", "").strip().replaceAll("\\s+", "-");
        return s.isEmpty() ? "section" : s;
    }

    /** The words of a node and its children, as a reader sees them. */
    public static String plainText(Node node) {
        StringBuilder sb = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                sb.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                sb.append(code.getLiteral());
            }

            @Override
            public void visit(FencedCodeBlock code) {
                sb.append(code.getLiteral());
            }

            @Override
            public void visit(IndentedCodeBlock code) {
                sb.append(code.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak br) {
                sb.append(' ');
            }

            @Override
            public void visit(HardLineBreak br) {
                sb.append('\n');
            }

            @Override
            public void visit(org.commonmark.node.Paragraph p) {
                visitChildren(p);
                sb.append(' ');
            }
        });
        return sb.toString();
    }
}
