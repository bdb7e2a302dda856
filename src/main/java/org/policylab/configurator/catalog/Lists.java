package org.policylab.configurator.catalog;

import java.util.List;

final class Lists {
    private Lists() {
    }

    /** An unmodifiable copy; null becomes empty, so JSON may omit empty arrays. */
    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
