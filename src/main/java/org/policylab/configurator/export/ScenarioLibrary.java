package org.policylab.configurator.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.policylab.configurator.i18n.Language;
import org.policylab.configurator.io.InputException;
import org.policylab.configurator.io.JsonInput;
import org.policylab.configurator.passport.ProgramPassport;

/**
 * The demo scenarios that ship with the app ({@code templates/scenarios/}): complete passports
 * drawn from the seeds, each in en, ru and kk, for workshops.
 */
public final class ScenarioLibrary {
    public static final String FOLDER = "templates/scenarios/";

    /** A scenario as listed: its id and the files of its three language versions. */
    public record Scenario(String id, Map<Language, String> files) {
    }

    private static volatile ScenarioLibrary shipped;

    private final List<Scenario> scenarios;
    /** Passports are immutable values and the shipped files never change: read and validate each once. */
    private final Map<String, ProgramPassport> loaded = new java.util.concurrent.ConcurrentHashMap<>();

    private ScenarioLibrary(List<Scenario> scenarios) {
        this.scenarios = scenarios;
    }

    /** The library inside the app, read once. */
    public static ScenarioLibrary shipped() {
        ScenarioLibrary lib = shipped;
        if (lib == null) {
            synchronized (ScenarioLibrary.class) {
                if (shipped == null) {
                    shipped = readIndex();
                }
                lib = shipped;
            }
        }
        return lib;
    }

    private static ScenarioLibrary readIndex() {
        try {
            JsonNode index = JsonInput.readTree(FOLDER + "index.json", read("index.json"));
            List<Scenario> list = new ArrayList<>();
            for (JsonNode s : index.path("scenarios")) {
                Map<Language, String> files = new LinkedHashMap<>();
                for (Language l : Language.values()) {
                    String f = s.path("files").path(l.id()).asText(null);
                    if (f != null) {
                        files.put(l, f);
                    }
                }
                list.add(new Scenario(s.path("id").asText(), files));
            }
            return new ScenarioLibrary(List.copyOf(list));
        } catch (InputException e) {
            throw new IllegalStateException("the shipped scenarios are broken: " + e.getMessage(), e);
        }
    }

    public List<Scenario> list() {
        return scenarios;
    }

    public Optional<Scenario> find(String id) {
        return scenarios.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The scenario's passport in a language (English when that version is missing). */
    public ProgramPassport load(String id, Language language) throws InputException {
        Scenario s = find(id).orElseThrow(() -> new InputException(org.policylab.configurator.io.Fault.value("error.value.unknown", id,
                scenarios.stream().map(Scenario::id).toList())));
        String file = s.files().getOrDefault(language, s.files().get(Language.EN));
        ProgramPassport p = loaded.get(file);
        if (p == null) {
            p = PassportJson.parse(FOLDER + file, read(file));
            loaded.put(file, p);
        }
        return p;
    }

    /**
     * The scenario's title in a language, or its id when the file cannot be read. The start screen lists the
     * titles on the window's first screen: they are read from the file's top-level {@code title} alone (a
     * streaming read, no schema check and no passport built), so the first screen does not load the schema
     * validator nor parse seven passports (issue 16). The full, validated read happens when a scenario is opened.
     */
    public String title(String id, Language language) {
        Optional<Scenario> s = find(id);
        if (s.isEmpty()) {
            return id;
        }
        String file = s.get().files().getOrDefault(language, s.get().files().get(Language.EN));
        ProgramPassport p = loaded.get(file);
        if (p != null) {
            return p.title();
        }
        return titles.computeIfAbsent(file, f -> {
            try {
                return topLevelTitle(read(f)).orElse(id);
            } catch (InputException e) {
                return id;
            }
        });
    }

    /** A passport file's top-level {@code title}, read as a stream up to that field. */
    static Optional<String> topLevelTitle(String json) {
        try (com.fasterxml.jackson.core.JsonParser in = JsonInput.mapper().getFactory().createParser(json)) {
            if (in.nextToken() == com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
                while (in.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
                    String name = in.currentName();
                    com.fasterxml.jackson.core.JsonToken value = in.nextToken();
                    if ("title".equals(name) && value == com.fasterxml.jackson.core.JsonToken.VALUE_STRING) {
                        return Optional.of(in.getText());
                    }
                    in.skipChildren();
                }
            }
        } catch (IOException e) {
            // not JSON: no title
        }
        return Optional.empty();
    }

    /** Titles read by {@link #title}, by file. */
    private final Map<String, String> titles = new java.util.concurrent.ConcurrentHashMap<>();

    static String read(String name) throws InputException {
        try (InputStream in = ScenarioLibrary.class.getClassLoader().getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new InputException(org.policylab.configurator.io.Fault.of(FOLDER + name, "error.input.missingResource"));
            }
            return JsonInput.readText(FOLDER + name, in);
        } catch (IOException e) {
            throw new InputException(org.policylab.configurator.io.Fault.of(FOLDER + name, "error.input.unreadable", e.getClass().getSimpleName()));
        }
    }
}
