package org.policylab.configurator.catalog;

import java.util.Arrays;
import java.util.stream.Collectors;

/** A fixed vocabulary whose values have a stable id: the JSON and command-line spelling. */
public interface Vocabulary {
    String id();

    /** The message key of the value's display name, e.g. {@code stage.emerging}. */
    default String messageKey() {
        return kind() + "." + id();
    }

    /** The vocabulary's name as used in messages and errors, e.g. {@code stage}. */
    String kind();

    static <E extends Enum<E> & Vocabulary> E parse(Class<E> type, String id) {
        if (id != null) {
            for (E e : type.getEnumConstants()) {
                if (e.id().equals(id)) {
                    return e;
                }
            }
        }
        E any = type.getEnumConstants()[0];
        throw new UnknownValueException(any.kind(), id, allowed(type));
    }

    static <E extends Enum<E> & Vocabulary> String allowed(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Vocabulary::id).collect(Collectors.joining(", "));
    }

    /** id from enum constant name: GROWTH_DRIVER -> growth-driver. */
    static String idOf(Enum<?> e) {
        return e.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
