package th.go.sesaoret.servicedesk.request.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import th.go.sesaoret.servicedesk.security.domain.Role;
import th.go.sesaoret.servicedesk.shared.BusinessException;
import th.go.sesaoret.servicedesk.sla.domain.BusinessCalendar;

/**
 * The actions on a request's steps, at one instant on one calendar. The rules: only the current
 * step acts, and only its role, its assignee or (on deputy/group director steps) the director; a
 * step finishes once; rejecting needs a reason and ends the request; returning for correction
 * pauses the step's clock until the requester resubmits; the requester may cancel only before any
 * approval.
 */
public final class StepActing {
  private final ServiceRequest request;
  private final BusinessCalendar calendar;
  private final Instant now;
  private final Predicate<String> ownSteps;

  private StepActing(
      ServiceRequest request, BusinessCalendar calendar, Instant now, Predicate<String> ownSteps) {
    this.request = Objects.requireNonNull(request);
    this.calendar = Objects.requireNonNull(calendar);
    this.now = Objects.requireNonNull(now);
    this.ownSteps = Objects.requireNonNull(ownSteps);
  }

  /** The actions on a request whose service acts on none of its steps with its own actions. */
  public static StepActing on(ServiceRequest request, BusinessCalendar calendar, Instant now) {
    return on(request, calendar, now, key -> false);
  }

  /**
   * The actions on a request whose service acts on the steps whose keys {@code ownSteps} accepts
   * with its own actions (the engine's complete and approve are not offered there).
   */
  public static StepActing on(
      ServiceRequest request, BusinessCalendar calendar, Instant now, Predicate<String> ownSteps) {
    return new StepActing(request, calendar, now, ownSteps);
  }

  /** Work done (a non-approval step). */
  public StepInstance complete(int order, Actor who, String comment) {
    StepInstance step = mayAct(order, who);
    if (step.isApproval()) {
      throw new BusinessException("request.step.needsApproval", order);
    }
    step.finish(StepOutcome.COMPLETED, who.username(), comment, now, calendar);
    request.advance(now, calendar);
    return step;
  }

  /** Work done, and the next step given to {@code nextAssignee} (e.g. the same technician). */
  public StepInstance complete(int order, Actor who, String comment, String nextAssignee) {
    StepInstance step = complete(order, who, comment);
    assignCurrent(nextAssignee);
    return step;
  }

  /**
   * Signed approval with an order (อนุมัติ/สั่งการ): the step that starts next is given to {@code
   * nextAssignee}, or stays with its role when null.
   */
  public Approval approveAndAssign(
      int order, Actor who, String comment, String ip, String nextAssignee) {
    Approval approval = approve(order, who, comment, ip);
    assignCurrent(nextAssignee);
    return approval;
  }

  private void assignCurrent(String username) {
    if (username != null) {
      request.currentStep().filter(StepInstance::isOpen).ifPresent(s -> s.assign(username));
    }
  }

  /**
   * The step's work stops for a reason outside the office's hands (waiting for parts): its clock
   * stops until {@link #release}. The request stays open; nothing goes back to the requester.
   */
  public StepInstance hold(int order, Actor who, String reason) {
    requireText(reason, "request.hold.reasonRequired");
    StepInstance step = current(order);
    if (step.isPaused()) {
      throw new BusinessException("request.step.alreadyHeld", order);
    }
    step.checkMayAct(who, request.requester());
    step.hold(now);
    return step;
  }

  /** Work goes on after a hold; the step is due later by the working time it was held. */
  public StepInstance release(int order, Actor who) {
    StepInstance step = current(order);
    if (!step.isPaused() || request.status() != RequestStatus.OPEN) {
      throw new BusinessException("request.step.notHeld", order);
    }
    step.checkMayAct(who, request.requester());
    step.release(now, calendar);
    return step;
  }

