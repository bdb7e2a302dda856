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
    private static final Set<String> RESERVED = Set.of("con", "prn", "aux", "nul", "conin$", "conout$",
            "com0", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9", "com\u00b9", "com\u00b2", "com\u00b3",
            "lpt0", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9", "lpt\u00b9", "lpt\u00b2", "lpt\u00b3");
    static final int MAX = 80;

    private FileNames() {
    }

    public static String forTitle(String title) {
        String s = title == null ? "" : Normalizer.normalize(title, Normalizer.Form.NFC);
        s = s.replaceAll("[\\p{Cntrl}<>:\"/\\\\|?*]", " ")
                // invisible format characters (right-to-left override makes "gnp.exe" show as "exe.png"); ZWNJ/ZWJ stay
                .replaceAll("[\\p{Cf}&&[^\\u200C\\u200D]]", "")
                .replaceAll("\\.{2,}", ".")
                // every kind of space, the no-break space too, is one plain space
                .replaceAll("[\\s\\p{Z}]+", " ")
                .trim();
        s = cut(s.replaceAll("^[.\\s-]+", ""));
        String base = s.contains(".") ? s.substring(0, s.indexOf('.')).trim() : s;
        if (s.isEmpty() || RESERVED.contains(base.toLowerCase(Locale.ROOT))) {
            s = cut("passport" + (s.isEmpty() ? "" : "-" + s));
        }
        return s;
    }

    /** At most {@link #MAX} characters, never half a surrogate pair, and (Windows drops them) no trailing dot or space. */
    private static String cut(String s) {
        if (s.length() > MAX) {
            s = s.substring(0, Character.isHighSurrogate(s.charAt(MAX - 1)) ? MAX - 1 : MAX);
        }
        return s.replaceAll("[.\\s]+$", "");
    }
}
