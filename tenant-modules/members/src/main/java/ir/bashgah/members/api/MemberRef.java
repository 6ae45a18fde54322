package ir.bashgah.members.api;

/** A member as other modules see it: who, and whether he may earn and spend. */
public record MemberRef(long id, String memberCode, String name, String group, boolean active, boolean creditActive) {}