  /**
   * The requester reopens a completed request at step {@code order}: it runs again as its next
   * round (same assignee), and the steps after it wait again.
   */
  public StepInstance reopenCompleted(Actor who, int order) {
    if (!request.isRequester(who.username())) {
      throw new BusinessException("request.notRequester");
    }
    if (request.status() != RequestStatus.COMPLETED) {
      throw new BusinessException("request.notCompleted", request.number());
    }
    StepInstance step = request.step(order);
    request.steps().stream().filter(s -> s.order() > order).forEach(StepInstance::reset);
    step.reopen(now, calendar);
    request.reopened(order);
    return step;
  }

  /**
   * What {@code who} may do on the request now, by the same rules the actions enforce: the current
   * step's actions when it is theirs (its role, its assignee, the director on a deputy / group
   * director step, an acting official), and the requester's own correction and cancellation.
   * Complete and approve are left out at a step the service acts on with its own actions; reject is
   * offered on approval steps (a signed refusal).
   */
  public Set<StepAction> allowed(Actor who) {
    return AllowedActions.of(request, who, ownSteps);
  }

  /** True when the request's service acts on step {@code order} with its own actions. */
  public boolean isOwnStep(int order) {
    return ownSteps.test(request.step(order).key());
  }

  /** The order of the request's step {@code key} (e.g. {@code publication.draft}). */
  public int order(String key) {
    return request.step(key).order();
  }

  /** The request these actions work on. */
  public ServiceRequest request() {
    return request;
  }

  public Instant now() {
    return now;
  }

  public BusinessCalendar calendar() {
    return calendar;
  }

  /** Signed approval of the current content; the next step starts. */
  public Approval approve(int order, Actor who, String comment, String ip) {
    StepInstance step = mayAct(order, who);
    if (!step.isApproval()) {
      throw new BusinessException("request.step.notApproval", order);
    }
    Approval approval = request.sign(step, who, ip, ApprovalDecision.APPROVED, now);
    step.finish(StepOutcome.APPROVED, who.username(), comment, now, calendar);
    request.advance(now, calendar);
    return approval;
  }

  /** Signed refusal: the request ends. */
  public Approval reject(int order, Actor who, String reason, String ip) {
    requireText(reason, "request.reject.reasonRequired");
    StepInstance step = mayAct(order, who);
    requireNotRequesterStep(step);
    Approval refusal = request.sign(step, who, ip, ApprovalDecision.REJECTED, now);
    step.finish(StepOutcome.REJECTED, who.username(), reason, now, calendar);
    request.end(RequestStatus.REJECTED, now);
    return refusal;
  }

  /** Back to the requester for correction; the step's clock pauses. */
  public StepInstance returnForCorrection(int order, Actor who, String comment) {
    requireText(comment, "request.return.commentRequired");
    StepInstance step = mayAct(order, who);
    requireNotRequesterStep(step);
    step.pause(now, comment);
    request.returned();
    return step;
  }

  /**
   * The current step's actor sends the work back to the step before it (a check finds something to
   * correct in the work just done): this step waits again, the one before runs again as its next
   * round (same assignee) and shows {@code comment}, which is required. Not from the first step,
   * nor back onto an approval (a signed decision is not re-done by a later step). Returns the step
   * that runs again.
   */
  public StepInstance sendBack(int order, Actor who, String comment) {
    requireText(comment, "request.sendBack.commentRequired");
    StepInstance step = mayAct(order, who);
    StepInstance previous =
        request.steps().stream()
            .filter(s -> s.order() < order)
            .reduce((a, b) -> b)
            .orElseThrow(() -> new BusinessException("request.sendBack.noPrevious", order));
    if (previous.isApproval() || previous.finishedAt() == null) {
      throw new BusinessException("request.sendBack.noPrevious", order);
    }
    StepInstance.note(comment);
    step.reset();
    previous.reopen(now, calendar, comment);
    request.reopened(previous.order());
    return previous;
  }

  /**
   * The requester's corrected request. Unchanged content resumes the paused step (its next round,
   * due later by the paused working time). Changed content voids every approval given on other
   * content, and the earliest step so approved runs again (steps after it wait again).
   */
  public StepInstance resubmit(Actor who, String title, String description) {
    if (!request.isRequester(who.username())) {
      throw new BusinessException("request.notRequester");
    }
    if (request.status() != RequestStatus.RETURNED) {
      throw new BusinessException("request.notReturned");
    }
    request.rewrite(title, description);
    StepInstance paused = request.currentStep().orElseThrow();
    StepInstance back = request.voidApprovalsOfOtherContent(paused, now);
    if (back == paused) {
      paused.resume(now, calendar);
    } else {
      int from = back.order();
      request.steps().stream()
          .filter(s -> s.order() > from && s.order() <= paused.order())
          .forEach(StepInstance::reset);
      back.reopen(now, calendar);
    }
    request.reopened(back.order());
    return back;
  }

