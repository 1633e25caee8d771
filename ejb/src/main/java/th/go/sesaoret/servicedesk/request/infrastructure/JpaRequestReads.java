package th.go.sesaoret.servicedesk.request.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityGraph;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.jpa.HibernateHints;
import th.go.sesaoret.servicedesk.audit.domain.AuditEntry;
import th.go.sesaoret.servicedesk.catalog.domain.StepDefinition;
import th.go.sesaoret.servicedesk.request.application.AttachmentInfo;
import th.go.sesaoret.servicedesk.request.application.People;
import th.go.sesaoret.servicedesk.request.application.RequestReads;
import th.go.sesaoret.servicedesk.request.domain.Actor;
import th.go.sesaoret.servicedesk.request.domain.Approval;
import th.go.sesaoret.servicedesk.request.domain.Attachment;
import th.go.sesaoret.servicedesk.request.domain.ServiceRequest;
import th.go.sesaoret.servicedesk.request.domain.StepInstance;
import th.go.sesaoret.servicedesk.security.domain.Role;
import th.go.sesaoret.servicedesk.shared.list.ListClauses;

/** A request's page in JPQL: one query for each part, whatever the request's size. */
@ApplicationScoped
public class JpaRequestReads implements RequestReads {
  @PersistenceContext private EntityManager em;

  @Override
  public Optional<ServiceRequest> visible(long requestId, Actor viewer) {
    // version and service load lazily: two small look-ups for one page, not per row
    ListClauses where =
        VisibleRequests.restrict(
            new ListClauses(" where r.id = :id").param("id", requestId), "r", viewer);
    return where
        .bind(
            em.createQuery("select r from ServiceRequest r" + where.where(), ServiceRequest.class))
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<ServiceRequest> visibleWithSteps(long requestId, Actor viewer) {
    ListClauses where =
        VisibleRequests.restrict(
            new ListClauses(" where r.id = :id").param("id", requestId), "r", viewer);
    // fetched by a graph (JPA allows no alias on a fetch join, so no nested join fetch)
    EntityGraph<ServiceRequest> page = em.createEntityGraph(ServiceRequest.class);
    page.addSubgraph("version").addAttributeNodes("service");
    page.addSubgraph("steps").addAttributeNodes("definition");
    return where
        .bind(
            em.createQuery("select r from ServiceRequest r" + where.where(), ServiceRequest.class)
                .setHint("jakarta.persistence.fetchgraph", page))
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Attachment> attachment(long attachmentId) {
    return Optional.ofNullable(em.find(Attachment.class, attachmentId));
  }

  @Override
  public List<AttachmentInfo> attachments(long requestId) {
    return em.createQuery(
            "select new th.go.sesaoret.servicedesk.request.application.AttachmentInfo(a.id,"
                + " a.filename, a.contentType, a.size, a.sha256) from Attachment a"
                + " where a.request.id = :id order by a.id",
            AttachmentInfo.class)
        .setParameter("id", requestId)
        .getResultList();
  }

  @Override
  public List<StepInstance> steps(long requestId) {
    return em.createQuery(
            "select s from StepInstance s join fetch s.definition where s.request.id = :id"
                + " order by s.stepOrder",
            StepInstance.class)
        .setParameter("id", requestId)
        .getResultList();
  }

  @Override
  public List<Approval> approvals(long requestId) {
    return em.createQuery(
            "select a from Approval a join fetch a.step where a.request.id = :id"
                + " order by a.approvedAt, a.id",
            Approval.class)
        .setParameter("id", requestId)
        .getResultList();
  }

  @Override
  public List<StepDefinition> stepDefinitions(long requestId) {
    return em.createQuery(
            "select s.definition from StepInstance s where s.request.id = :id",
            StepDefinition.class)
        .setParameter("id", requestId)
        .getResultList();
  }

  @Override
  public People people(Collection<String> usernames) {
    People people = new People();
    var wanted = usernames.stream().filter(Objects::nonNull).distinct().toList();
    if (wanted.isEmpty()) {
      return people;
    }
    em.createQuery(
            "select p.username, p.fullName, r from Person p left join p.roles r"
                + " where p.username in :u",
            Object[].class)
        .setParameter("u", wanted)
        // names change when an administrator edits a person: the query cache drops this then
        .setHint(HibernateHints.HINT_CACHEABLE, true)
        .getResultList()
        .forEach(row -> people.add((String) row[0], (String) row[1], (Role) row[2]));
    return people;
  }

  @Override
  public long countHistory(long requestId) {
    return em.createQuery("select count(e) from AuditEntry e where e.requestId = :id", Long.class)
        .setParameter("id", requestId)
        .getSingleResult();
  }

  @Override
  public List<AuditEntry> history(long requestId, int first, int size) {
    return entries(requestId).setFirstResult(first).setMaxResults(size).getResultList();
  }

  @Override
  public List<AuditEntry> history(long requestId) {
    return entries(requestId).getResultList();
  }

  private TypedQuery<AuditEntry> entries(long requestId) {
    return em.createQuery(
            "select e from AuditEntry e where e.requestId = :id order by e.occurredAt, e.id",
            AuditEntry.class)
        .setParameter("id", requestId);
  }
}
