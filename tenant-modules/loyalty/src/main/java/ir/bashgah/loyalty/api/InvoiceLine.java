package ir.bashgah.loyalty.api;

/** One line of an invoice, as the till sent it (quantities whole, prices in rials). */
public record InvoiceLine(String sku, String name, String productGroup, long quantity, long unitPrice) {
  public long total() {
    return Math.multiplyExact(quantity, unitPrice);
  }
}
