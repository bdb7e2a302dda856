package org.policylab.configurator.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the checks read in free text when a passport gives no structured field: placeholders count as missing, and
 * a phrase counts only when it is not negated ("without competitive selection", «без конкурса», «конкурссыз»).
 * English, Russian and Kazakh.
 */
public final class Texts {
    private Texts() {
    }

    /** Fewer than this many letters or digits say nothing ("-", "TBD", "нет", "n/a"). */
    static final int MIN_MEANINGFUL = 5;

    private static final Set<String> PLACEHOLDERS = Set.of("tbd", "tba", "n/a", "na", "none", "todo", "to be defined",
            "to be determined", "later", "see above", "нет", "не определено", "будет определено", "определим позже",
            "позже", "см. выше", "жоқ", "анықталады", "кейін анықталады", "кейін");

    private static final Pattern TRAILING_STOPS = Pattern.compile("[.!?:;]+$");

    /** Whether a text is missing: blank, a placeholder, or too short to say anything. */
    public static boolean missing(String s) {
        if (s == null || s.isBlank()) {
            return true;
        }
        String t = TRAILING_STOPS.matcher(s.strip().toLowerCase(Locale.ROOT)).replaceAll("");
        if (PLACEHOLDERS.contains(t)) {
            return true;
        }
        long meaningful = s.codePoints().filter(Character::isLetterOrDigit).count();
        return meaningful < MIN_MEANINGFUL;
    }

    public static boolean present(String s) {
        return !missing(s);
    }

    /** Words that negate what follows them, within a few words. */
    private static final Pattern NEGATION_BEFORE = Pattern.compile(
            "(?iuU)(?:\\b(?:no|not|never|without|nor|non|cannot|can't|won't|isn't|aren't|без|не|нет|ни|вне|жоқ|емес)\\b"
                    + "|\\bn't\\b)(?:\\s+\\S+){0,3}\\s*$");
    /** Russian and English negation right after: «продлевается не автоматически», "automatically? no". */
    private static final Pattern NEGATION_AFTER = Pattern.compile("(?iuU)^\\S*\\s+(?:не|not|нет)\\b");

    /**
     * Whether any of the patterns occurs in the text without being negated. A pattern is a regular expression
     * matched case-insensitively; a match counts unless a negating word stands up to three words before it, a Kazakh
     * negating suffix ends the matched word, or a negation follows it directly.
     *
     * <p>The answer for a text is kept ({@link #MEMO_SIZE} most recent texts): the live panel runs every check after
     * each edit, and an edit changes one text at most, while scanning a paragraph with the twenty Unicode,
     * case-insensitive patterns of {@link #EXPORT_CONDITION} took most of a recompute (issue 16). The answer is a
     * function of the text and the pattern list alone, so a kept answer is the one {@link #scan} gives
     * ({@code TextsTest}).
     */
    public static boolean affirms(String text, List<Pattern> patterns) {
        if (text == null || text.isBlank()) {
            return false;
        }
        Question q = new Question(patterns, text);
        synchronized (MEMO) {
            Boolean known = MEMO.get(q);
            if (known != null) {
                return known;
            }
        }
        boolean answer = scan(text, patterns);
        synchronized (MEMO) {
            MEMO.put(q, answer);
        }
        return answer;
    }

    static final int MEMO_SIZE = 4096;

