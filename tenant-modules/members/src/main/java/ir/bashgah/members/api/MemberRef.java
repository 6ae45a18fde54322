package ir.bashgah.members.api;

/**
 * A member as other modules see it: who, his group, whether he may earn and spend, and who referred
 * him (the referral bonus is paid to that member when this one settles his first invoice).
 */
public record MemberRef(long id, String memberCode, String name, String group, boolean active, boolean creditActive, String referrerCode) {}
