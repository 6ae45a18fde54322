package ir.bashgah.members.api;

import java.time.Instant;

/**
 * A member joined the club. Fired synchronously inside the registration's transaction, so what an
 * observer does (the loyalty module's joining bonus) commits or rolls back with the member.
 */
public record MemberRegistered(MemberRef member, Instant at) {}
