package ir.bashgah.loyalty.domain.programme;

import java.time.Instant;

/** A loyalty programme of the club (L10): its rules, which version of them, and whether new members join it. */
public record Programme(String code, String name, boolean isDefault, long version, ProgrammeRules rules, Instant updatedAt) {}
