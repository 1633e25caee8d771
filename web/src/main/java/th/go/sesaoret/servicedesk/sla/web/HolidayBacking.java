package th.go.sesaoret.servicedesk.sla.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedSet;
import java.util.stream.IntStream;
import th.go.sesaoret.servicedesk.shared.BusinessException;
import th.go.sesaoret.servicedesk.shared.OfficeTime;
import th.go.sesaoret.servicedesk.shared.web.Dialogs;
import th.go.sesaoret.servicedesk.shared.web.Messages;
import th.go.sesaoret.servicedesk.sla.application.HolidayAdministration;
import th.go.sesaoret.servicedesk.sla.application.HolidayForm;
import th.go.sesaoret.servicedesk.sla.application.HolidayRow;
import th.go.sesaoret.servicedesk.sla.domain.HolidayKind;

/** The administrator's holiday table, one year at a time. */
@Named
@ViewScoped
public class HolidayBacking implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final int FIRST_YEAR = 2026;

  @EJB private HolidayAdministration holidays;

  private int year;
  private List<HolidayRow> rows;
  private Long editing;
  private LocalDate date;
  private String nameTh;
  private String nameEn;
  private HolidayKind kind = HolidayKind.PUBLIC;
  private boolean officeClosed = true;
  private boolean provisional;
  private String reference;

  @PostConstruct
  void init() {
    year = LocalDate.now(OfficeTime.ZONE).getYear();
  }

  public List<HolidayRow> getRows() {
    if (rows == null) {
      rows = holidays.year(year);
    }
    return rows;
  }

  public List<Integer> getYears() {
    int last = Math.max(year, LocalDate.now(OfficeTime.ZONE).getYear() + 2);
    return IntStream.rangeClosed(FIRST_YEAR, last).boxed().toList();
  }

  public SortedSet<Integer> getMissingYears() {
    return holidays.comingYearsWithoutData();
  }

  public long getProvisionalCount() {
    return getRows().stream().filter(HolidayRow::provisional).count();
  }

  public HolidayKind[] getKinds() {
    return HolidayKind.values();
  }

  public void yearChanged() {
    rows = null;
  }

  public void startNew() {
    editing = null;
    date = null;
    nameTh = null;
    nameEn = null;
    kind = HolidayKind.PUBLIC;
    officeClosed = true;
    provisional = false;
    reference = null;
  }

  public void startEdit(HolidayRow h) {
    editing = h.id();
    date = h.date();
    nameTh = h.nameTh();
    nameEn = h.nameEn();
    kind = h.kind();
    officeClosed = h.officeClosed();
    provisional = h.provisional();
    reference = h.reference();
  }

  public void save() {
    HolidayForm form =
        new HolidayForm(date, nameTh, nameEn, kind, officeClosed, provisional, reference);
    try {
      HolidayRow saved = editing == null ? holidays.add(form) : holidays.update(editing, form);
      year = saved.date().getYear();
      rows = null;
      Dialogs.done("sla.holiday.saved");
    } catch (BusinessException e) {
      Messages.error(e);
    }
  }

  public void remove(HolidayRow h) {
    try {
      holidays.remove(h.id());
      rows = null;
      Messages.info("sla.holiday.removed");
    } catch (BusinessException e) {
      Messages.error(e);
    }
  }

  public boolean isEditing() {
    return editing != null;
  }

  public int getYear() {
    return year;
  }

  public void setYear(int year) {
    this.year = year;
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }

  public String getNameTh() {
    return nameTh;
  }

  public void setNameTh(String nameTh) {
    this.nameTh = nameTh;
  }

  public String getNameEn() {
    return nameEn;
  }

  public void setNameEn(String nameEn) {
    this.nameEn = nameEn;
  }

  public HolidayKind getKind() {
    return kind;
  }

  public void setKind(HolidayKind kind) {
    this.kind = kind;
  }

  public boolean isOfficeClosed() {
    return officeClosed;
  }

  public void setOfficeClosed(boolean officeClosed) {
    this.officeClosed = officeClosed;
  }

  public boolean isProvisional() {
    return provisional;
  }

  public void setProvisional(boolean provisional) {
    this.provisional = provisional;
  }

  public String getReference() {
    return reference;
  }

  public void setReference(String reference) {
    this.reference = reference;
  }
}