  /**
   * The service's own part of the content changed (staff edited a post's text): every approval
   * given on other content is void, and the earliest step so approved runs again (the steps after
   * it wait again), as a requester's changed correction does. Content that hashes the same changes
   * nothing. While the request is back with its requester, {@link #resubmit} decides. Returns the
   * step that acts now.
   */
  public StepInstance serviceContentChanged(String sha256) {
    if (request.status().isFinished()) {
      throw new BusinessException("request.finished", request.number());
    }
    request.serviceContent(sha256);
    StepInstance current = request.currentStep().orElseThrow();
    if (request.status() == RequestStatus.RETURNED) {
      return current;
    }
    StepInstance back = request.voidApprovalsOfOtherContent(current, now);
    if (back != current) {
      int from = back.order();
      request.steps().stream()
          .filter(s -> s.order() > from && s.order() <= current.order())
          .forEach(StepInstance::reset);
      back.reopen(now, calendar);
      request.reopened(back.order());
    }
    return back;
  }

  /**
   * Gives step {@code key}, one the service acts on with its own actions, to one person, whether it
   * runs now or waits (a meeting's operator takes set-up, run and post-check at once). The service
   * decided who may give it and to whom; a finished step keeps its record.
   */
  public void assignOwn(String key, String username) {
    if (!ownSteps.test(key)) {
      throw new BusinessException("request.step.notOwn", key);
    }
    if (request.status().isFinished()) {
      throw new BusinessException("request.finished", request.number());
    }
    StepInstance step = request.step(key);
    if (step.finishedAt() == null) {
      step.assign(username);
    }
  }

  /** Gives the current step to one person: its role holder or an administrator decides. */
  public StepInstance reassign(int order, Actor who, String username) {
    StepInstance step = current(order);
    if (!who.holds(Role.ADMIN)) {
      step.checkMayAct(who, request.requester());
    }
    step.assign(username);
    return step;
  }

  /** The requester withdraws the request, only before anyone approved it. */
  public void cancel(Actor who, String reason) {
    if (!request.isRequester(who.username())) {
      throw new BusinessException("request.cancel.notRequester");
    }
    if (request.status().isFinished()) {
      throw new BusinessException("request.finished", request.number());
    }
    if (request.approvals().stream().anyMatch(Approval::counts)) {
      throw new BusinessException("request.cancel.afterApproval");
    }
    request
        .currentStep()
        .ifPresent(s -> s.finish(StepOutcome.CANCELLED, who.username(), reason, now, calendar));
    request.end(RequestStatus.CANCELLED, now);
  }

  /** The current step {@code order} if {@code who} may act on it now; refuses otherwise. */
  public StepInstance mayAct(int order, Actor who) {
    StepInstance step = current(order);
    if (step.isPaused()) {
      throw new BusinessException("request.waitingForCorrection", request.number());
    }
    step.checkMayAct(who, request.requester());
    return step;
  }

  private StepInstance current(int order) {
    if (request.status().isFinished()) {
      throw new BusinessException("request.finished", request.number());
    }
    StepInstance step = request.step(order);
    if (step.finishedAt() != null) {
      throw new BusinessException("request.step.alreadyFinished", order);
    }
    if (!step.isOpen()) {
      throw new BusinessException("request.step.notCurrent", order);
    }
    return step;
  }

  private static void requireNotRequesterStep(StepInstance step) {
    if (step.actingRole() == Role.REQUESTER) {
      throw new BusinessException("request.step.requesterStep", step.order());
    }
  }

  private static void requireText(String text, String key) {
    if (text == null || text.isBlank()) {
      throw new BusinessException(key);
    }
  }
}
