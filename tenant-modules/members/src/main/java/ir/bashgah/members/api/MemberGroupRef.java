package ir.bashgah.members.api;

/** A member group of the club (M1), as other modules see it: the code they key rules on, and its name. */
public record MemberGroupRef(String code, String name) {}
