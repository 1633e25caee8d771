package th.go.sesaoret.servicedesk.repair.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import th.go.sesaoret.servicedesk.repair.application.EquipmentRepairRow;
import th.go.sesaoret.servicedesk.repair.application.RepairQueries;
import th.go.sesaoret.servicedesk.shared.web.PagedModel;

/** The repairs of one durable-goods number (repairs/equipment.xhtml?asset=), newest first. */
@Named
@ViewScoped
public class EquipmentHistoryBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB private RepairQueries queries;

  private String asset;

  private final PagedModel<EquipmentRepairRow> model =
      new PagedModel<>(this::count, this::page, EquipmentRepairRow::requestId);

  private long count(String filter) {
    return isSearched() ? queries.countHistory(asset.strip()) : 0;
  }

  private List<EquipmentRepairRow> page(String filter, int first, int size) {
    return isSearched() ? queries.history(asset.strip(), first, size) : List.of();
  }

  /** The search button: the same page with the number in its address, to bookmark or share. */
  public String search() {
    return "/repairs/equipment?faces-redirect=true&includeViewParams=true";
  }

  public boolean isSearched() {
    return asset != null && !asset.isBlank();
  }

  public PagedModel<EquipmentRepairRow> getModel() {
    return model;
  }

  public String getAsset() {
    return asset;
  }

  public void setAsset(String asset) {
    this.asset = asset;
  }
}
