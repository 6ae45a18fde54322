package ir.bashgah.kernel.persistence;

/**
 * A connection that can take statements to the database in its commit's round trip: they run just
 * before the COMMIT, after everything else of the transaction, and a failure of any of them stops the
 * round trip before the COMMIT and rolls the transaction back. The application's connections are such
 * (the deployment's data source); {@link PendingWrites} hands them the writes still pending when the
 * transaction ends, which saves the till a round trip per call.
 */
public interface CommitCarrier {
  /**
   * Sends {@code sql} (one or more statements, separated by semicolons; placeholders bound on the client
   * side, one value each, null for NULL) with the next commit; a rollback drops it.
   */
  void sendWithCommit(String sql, Object[] values);
}
