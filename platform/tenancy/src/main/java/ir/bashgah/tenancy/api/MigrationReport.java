package ir.bashgah.tenancy.api;

import java.util.List;

/** How the tenants' migration at start-up went: how many, already current, migrated now, which failed, how long. */
public record MigrationReport(int tenants, int upToDate, int migrated, List<String> failed, long millis) {}
