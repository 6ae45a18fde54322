package ir.bashgah.kernel;

import com.github.f4b6a3.tsid.TsidFactory;

/**
 * Application-made, time-ordered 64-bit ids (TSID). Chosen over table generators, which EclipseLink
 * mis-qualifies under per-tenant schemas, and over IDENTITY, which costs a round trip per insert
 * before the id is known.
 */
public final class Ids {
  private static final TsidFactory FACTORY = TsidFactory.newInstance1024();

  private Ids() {}

  public static long next() {
    return FACTORY.create().toLong();
  }
}
