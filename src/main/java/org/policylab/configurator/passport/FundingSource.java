package org.policylab.configurator.passport;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.policylab.configurator.catalog.Vocabulary;

/** Where the money comes from, as a budget reviewer books it: the republican and local budgets, the National Fund, the quasi-public sector, private money, other sources. */
public enum FundingSource implements Vocabulary {
    REPUBLICAN_BUDGET,
    LOCAL_BUDGET,
    NATIONAL_FUND,
    QUASI_PUBLIC,
    PRIVATE,
    OTHER;

    @Override
    @JsonValue
    public String id() {
        return Vocabulary.idOf(this);
    }

    @Override
    public String kind() {
        return "funding-source";
    }

    @JsonCreator
    public static FundingSource fromId(String id) {
        return Vocabulary.parse(FundingSource.class, id);
    }
}
