package ir.bashgah.portal.infra;

import ir.bashgah.kernel.persistence.UtcInstantConverter;
import ir.bashgah.portal.domain.branding.Branding;
import ir.bashgah.portal.domain.branding.Brandings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** {@code portal_branding} of the club in context: one row, id 1. */
@ApplicationScoped
public class SqlBrandings implements Brandings {
  private static final String COLUMNS = "display_name, primary_color, background_color, template, address, instagram, telegram, whatsapp, website,"
      + " logo IS NOT NULL, logo_type, icon_512 IS NOT NULL, version";

  @Inject EntityManager em;

  @Override
  public Branding current() {
    return read("SELECT " + COLUMNS + " FROM portal_branding WHERE id = 1").orElse(Branding.STANDARD);
  }

  @Override
  public Branding lock(Instant now) {
    em.createNativeQuery("INSERT IGNORE INTO portal_branding (id, primary_color, background_color, template, version, updated_at) VALUES (1, ?, ?, ?, 0, ?)")
        .setParameter(1, Branding.STANDARD_PRIMARY).setParameter(2, Branding.STANDARD_BACKGROUND).setParameter(3, Branding.STANDARD_TEMPLATE)
        .setParameter(4, UtcInstantConverter.toColumn(now)).executeUpdate();
    return read("SELECT " + COLUMNS + " FROM portal_branding WHERE id = 1 FOR UPDATE").orElseThrow();
  }

  @Override
  public void save(Branding b, Instant now) {
    em.createNativeQuery("UPDATE portal_branding SET display_name = ?, primary_color = ?, background_color = ?, template = ?, address = ?, instagram = ?,"
            + " telegram = ?, whatsapp = ?, website = ?, version = version + 1, updated_at = ? WHERE id = 1")
        .setParameter(1, b.displayName()).setParameter(2, b.primaryColor()).setParameter(3, b.backgroundColor()).setParameter(4, b.template())
        .setParameter(5, b.address()).setParameter(6, b.social().instagram()).setParameter(7, b.social().telegram()).setParameter(8, b.social().whatsapp())
        .setParameter(9, b.social().website()).setParameter(10, UtcInstantConverter.toColumn(now)).executeUpdate();
  }

  @Override
  public void saveLogo(byte[] image, String type, Instant now) {
    em.createNativeQuery("UPDATE portal_branding SET logo = ?, logo_type = ?, version = version + 1, updated_at = ? WHERE id = 1").setParameter(1, image)
        .setParameter(2, image == null ? null : type).setParameter(3, UtcInstantConverter.toColumn(now)).executeUpdate();
  }

  @Override
  public void saveIcon(byte[] icon512, byte[] icon192, Instant now) {
    em.createNativeQuery("UPDATE portal_branding SET icon_512 = ?, icon_192 = ?, version = version + 1, updated_at = ? WHERE id = 1").setParameter(1, icon512)
        .setParameter(2, icon192).setParameter(3, UtcInstantConverter.toColumn(now)).executeUpdate();
  }

  @Override
  public Optional<Image> logo() {
    List<?> rows = em.createNativeQuery("SELECT logo, logo_type FROM portal_branding WHERE id = 1 AND logo IS NOT NULL").getResultList();
    return rows.stream().findFirst().map(o -> (Object[]) o).map(r -> new Image(bytes(r[0]), (String) r[1]));
  }

  @Override
  public Optional<Image> icon(int size) {
    String column = size >= 512 ? "icon_512" : "icon_192";
    List<?> rows = em.createNativeQuery("SELECT " + column + " FROM portal_branding WHERE id = 1 AND " + column + " IS NOT NULL").getResultList();
    return rows.stream().findFirst().map(o -> new Image(bytes(o), "image/png"));
  }

  private Optional<Branding> read(String sql) {
    List<?> rows = em.createNativeQuery(sql).getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] r = (Object[]) rows.get(0);
    return Optional.of(new Branding((String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
        new Branding.Social((String) r[5], (String) r[6], (String) r[7], (String) r[8]), truthy(r[9]), (String) r[10], truthy(r[11]),
        ((Number) r[12]).longValue()));
  }

  /** A BLOB column's bytes: the driver answers a Blob for a native query's MEDIUMBLOB. */
  private static byte[] bytes(Object value) {
    if (value instanceof byte[] b) {
      return b;
    }
    try {
      java.sql.Blob blob = (java.sql.Blob) value;
      return blob.getBytes(1, (int) blob.length());
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("Could not read an image of the portal's look", e);
    }
  }

  private static boolean truthy(Object value) {
    return value instanceof Boolean b ? b : value instanceof Number n && n.intValue() != 0;
  }
}
