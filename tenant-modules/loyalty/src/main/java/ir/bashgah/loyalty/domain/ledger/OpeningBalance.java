package ir.bashgah.loyalty.domain.ledger;

/** A member brought in by an import, with the points and credit he brings from the club's old system. */
public record OpeningBalance(long memberId, long points, long credit) {}
