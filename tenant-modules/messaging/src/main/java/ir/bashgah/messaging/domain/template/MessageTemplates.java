package ir.bashgah.messaging.domain.template;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The club's templates. */
public interface MessageTemplates {
  Optional<MessageTemplate> byCode(String code);

  Map<String, MessageTemplate> byCodes(Collection<String> codes);

  List<MessageTemplate> all();

  /** Adds it; false when the code is taken. */
  boolean add(MessageTemplate template);

  /** Replaces the one with its code; false when there is none. */
  boolean replace(MessageTemplate template);
}
