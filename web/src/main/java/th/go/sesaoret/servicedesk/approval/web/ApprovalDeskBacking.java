package th.go.sesaoret.servicedesk.approval.web;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import th.go.sesaoret.servicedesk.approval.application.ApprovalDesk;
import th.go.sesaoret.servicedesk.approval.application.DeskChoice;
import th.go.sesaoret.servicedesk.approval.application.DeskConfirmation;
import th.go.sesaoret.servicedesk.approval.application.DeskItem;
import th.go.sesaoret.servicedesk.approval.application.DeskSignature;
import th.go.sesaoret.servicedesk.approval.application.DeskSort;
import th.go.sesaoret.servicedesk.approval.domain.BatchResult;
import th.go.sesaoret.servicedesk.shared.BusinessException;
import th.go.sesaoret.servicedesk.shared.web.Callers;
import th.go.sesaoret.servicedesk.shared.web.ListFilters;
import th.go.sesaoret.servicedesk.shared.web.ListModel;
import th.go.sesaoret.servicedesk.shared.web.Messages;

/**
 * The approval desk (approval/desk.xhtml): the approvals waiting for the caller, paged by the
 * database; the items ticked are shown one by one with their verification codes, then signed with
 * one password entry, and the outcome is listed item by item.
 */
@Named
@ViewScoped
public class ApprovalDeskBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB private ApprovalDesk desk;

  private final ListFilters filters = new ListFilters(null);
  private final ListModel<DeskItem, DeskSort> model =
      new ListModel<>(
          DeskSort.class,
          () -> filters.query(DeskSort.DUE, true),
          query -> desk.countWaiting(query),
          (query, page) -> desk.waiting(query, page),
          DeskItem::stepId);

  private final Map<Long, Boolean> ticked = new HashMap<>();
  private final Map<Long, String> choices = new HashMap<>();
  private List<DeskConfirmation> shown = List.of();
  private BatchResult result;
  private String comment;
  private String password;
  private final Map<Long, String> signedNumbers = new HashMap<>();

  /** Shows the ticked items as they are now, one by one, before signing. */
  public void confirm() {
    List<Long> ids =
        ticked.entrySet().stream()
            .filter(e -> Boolean.TRUE.equals(e.getValue()))
            .map(Map.Entry::getKey)
            .toList();
    result = null;
    if (ids.isEmpty()) {
      Messages.error("approval.desk.noneTicked");
      return;
    }
    try {
      shown = desk.confirm(ids);
      choices.keySet().retainAll(ids);
      if (shown.isEmpty()) {
        Messages.error("approval.desk.gone");
      }
    } catch (BusinessException e) {
      Messages.error(e);
    } catch (EJBException e) {
      rethrowUnlessRefusal(e);
    }
  }

  /** Signs every item shown with the one password entered. */
  public void sign() {
    char[] secret = password == null ? new char[0] : password.toCharArray();
    password = null;
    List<DeskSignature> items = new ArrayList<>();
    signedNumbers.clear();
    for (DeskConfirmation c : shown) {
      signedNumbers.put(c.stepId(), c.number());
      items.add(new DeskSignature(c.stepId(), c.sha256(), choices.get(c.stepId())));
    }
    try {
      result = desk.sign(items, secret, comment, Callers.ip());
      shown = List.of();
      ticked.clear();
      choices.clear();
      comment = null;
      if (result.allSigned()) {
        Messages.info("approval.desk.allSigned", result.signed());
      } else {
        Messages.error("approval.desk.someRefused", result.signed(), result.refused());
      }
    } catch (BusinessException e) {
      Messages.error(e);
    } catch (EJBException e) {
      rethrowUnlessRefusal(e);
    }
  }

  /** Back to the list without signing. */
  public void cancel() {
    shown = List.of();
    password = null;
  }

  /** The words of an item's refusal, with its arguments. */
  public String refusal(BatchResult.Item item) {
    return Messages.text(item.refusalKey(), item.args().toArray());
  }

  /** The number of an item of the result (a refused item's from what was shown). */
  public String number(BatchResult.Item item) {
    if (item.number() != null) {
      return item.number();
    }
    return signedNumbers.getOrDefault(item.stepId(), "");
  }

  /** A choice of a service's order: a person's name and the jobs on their desk now. */
  public String choiceLabel(DeskChoice choice) {
    return choice.load() == null
        ? choice.name()
        : Messages.text("approval.desk.choice.label", choice.name(), choice.load());
  }

  private static void rethrowUnlessRefusal(EJBException e) {
    if (e.getCause() instanceof BusinessException b) {
      Messages.error(b);
    } else {
      throw e;
    }
  }

  public boolean isConfirming() {
    return !shown.isEmpty();
  }

  public ListModel<DeskItem, DeskSort> getModel() {
    return model;
  }

  public ListFilters getFilters() {
    return filters;
  }

  public Map<Long, Boolean> getTicked() {
    return ticked;
  }

  public Map<Long, String> getChoices() {
    return choices;
  }

  public List<DeskConfirmation> getShown() {
    return shown;
  }

  public BatchResult getResult() {
    return result;
  }

  public int getBatchMax() {
    return ApprovalDesk.BATCH_MAX;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
