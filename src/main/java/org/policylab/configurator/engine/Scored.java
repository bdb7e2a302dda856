package org.policylab.configurator.engine;

import java.util.List;

/** A catalog entry with its score and the reasons that add up to it. */
public record Scored<T>(T item, int score, List<Reason> reasons) {
    public Scored {
        reasons = List.copyOf(reasons);
    }

    static int sum(List<Reason> reasons) {
        int sum = 0;
        for (int i = 0; i < reasons.size(); i++) {
            sum += reasons.get(i).points();
        }
        return sum;
    }
}
