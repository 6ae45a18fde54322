package ir.bashgah.messaging.domain.line;

import java.util.Optional;

/** The club's own SMS line, of the club in context: none, or one. */
public interface ClubLines {
  Optional<ClubLine> find();

  /** Sets the line, replacing the one there was. */
  void save(ClubLine line);

  /** Removes the line; answers whether there was one. */
  boolean remove();
}
