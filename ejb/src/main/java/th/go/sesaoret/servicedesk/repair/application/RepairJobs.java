package th.go.sesaoret.servicedesk.repair.application;

import jakarta.persistence.EntityManager;
import th.go.sesaoret.servicedesk.repair.domain.RepairJob;
import th.go.sesaoret.servicedesk.request.domain.StepActing;
import th.go.sesaoret.servicedesk.shared.BusinessException;

/** The repair part of the request an action works on; refuses a request of another service. */
final class RepairJobs {
  private RepairJobs() {}

  static RepairJob of(EntityManager em, StepActing acting) {
    RepairJob job = em.find(RepairJob.class, acting.request().id());
    if (job == null) {
      throw new BusinessException("repair.notARepair", acting.request().number());
    }
    return job;
  }
}
