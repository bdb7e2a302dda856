package org.policylab.configurator.help;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.policylab.configurator.i18n.Language;

/**
 * The glossary of official terms (docs/glossary.json, shipped as {@code /help/glossary.json}): each term's
 * preferred form in English, Russian and Kazakh, a note and its source. Searched in all three languages at once:
 * a planner may know the Russian term and look for its Kazakh form.
 */
public final class Glossary {
    public static final String RESOURCE = "/help/glossary.json";

    /** One official term. {@code preferred}: language id → the preferred form. */
    public record Term(String id, Map<String, String> preferred, String note, String sourceTitle, String sourceUrl) {
        public String in(Language l) {
            return preferred.getOrDefault(l.id(), preferred.getOrDefault("en", id));
        }
    }

    private final List<Term> terms;

    private Glossary(List<Term> terms) {
        this.terms = List.copyOf(terms);
    }

    public static Glossary shipped() {
        try (InputStream in = Glossary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return new Glossary(List.of());
            }
            return read(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the glossary " + RESOURCE, e);
        }
    }

    static Glossary read(JsonNode root) {
        List<Term> out = new ArrayList<>();
        for (JsonNode t : root.path("terms")) {
            Map<String, String> preferred = new TreeMap<>();
            t.path("preferred").properties().forEach(e -> preferred.put(e.getKey(), e.getValue().asText()));
            out.add(new Term(t.path("id").asText(), preferred, t.path("note").asText(""),
                    t.path("source").path("title").asText(""), t.path("source").path("url").asText("")));
        }
        return new Glossary(out);
    }

    public List<Term> terms() {
        return terms;
    }

    /**
     * Terms with every word of the query in one of their three forms, their note or their source, in any case;
     * a blank query gives every term. Terms whose form has the words come before those where only the note does.
     */
    public List<Term> search(String query) {
        List<String> words = Guide.words(query);
        if (words.isEmpty()) {
            return terms;
        }
        List<Term> inName = new ArrayList<>();
        List<Term> inNote = new ArrayList<>();
        for (Term t : terms) {
            String names = Guide.fold(String.join(" ", t.preferred().values()) + " " + t.id());
            String all = names + " " + Guide.fold(t.note() + " " + t.sourceTitle());
            if (words.stream().allMatch(all::contains)) {
                (words.stream().allMatch(names::contains) ? inName : inNote).add(t);
            }
        }
        inName.addAll(inNote);
        return inName;
    }
}
