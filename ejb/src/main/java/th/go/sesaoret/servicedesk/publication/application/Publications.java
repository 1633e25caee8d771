package th.go.sesaoret.servicedesk.publication.application;

import jakarta.persistence.EntityManager;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import th.go.sesaoret.servicedesk.publication.domain.Publication;
import th.go.sesaoret.servicedesk.request.domain.Approval;
import th.go.sesaoret.servicedesk.request.domain.ServiceRequest;
import th.go.sesaoret.servicedesk.shared.BusinessException;

/** Look-ups shared by steps 5-7: a request's post, the approvers of a request. */
final class Publications {
  private Publications() {}

  /** The post filed as request {@code requestId}, if any. */
  static Optional<Publication> ofRequest(EntityManager em, long requestId) {
    return em.createQuery("select p from Publication p where p.request.id = :id", Publication.class)
        .setParameter("id", requestId)
        .getResultStream()
        .findFirst();
  }

  /** The same, refused alike when there is none. */
  static Publication required(EntityManager em, long requestId) {
    return ofRequest(em, requestId)
        .orElseThrow(() -> new BusinessException("publication.staff.notFound"));
  }

  /** Who approved the request (approvals that still count) and who signed the post. */
  static Set<String> approvers(ServiceRequest r, Publication p) {
    Set<String> out = new LinkedHashSet<>();
    r.approvals().stream().filter(a -> !a.isVoid()).map(Approval::approver).forEach(out::add);
    if (p.release().approvedBy() != null) {
      out.add(p.release().approvedBy());
    }
    return out;
  }

  /** The public link of a post (the news pages). */
  static String publicLink(Publication p) {
    return "/news/post/" + p.id();
  }
}
