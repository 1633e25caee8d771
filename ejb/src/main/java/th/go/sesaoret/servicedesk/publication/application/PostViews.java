package th.go.sesaoret.servicedesk.publication.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import th.go.sesaoret.servicedesk.publication.application.PostView.PostFile;
import th.go.sesaoret.servicedesk.publication.domain.Publication;
import th.go.sesaoret.servicedesk.publication.domain.PublicationDigest;
import th.go.sesaoret.servicedesk.security.domain.Person;
import th.go.sesaoret.servicedesk.security.domain.Role;

/**
 * Builds a post's {@link PostView}, the one model the public post page and the staff's preview
 * render alike: its files by a projection (never their bytes), the authoriser by name and position.
 * The caller has decided who may see the post.
 */
@Stateless
@PermitAll
public class PostViews {
  @PersistenceContext private EntityManager em;

  /** Post {@code p} as a reader sees it; {@code publishedAt} is the release's (null on preview). */
  public PostView of(Publication p) {
    List<PostFile> files = files(p.id());
    PostFile cover =
        p.coverFileId() == null
            ? null
            : files.stream()
                .filter(f -> f.id() == p.coverFileId() && f.isImage())
                .findFirst()
                .orElse(null);
    String by = p.release().approvedBy();
    Optional<Person> approver =
        by == null
            ? Optional.empty()
            : em.createQuery("select p from Person p where p.username = :u", Person.class)
                .setParameter("u", by)
                .getResultStream()
                .findFirst();
    return new PostView(
        p.id(),
        p.category(),
        p.titleTh(),
        p.titleEn(),
        p.summary(),
        p.excerpt(),
        p.bodyHtml() == null ? "" : p.bodyHtml(),
        cover,
        files,
        approver.map(Person::fullName).orElse(null),
        approver.map(a -> position(p, a)).orElse(null),
        p.release().approvedAt(),
        p.release().verificationCode(),
        p.release().publishedAt(),
        p.expiresAt());
  }

  /**
   * The SHA-256 of post {@code p}'s text and files as they are now ({@link Publication#digest()},
   * with the files' hashes read by a projection, not their bytes): what a reader compares with the
   * approved one.
   */
  public String digestNow(Publication p) {
    return digest(p, files(p.id()));
  }

  /** The same, with the post's files read already. */
  public String digest(Publication p, List<PostFile> files) {
    return PublicationDigest.of(
        p.category(),
        p.titleTh(),
        p.titleEn(),
        p.summary(),
        p.bodyText(),
        files.stream().map(PostFile::sha256).toList());
  }

  /** Post {@code publicationId}'s files in their order, without their bytes. */
  public List<PostFile> files(long publicationId) {
    return em.createQuery(
            "select new th.go.sesaoret.servicedesk.publication.application.PostView$PostFile("
                + "f.id, f.name, f.contentType, f.size, f.sha256, f.caption)"
                + " from PublicationFile f where f.publication.id = :p order by f.position, f.id",
            PostFile.class)
        .setParameter("p", publicationId)
        .getResultList();
  }

  /**
   * The authoriser's position as a bundle key ({@code role.DIRECTOR}): the role the post was
   * proposed to if they hold it, else their most senior role other than administrator.
   */
  static String position(Publication p, Person approver) {
    if (p.proposeTo() != null && approver.roles().contains(p.proposeTo())) {
      return p.proposeTo().labelKey();
    }
    return approver.roles().stream()
        .filter(r -> r != Role.ADMIN)
        .sorted()
        .findFirst()
        .map(Role::labelKey)
        .orElse(null);
  }
}
