package ir.bashgah.loyalty.api;

public record Payment(PaymentMethod method, long amount) {}