    /** The texts asked about most recently, with their answers (least recently asked dropped first). */
    private static final Map<Question, Boolean> MEMO = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Question, Boolean> eldest) {
            return size() > MEMO_SIZE;
        }
    };

    /** A text asked about one list of patterns (the same list object: the lists are constants). */
    private record Question(List<Pattern> patterns, String text) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Question q && q.patterns == patterns && q.text.equals(text);
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(patterns) * 31 + text.hashCode();
        }
    }

    /** Drops the kept answers: for tests and benchmarks that compare with, or time, a recomputation from scratch. */
    public static void forget() {
        synchronized (MEMO) {
            MEMO.clear();
        }
    }

    /** {@link #affirms} without the kept answers: scans the text with every pattern. */
    static boolean scan(String text, List<Pattern> patterns) {
        if (text == null || text.isBlank()) {
            return false;
        }
        for (Pattern p : patterns) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                if (!negated(text, m.start(), m.end())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the text holds a digit (a gate or target that can be measured). */
    public static boolean hasDigit(String s) {
        return s != null && DIGIT.matcher(s).find();
    }

    private static final Pattern DIGIT = Pattern.compile("\\d");

    public static boolean affirms(List<String> texts, List<Pattern> patterns) {
        return texts.stream().anyMatch(t -> affirms(t, patterns));
    }

    private static final Pattern NEGATION_FOLLOWS = Pattern.compile("(?iuU)^\\s*[-–—:]?\\s*(?:нет|жоқ|емес|not|none|no)\\b");
    private static final Pattern NEXT_WORD = Pattern.compile("^\\s+(?:түрде\\s+)?([\\p{L}-]+)");

    private static boolean negated(String text, int start, int end) {
        // within the clause only
        int from = Math.max(Math.max(text.lastIndexOf('.', start - 1), text.lastIndexOf(';', start - 1)),
                text.lastIndexOf(',', start - 1)) + 1;
        if (NEGATION_BEFORE.matcher(text.substring(from, start)).find()) {
            return true;
        }
        int wordEnd = Math.max(start, end);
        while (wordEnd < text.length() && (Character.isLetter(text.charAt(wordEnd)) || text.charAt(wordEnd) == '-')) {
            wordEnd++;
        }
        if (kazakhNegated(text.substring(start, wordEnd))) {
            return true;
        }
        // a negation right after the phrase: «автоматического продления нет», «автоматты ұзарту жоқ»
        String after = text.substring(wordEnd);
        if (NEGATION_FOLLOWS.matcher(after).find()) {
            return true;
        }
        // the next word of a Kazakh phrase can carry the negation: «автоматты түрде ұзартылмайды»
        Matcher next = NEXT_WORD.matcher(after);
        if (next.find() && kazakhNegated(next.group(1))) {
            return true;
        }
        return NEGATION_AFTER.matcher(text.substring(start)).find();
    }

    /** Kazakh negates by suffix: -сыз/-сіз (without) and -ма/-ме/-ба/-бе/-па/-пе before a verb ending. */
    private static boolean kazakhNegated(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.endsWith("сыз") || w.endsWith("сіз")) {
            return true;
        }
        for (String s : VERB_NEGATIONS) {
            if (w.contains(s)) {
                return true;
            }
        }
        return false;
    }

    private static final List<String> VERB_NEGATIONS = List.of("майды", "мейді", "байды", "бейді", "пайды", "пейді",
            "майтын", "мейтін", "байтын", "бейтін", "пайтын", "пейтін", "мады", "меді", "бады", "беді", "пады", "педі");

    public static Pattern p(String regex) {
        return Pattern.compile("(?iuU)" + regex);
    }

    // ------------------------------------------------------------------ what the fallbacks look for

    /** Support renewed with no decision (seed 002: "Avoid automatic subsidies"). */
    public static final List<Pattern> AUTOMATIC_EXTENSION = List.of(
            p("(?:extended|renewed|prolonged|continues)\\s+automatically"), p("automatic(?:ally)?\\s+(?:extension|renewal|extended|renewed|prolong)"),
            p("автоматическ\\w*\\s+(?:продл|пролонг|возобнов)"), p("(?:продлева|продлен|пролонгир|возобновля)\\w*\\s+автоматически"),
            p("автоматты\\s+(?:түрде\\s+)?ұзарт"), p("автоматты\\s+(?:түрде\\s+)?жаңарт"));

    /** Competitive selection (seed 001: subsidies only when competitive). */
    public static final List<Pattern> COMPETITION = List.of(
            p("competiti"), p("open call"), p("open tender"), p("конкурс"), p("открыт\\w*\\s+(?:отбор|приём|прием|тендер)"),
            p("бәсеке"), p("ашық\\s+(?:іріктеу|конкурс)"));

    /** An exit for underperformers (seed 002: removing persistent underperformers). */
    public static final List<Pattern> UNDERPERFORMER_EXIT = List.of(
            p("underperform"), p("terminat"), p("clawback"), p("claw back"), p("repay"), p("stop(?:s|ped)? if"),
            p("прекращ"), p("возврат"), p("возвращ"), p("тоқтат"), p("қайтар"));

    /** An internal review body: the operator reviewing itself. */
    public static final List<Pattern> INTERNAL_REVIEW = List.of(
            p("internal audit"), p("internal control"), p("in-house"), p("own audit"), p("its own"),
            p("внутренн\\w*\\s+(?:аудит|контрол)"), p("собственн\\w*\\s+(?:аудит|служб)"), p("ішкі\\s+(?:аудит|бақылау)"),
            p("өз(?:інің)?\\s+аудит"));

    /** What a local-content condition counts, read from its text (seed 001). */
    public static final List<Pattern> VALUE_ADDED = List.of(p("value added"), p("value-added"), p("добавленн\\w*\\s+стоимост"),
            p("қосылған\\s+құн"));
    public static final List<Pattern> ASSEMBLY = List.of(p("assembl"), p("сборк"), p("сборочн"), p("құрастыр"));
    public static final List<Pattern> PURCHASES = List.of(p("purchas"), p("procure\\w* from"), p("закуп"), p("сатып\\s+ал"),
            p("registered suppliers"), p("реестр\\w*\\s+поставщик"));

    /** Support that turns on exports (SCM art. 3.1(a)). */
    public static final List<Pattern> EXPORT_CONDITION = List.of(p("per (?:unit )?export"), p("per exported"),
            p("(?:only|solely) (?:for|to) (?:firms|companies|exporters) (?:that|which|whose)\\s+(?:\\w+\\s+){0,2}export"),
            p("export\\w*\\s+(?:grow|increase|rise)\\w*\\s+by at least"), p("tied to export (?:growth|volume|performance)"),
            p("(?:только|лишь) (?:для )?(?:компани|предприяти|экспортер)\\w*[^.;]{0,40}экспорт"),
            p("экспорт\\w*\\s+(?:вырос|увелич|раст)\\w*[^.;]{0,20}не менее"), p("привязан\\w* к (?:росту |объ[её]му )?экспорт"),
            p("экспорт\\w*\\s+(?:көлемі\\s+)?кемінде"), p("экспорт\\w*\\s+өсуіне\\s+байланысты"),
            p("export(?:s|ing)? at least"), p("export(?:s|ing)? (?:half|\\d+\\s*%)"), p("on condition of export"),
            p("за единицу экспорт"), p("экспортир\\w* не менее"), p("при условии экспорт"), p("экспорт\\w*\\s+(?:половин|\\d+\\s*%)"),
            p("экспорттау\\s+шарт"), p("экспортталған\\s+бірлік"));
    /** Support that turns on domestic over imported inputs (SCM art. 3.1(b)). */
    public static final List<Pattern> DOMESTIC_INPUT_CONDITION = List.of(p("domestic (?:inputs|components|materials)"),
            p("local (?:inputs|components)"), p("instead of import"), p("отечественн\\w*\\s+(?:комплект|сырь|материал)"),
            p("вместо импорт"), p("отандық\\s+(?:шикізат|бөлшек|материал)"));
}
