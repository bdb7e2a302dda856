package org.policylab.configurator.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.policylab.configurator.io.JsonInput;

final class CliJson {
    private CliJson() {
    }

    static String write(Object node) {
        try {
            return JsonInput.mapper().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
