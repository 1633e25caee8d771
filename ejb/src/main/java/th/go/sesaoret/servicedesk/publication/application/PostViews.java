package th.go.sesaoret.servicedesk.publication.application;

import jakarta.persistence.EntityManager;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import th.go.sesaoret.servicedesk.publication.domain.Publication;
import th.go.sesaoret.servicedesk.publication.domain.PublicationFile;
import th.go.sesaoret.servicedesk.security.domain.Role;

/**
 * A post as its preview shows it, built as the public page's {@link PostView}: the approval line
 * names the signer by name and position (the bundle key of the role they signed in, e.g. {@code
 * role.DEPUTY_DIRECTOR}), with the signature's verification code.
 */
final class PostViews {
  private PostViews() {}

  static PostView of(EntityManager em, Publication p) {
    String signer = p.release().approvedBy();
    var signing = PublicationDesk.signing(p.request());
    if (signer == null && signing.isPresent()) {
      signer = signing.get().approver();
    }
    String name = null;
    String position = null;
    if (signer != null) {
      List<Object[]> rows =
          em.createQuery(
                  "select p.fullName, role from Person p left join p.roles role"
                      + " where p.username = :u",
                  Object[].class)
              .setParameter("u", signer)
              .getResultList();
      Set<Role> held = EnumSet.noneOf(Role.class);
      for (Object[] row : rows) {
        name = (String) row[0];
        if (row[1] != null) {
          held.add((Role) row[1]);
        }
      }
      Role signedAs = signing.map(PublicationDesk::position).orElse(Role.DEPUTY_DIRECTOR);
      if (!held.contains(signedAs) && held.contains(Role.DIRECTOR)) {
        signedAs = Role.DIRECTOR;
      }
      position = signedAs.labelKey();
    }
    List<PostView.PostFile> files = p.files().stream().map(PublicationDesk::file).toList();
    PostView.PostFile cover =
        p.coverFileId() == null
            ? null
            : p.file(p.coverFileId()).map(PublicationDesk::file).orElse(null);
    return new PostView(
        p.id(),
        p.category(),
        p.titleTh(),
        p.titleEn(),
        p.summary(),
        p.excerpt(),
        p.bodyHtml(),
        cover,
        files,
        name,
        position,
        p.release().approvedAt() != null
            ? p.release().approvedAt()
            : signing.map(a -> a.approvedAt()).orElse(null),
        p.release().verificationCode(),
        p.release().publishedAt(),
        p.expiresAt());
  }

  static PostView.PostFile file(PublicationFile f) {
    return PublicationDesk.file(f);
  }
}
