package org.policylab.configurator.io;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * A safe file name from a program title: no path separators or traversal, no characters
 * Windows forbids, no reserved device names, not hidden, bounded length. Cyrillic and Kazakh
 * letters are kept — a planner should recognise the file.
 */
public final class FileNames {
    private static final Set<String> RESERVED = Set.of("con", "prn", "aux", "nul",
            "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
            "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");
    static final int MAX = 80;

    private FileNames() {
    }

    public static String forTitle(String title) {
        String s = title == null ? "" : Normalizer.normalize(title, Normalizer.Form.NFC);
        s = s.replaceAll("[\\p{Cntrl}<>:\"/\\\\|?*]", " ")
                .replaceAll("\\.{2,}", ".")
                .replaceAll("\\s+", " ")
                .trim();
        s = s.replaceAll("^[.\\s-]+", "").replaceAll("[.\\s]+$", "");
        if (s.length() > MAX) {
            s = s.substring(0, MAX).trim();
        }
        String base = s.contains(".") ? s.substring(0, s.indexOf('.')) : s;
        if (s.isEmpty() || RESERVED.contains(base.toLowerCase(Locale.ROOT))) {
            s = "passport" + (s.isEmpty() ? "" : "-" + s);
        }
        return s;
    }
}
