package ir.bashgah.members.infra;

import ir.bashgah.members.domain.tag.MemberTag;
import ir.bashgah.members.domain.timeline.MemberNote;
import ir.bashgah.members.domain.timeline.Timeline;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/** What staff attach to a member: tags (B2) and timeline notes (M7). */
@ApplicationScoped
public class JpaTimeline implements Timeline {
  @Inject EntityManager em;

  @Override
  public List<String> tagsOf(long memberId) {
    return em.createQuery("SELECT t.tag FROM MemberTag t WHERE t.memberId = :m ORDER BY t.tag", String.class).setParameter("m", memberId).getResultList();
  }

  @Override
  public Optional<MemberTag> tag(long memberId, String tag) {
    return em.createQuery("SELECT t FROM MemberTag t WHERE t.memberId = :m AND t.tag = :t", MemberTag.class)
        .setParameter("m", memberId).setParameter("t", tag).getResultStream().findFirst();
  }

  @Override
  public void add(Object entity) {
    em.persist(entity);
  }

  @Override
  public void remove(MemberTag tag) {
    em.remove(tag);
  }

  @Override
  public void flush() {
    em.flush();
  }

  @Override
  public List<MemberNote> notesOf(long memberId, int page, int size) {
    return em.createQuery("SELECT n FROM MemberNote n WHERE n.memberId = :m ORDER BY n.createdAt DESC, n.id DESC", MemberNote.class)
        .setParameter("m", memberId).setFirstResult(page * size).setMaxResults(size).getResultList();
  }

  @Override
  public long countNotesOf(long memberId) {
    return em.createQuery("SELECT COUNT(n) FROM MemberNote n WHERE n.memberId = :m", Long.class).setParameter("m", memberId).getSingleResult();
  }
}
