package ir.bashgah.loyalty.domain.redemption;

import java.util.Optional;

/** The redemptions of credit made at tills. */
public interface Redemptions {
  void add(Redemption redemption);

  /** The redemption by its id as the till knows it (text); none for an id that is not one of ours. */
  Optional<Redemption> find(String redemptionId);

  /** Reads the redemption again under its row lock, which orders a cancellation and an invoice that uses it. */
  void lock(Redemption redemption);
}
