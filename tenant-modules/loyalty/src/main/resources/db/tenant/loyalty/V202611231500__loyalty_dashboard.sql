-- The dashboard (A1, AN4) sums the ledger, the invoices and the returns of a range of days, for the
-- club or for one branch (docs/dashboard.md). Without these indexes every call would read the whole
-- of each table; with them it reads only the range's rows, from the index alone.

-- Where a movement was made: the branch of the till or staff member that made it; NULL for the head
-- office (conversions, adjustments, transfers by staff of no branch), imports and the nightly jobs.
ALTER TABLE ledger_entry ADD COLUMN branch_code VARCHAR(32) NULL;

-- Entries written before the column get the branch their invoice, return or redemption records;
-- bonuses that a sale triggered stay NULL (nothing written down ties them to the sale's branch).
UPDATE ledger_entry e JOIN invoice i ON i.points_entry_id = e.id SET e.branch_code = i.branch_code;
UPDATE ledger_entry e JOIN invoice i ON i.credit_entry_id = e.id SET e.branch_code = i.branch_code;
UPDATE ledger_entry e JOIN redemption r ON r.entry_id = e.id SET e.branch_code = r.branch_code;
UPDATE ledger_entry e JOIN redemption r ON e.kind = 'REDEMPTION_CANCELLED' AND e.source_id = CAST(r.id AS CHAR) COLLATE utf8mb4_unicode_ci SET e.branch_code = r.branch_code;
UPDATE ledger_entry e
  JOIN invoice_return r ON e.kind = 'RETURN' AND r.return_number = e.source_id
  JOIN invoice i ON i.id = r.invoice_id AND i.member_id = e.member_id
  SET e.branch_code = i.branch_code;

ALTER TABLE ledger_entry ADD KEY ix_ledger_entry_day (occurred_at, branch_code, asset, kind, source_type, amount);
ALTER TABLE invoice ADD KEY ix_invoice_day (issued_at, branch_code, member_id, total, credit_redeemed);
ALTER TABLE invoice_return ADD KEY ix_invoice_return_day (created_at, invoice_id, returned_value, credit_refunded);
