package ir.bashgah.security.application;

import ir.bashgah.security.domain.session.AccountKind;

/** Sessions of one account ended in the transaction that fires this; caches forget them once it commits. */
record SessionsEnded(String tenant, AccountKind kind, long userId) {}
