package th.go.sesaoret.servicedesk.publication.application;

import jakarta.persistence.EntityManager;
import th.go.sesaoret.servicedesk.publication.domain.Publication;
import th.go.sesaoret.servicedesk.shared.BusinessException;

/** Finds the post of a request (one query, by the unique request column). */
final class PublicationReads {
  private PublicationReads() {}

  static Publication ofRequest(EntityManager em, long requestId) {
    return em.createQuery("select p from Publication p where p.request.id = :r", Publication.class)
        .setParameter("r", requestId)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new BusinessException("request.notVisible"));
  }
}
