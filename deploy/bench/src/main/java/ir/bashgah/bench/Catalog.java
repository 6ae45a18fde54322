package ir.bashgah.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * What the benchmark's shop sells: 240 SKUs in 12 product groups, each group in its own price range
 * (rials, whole thousands), and baskets of 1 to 5 distinct SKUs, small baskets more often. Shared by
 * the Gatling simulation and the JDBC floor so that both write invoices of the same shape.
 */
final class Catalog {
  record Item(String sku, String name, String group, long unitPrice) {}

  record Line(Item item, int quantity) {
    long total() {
      return item.unitPrice() * quantity;
    }
  }

  private static final Object[][] GROUPS = {
    // code, Persian name, lowest and highest unit price in rials
    {"DAIRY", "لبنیات", 150_000L, 900_000L},
    {"BAKERY", "نان و شیرینی", 50_000L, 600_000L},
    {"BEVERAGE", "نوشیدنی", 80_000L, 1_200_000L},
    {"PRODUCE", "میوه و سبزی", 100_000L, 2_000_000L},
    {"MEAT", "گوشت و مرغ", 800_000L, 6_000_000L},
    {"SNACKS", "تنقلات", 40_000L, 500_000L},
    {"GROCERY", "خواربار", 200_000L, 3_500_000L},
    {"FROZEN", "منجمد", 300_000L, 2_500_000L},
    {"HOUSEHOLD", "شوینده", 200_000L, 3_000_000L},
    {"PERSONAL", "بهداشتی", 150_000L, 2_500_000L},
    {"TOYS", "اسباب‌بازی", 500_000L, 8_000_000L},
    {"ELECTRIC", "لوازم برقی", 2_000_000L, 40_000_000L},
  };

  static final List<Item> ITEMS;

  static {
    Random random = new Random(42);
    List<Item> items = new ArrayList<>();
    for (Object[] g : GROUPS) {
      long low = (Long) g[2];
      long high = (Long) g[3];
      for (int i = 1; i <= 20; i++) {
        long price = (low + (long) (random.nextDouble() * (high - low))) / 1_000 * 1_000;
        items.add(new Item(g[0] + "-" + (100 + i), g[1] + " " + i, (String) g[0], price));
      }
    }
    ITEMS = Collections.unmodifiableList(items);
  }

  private Catalog() {}

  /** 1 to 5 distinct SKUs (30/25/20/15/10 %), 1 to 3 of each; the expensive groups come up less often. */
  static List<Line> basket(Random random) {
    int p = random.nextInt(100);
    int count = p < 30 ? 1 : p < 55 ? 2 : p < 75 ? 3 : p < 90 ? 4 : 5;
    List<Line> lines = new ArrayList<>(count);
    while (lines.size() < count) {
      Item item = ITEMS.get(random.nextInt(ITEMS.size()));
      if ((item.group().equals("ELECTRIC") || item.group().equals("TOYS")) && random.nextInt(4) != 0) {
        continue;
      }
      if (lines.stream().noneMatch(l -> l.item() == item)) {
        int q = random.nextInt(10);
        lines.add(new Line(item, q < 6 ? 1 : q < 9 ? 2 : 3));
      }
    }
    return lines;
  }

  static long total(List<Line> lines) {
    long total = 0;
    for (Line l : lines) {
      total += l.total();
    }
    return total;
  }
}
