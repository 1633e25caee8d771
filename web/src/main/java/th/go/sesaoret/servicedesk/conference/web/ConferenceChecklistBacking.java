package th.go.sesaoret.servicedesk.conference.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import th.go.sesaoret.servicedesk.conference.application.ChecklistView;
import th.go.sesaoret.servicedesk.conference.application.ConferenceChecklist;
import th.go.sesaoret.servicedesk.conference.application.ConferenceDesk;
import th.go.sesaoret.servicedesk.conference.domain.Checklist;
import th.go.sesaoret.servicedesk.repair.domain.RepairForm;
import th.go.sesaoret.servicedesk.request.application.RequestState;
import th.go.sesaoret.servicedesk.shared.BusinessException;
import th.go.sesaoret.servicedesk.shared.web.Callers;
import th.go.sesaoret.servicedesk.shared.web.Messages;

/**
 * The operator's checklist page ({@code /conference/checklist.xhtml?id=N}, made for a phone): the
 * meeting at the top, then set-up, run and post-check, only the open part editable; a repair for
 * one item in one click. One service call per action; afterwards the page shows the checklist as it
 * is now.
 */
@Named
@ViewScoped
public class ConferenceChecklistBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The client id of the messages under the page's title. */
  public static final String MESSAGES = "checklistMessages";

  /** The meeting's times are the office's (Asia/Bangkok). */
  private static final ZoneId ZONE = ZoneId.of("Asia/Bangkok");

  private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm");

  /** One call on the checklist service. */
  private interface Call {
    RequestState run(long requestId, String ip);
  }

  @EJB private ConferenceDesk desk;
  @EJB private ConferenceChecklist checklist;

  private String id;
  private ChecklistView view;
  private boolean loaded;
  private final ChecklistInputs inputs = new ChecklistInputs();
  private RequestState repairFiled;

  /** The view action: the checklist of {@code id}, or "not found" alike for any other id. */
  public void load() {
    loaded = true;
    view = null;
    Long requestId = requestId();
    if (requestId != null) {
      view = desk.checklist(requestId).orElse(null);
    }
    if (view == null) {
      Messages.error("conference.booking.notFound");
      return;
    }
    inputs.prefill(view, ZONE);
  }

  public void setUp() {
    act(
        (rid, ip) ->
            checklist.setUp(
                rid,
                inputs.getCamera(),
                inputs.getSound(),
                inputs.getFarEnd(),
                inputs.getBroadcastTest(),
                inputs.getSetupNote(),
                ip),
        "conference.web.checklist.setupDone");
  }

  public void ran() {
    act(
        (rid, ip) ->
            checklist.ran(
                rid,
                instant(inputs.getActualStart()),
                instant(inputs.getActualEnd()),
                inputs.getBroadcastLink(),
                inputs.getRunProblems(),
                ip),
        "conference.web.checklist.runDone");
  }

  public void checkedAfter() {
    act(
        (rid, ip) ->
            checklist.checkedAfter(
                rid, inputs.getEquipmentBack(), inputs.getSignalOk(), inputs.getPostProblems(), ip),
        "conference.web.checklist.postDone");
  }

  /** A repair request for item {@code itemId}, with the problem typed for repairs. */
  public void fileRepair(long itemId) {
    act(
        (rid, ip) -> {
          repairFiled =
              checklist.fileRepair(
                  rid, itemId, inputs.getRepairProblem(), inputs.getRepairPhone(), ip);
          return repairFiled;
        },
        "conference.web.checklist.repairFiled");
  }

  private void act(Call call, String doneKey) {
    try {
      if (view == null) {
        throw new BusinessException("conference.booking.notFound");
      }
      RequestState state = call.run(view.requestId(), Callers.ip());
      Messages.infoAt(MESSAGES, doneKey, state.number());
      load();
    } catch (BusinessException e) {
      Messages.errorAt(MESSAGES, e);
      view = desk.checklist(view == null ? -1L : view.requestId()).orElse(null);
    }
  }

  /** A time of the meeting's day as an instant (null stays null: the service names it missing). */
  private Instant instant(LocalTime time) {
    if (time == null || view == null) {
      return null;
    }
    return view.meetingStart().atZone(ZONE).toLocalDate().atTime(time).atZone(ZONE).toInstant();
  }

  private Long requestId() {
    if (id == null
        || id.isBlank()
        || id.length() > 18
        || !id.chars().allMatch(Character::isDigit)) {
      return null;
    }
    return Long.valueOf(id);
  }

  /** True when {@code part} is the one open now and the reader may fill it in. */
  public boolean editable(String part) {
    return view != null && view.mayFill() && view.part().name().equals(part);
  }

  /** True when {@code part} is done already (shown as recorded). */
  public boolean done(String part) {
    if (view == null) {
      return false;
    }
    return view.part() == ChecklistView.Part.DONE
        || ChecklistView.Part.valueOf(part).ordinal() < view.part().ordinal()
            && view.part() != ChecklistView.Part.CANCELLED;
  }

  /** A time of day as the page shows it (the office's zone). */
  public String hm(Instant at) {
    return at == null ? "" : HM.format(at.atZone(ZONE));
  }

  public int getNoteMax() {
    return Checklist.NOTE_MAX;
  }

  public int getLinkMax() {
    return Checklist.LINK_MAX;
  }

  public int getSymptomMax() {
    return RepairForm.SYMPTOM_MAX;
  }

  public int getPhoneMax() {
    return RepairForm.PHONE_MAX;
  }

  public ChecklistView getView() {
    if (!loaded) {
      load();
    }
    return view;
  }

  public ChecklistInputs getInputs() {
    return inputs;
  }

  public RequestState getRepairFiled() {
    return repairFiled;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}
