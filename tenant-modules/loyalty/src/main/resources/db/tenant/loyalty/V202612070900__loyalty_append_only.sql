-- Money rows are written once (docs/decisions/0002, "Append-only money rows"). The database refuses
-- what the application never does, as it does for audit_entry: a correction is a new entry, never an
-- edit, and nothing that counts money is ever deleted (dropping a club's schema fires no trigger).
--
-- Guarded tables are named here column by column: a migration that adds a column to one of them adds
-- it to its guard; one that must rewrite history drops the trigger, writes, and creates it again.
-- Strings are compared as bytes (a case-insensitive collation would let 'D-1' become 'd-1').

-- Never changed, never deleted.
CREATE TRIGGER ledger_entry_no_update BEFORE UPDATE ON ledger_entry FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'ledger_entry is append-only';
CREATE TRIGGER ledger_entry_no_delete BEFORE DELETE ON ledger_entry FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'ledger_entry is append-only';

CREATE TRIGGER lot_draw_no_update BEFORE UPDATE ON lot_draw FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'lot_draw is append-only';
CREATE TRIGGER lot_draw_no_delete BEFORE DELETE ON lot_draw FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'lot_draw is append-only';

CREATE TRIGGER invoice_line_no_update BEFORE UPDATE ON invoice_line FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'invoice_line is append-only';
CREATE TRIGGER invoice_line_no_delete BEFORE DELETE ON invoice_line FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'invoice_line is append-only';

CREATE TRIGGER invoice_payment_no_update BEFORE UPDATE ON invoice_payment FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'invoice_payment is append-only';
CREATE TRIGGER invoice_payment_no_delete BEFORE DELETE ON invoice_payment FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'invoice_payment is append-only';

CREATE TRIGGER invoice_return_no_update BEFORE UPDATE ON invoice_return FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'invoice_return is append-only';
CREATE TRIGGER invoice_return_no_delete BEFORE DELETE ON invoice_return FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'invoice_return is append-only';

CREATE TRIGGER invoice_return_line_no_update BEFORE UPDATE ON invoice_return_line FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'invoice_return_line is append-only';
CREATE TRIGGER invoice_return_line_no_delete BEFORE DELETE ON invoice_return_line FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'invoice_return_line is append-only';

CREATE TRIGGER conversion_no_update BEFORE UPDATE ON conversion FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'conversion is append-only';
CREATE TRIGGER conversion_no_delete BEFORE DELETE ON conversion FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'conversion is append-only';

CREATE TRIGGER balance_transfer_no_update BEFORE UPDATE ON balance_transfer FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'balance_transfer is append-only';
CREATE TRIGGER balance_transfer_no_delete BEFORE DELETE ON balance_transfer FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'balance_transfer is append-only';

-- A check's result is evidence of what the ledger was at the time.
CREATE TRIGGER ledger_check_no_update BEFORE UPDATE ON ledger_check FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'ledger_check is append-only';
CREATE TRIGGER ledger_check_no_delete BEFORE DELETE ON ledger_check FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'ledger_check is append-only';

-- Kept for ever, with columns that move.

-- A balance moves with its entries (available, pending, updated_at); whose and of what never does.
CREATE TRIGGER balance_no_delete BEFORE DELETE ON balance FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'a balance is never deleted';
CREATE TRIGGER balance_guard BEFORE UPDATE ON balance FOR EACH ROW
BEGIN
  IF NOT (NEW.member_id <=> OLD.member_id AND CAST(NEW.asset AS BINARY) <=> CAST(OLD.asset AS BINARY)) THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'balance: only available, pending and updated_at may change';
  END IF;
END;

-- A lot's remaining amount moves with its draws, and it is released once (pending TRUE to FALSE);
-- what it received, whose, when, and until when never change (expiry is a draw, not an edit).
CREATE TRIGGER lot_no_delete BEFORE DELETE ON lot FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'a lot is never deleted';
CREATE TRIGGER lot_guard BEFORE UPDATE ON lot FOR EACH ROW
BEGIN
  IF NOT (NEW.id <=> OLD.id
      AND NEW.member_id <=> OLD.member_id
      AND CAST(NEW.asset AS BINARY) <=> CAST(OLD.asset AS BINARY)
      AND NEW.entry_id <=> OLD.entry_id
      AND NEW.original <=> OLD.original
      AND NEW.earned_at <=> OLD.earned_at
      AND NEW.available_at <=> OLD.available_at
      AND NEW.expires_at <=> OLD.expires_at) THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'lot: only remaining and pending may change';
  END IF;
  IF NOT OLD.pending AND NEW.pending THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'lot: a released lot cannot become pending again';
  END IF;
END;

-- An invoice is written once; only the value returned of it grows, return by return.
CREATE TRIGGER invoice_no_delete BEFORE DELETE ON invoice FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'an invoice is never deleted';
CREATE TRIGGER invoice_guard BEFORE UPDATE ON invoice FOR EACH ROW
BEGIN
  IF NOT (NEW.id <=> OLD.id
      AND CAST(NEW.branch_code AS BINARY) <=> CAST(OLD.branch_code AS BINARY)
      AND CAST(NEW.invoice_number AS BINARY) <=> CAST(OLD.invoice_number AS BINARY)
      AND NEW.member_id <=> OLD.member_id
      AND NEW.issued_at <=> OLD.issued_at
      AND CAST(NEW.sale_type AS BINARY) <=> CAST(OLD.sale_type AS BINARY)
      AND NEW.total <=> OLD.total
      AND NEW.eligible <=> OLD.eligible
      AND NEW.points_earned <=> OLD.points_earned
      AND NEW.credit_earned <=> OLD.credit_earned
      AND NEW.credit_redeemed <=> OLD.credit_redeemed
      AND NEW.created_at <=> OLD.created_at
      AND CAST(NEW.programme_code AS BINARY) <=> CAST(OLD.programme_code AS BINARY)
      AND NEW.points_entry_id <=> OLD.points_entry_id
      AND NEW.credit_entry_id <=> OLD.credit_entry_id
      AND NEW.cashback <=> OLD.cashback
      AND NEW.level_value <=> OLD.level_value) THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'invoice: only returned_total may change';
  END IF;
  IF NEW.returned_total < OLD.returned_total THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'invoice: returned_total only grows';
  END IF;
END;

-- A redemption is used by an invoice or cancelled, once; what was spent, by whom, where and when
-- never changes.
CREATE TRIGGER redemption_no_delete BEFORE DELETE ON redemption FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'a redemption is never deleted';
CREATE TRIGGER redemption_guard BEFORE UPDATE ON redemption FOR EACH ROW
BEGIN
  IF NOT (NEW.id <=> OLD.id
      AND NEW.member_id <=> OLD.member_id
      AND NEW.amount <=> OLD.amount
      AND NEW.entry_id <=> OLD.entry_id
      AND CAST(NEW.branch_code AS BINARY) <=> CAST(OLD.branch_code AS BINARY)
      AND CAST(NEW.terminal_id AS BINARY) <=> CAST(OLD.terminal_id AS BINARY)
      AND CAST(NEW.invoice_number AS BINARY) <=> CAST(OLD.invoice_number AS BINARY)
      AND NEW.created_at <=> OLD.created_at) THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'redemption: only status, cancelled_at and version may change';
  END IF;
  IF NOT (CAST(NEW.status AS BINARY) <=> CAST(OLD.status AS BINARY)
      OR (OLD.status = 'ACTIVE' AND CAST(NEW.status AS BINARY) IN (CAST('USED' AS BINARY), CAST('CANCELLED' AS BINARY)))) THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'redemption: only an active redemption is used or cancelled';
  END IF;
  IF NOT (NEW.cancelled_at <=> OLD.cancelled_at OR (OLD.cancelled_at IS NULL AND CAST(NEW.status AS BINARY) = CAST('CANCELLED' AS BINARY)
      AND CAST(OLD.status AS BINARY) = CAST('ACTIVE' AS BINARY))) THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'redemption: cancelled_at is set once, by the cancellation';
  END IF;
END;
