package ir.bashgah.messaging.api;

import java.time.LocalDate;

/**
 * Which active members a segment holds: every condition given must hold; none given means every
 * active member. Days are Tehran days. {@code lastPurchaseBefore}: no purchase on or after that day
 * (members who never bought are in); {@code lastPurchaseAfter}: a purchase on or after that day;
 * {@code city}: the member's city, as {@link ir.bashgah.kernel.text.PlaceName} writes it.
 */
public record SegmentFilter(String group, String level, String tag, LocalDate lastPurchaseBefore, LocalDate lastPurchaseAfter, String city) {}
