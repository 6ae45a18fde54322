package ir.bashgah.pos.application;

import java.util.List;

/** A return of part or all of an invoice, as the till sends it. */
public record ReturnRequest(String invoiceNumber, String returnNumber, List<ReturnLineRequest> lines) {
  public record ReturnLineRequest(String sku, Long quantity) {}
}
