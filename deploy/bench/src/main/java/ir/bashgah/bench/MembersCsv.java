package ir.bashgah.bench;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * The input of the member-import benchmark (time to import 1,000,000 members from CSV). The import
 * itself does not exist yet; this writes the file so that its timing can be wired in when it does.
 *
 * <p>Columns: {@code firstName,lastName,mobile,nationalCode,birthDate,group,openingPoints,openingCredit}
 * with a header row, UTF-8. Mobiles are valid Iranian mobiles (09xxxxxxxxx, prefixes libphonenumber
 * accepts) and national codes carry a correct check digit; both are unique in the file. About one row
 * in 10^8 has no national code (when the code would be one repeated digit, which is never issued).
 * The same count and seed give the same file.
 *
 * <p>Usage: {@code java -cp deploy/bench/target/classes ir.bashgah.bench.MembersCsv <count> <out.csv> [seed]}
 */
public final class MembersCsv {
  private MembersCsv() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: MembersCsv <count> <out.csv> [seed]");
      System.exit(2);
    }
    long count = Long.parseLong(args[0]);
    Path out = Path.of(args[1]);
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 2026L;
    if (out.toAbsolutePath().getParent() != null) {
      Files.createDirectories(out.toAbsolutePath().getParent());
    }
    long t0 = System.nanoTime();
    Random random = new Random(seed);
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      w.write("firstName,lastName,mobile,nationalCode,birthDate,group,openingPoints,openingCredit\n");
      StringBuilder line = new StringBuilder(128);
      for (long i = 0; i < count; i++) {
        String code = People.nationalCode(i + seed * 1_000_003L);
        long points = random.nextInt(3) == 0 ? 0 : random.nextInt(5_000);
        long credit = random.nextInt(4) == 0 ? 0 : 10_000L * random.nextInt(1_000);
        line.setLength(0);
        line.append(People.firstName(random)).append(',')
            .append(People.lastName(random)).append(',')
            .append(People.mobile(i + seed * 1_000_003L)).append(',')
            .append(code == null ? "" : code).append(',')
            .append(People.birthDate(random)).append(',')
            .append(People.group(random)).append(',')
            .append(points).append(',')
            .append(credit).append('\n');
        w.write(line.toString());
      }
    }
    System.out.printf("%d members written to %s in %d ms (%d bytes)%n", count, out, (System.nanoTime() - t0) / 1_000_000, Files.size(out));
  }
}
