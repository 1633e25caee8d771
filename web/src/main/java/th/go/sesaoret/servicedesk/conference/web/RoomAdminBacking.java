package th.go.sesaoret.servicedesk.conference.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.primefaces.model.file.UploadedFile;
import th.go.sesaoret.servicedesk.attachment.domain.Upload;
import th.go.sesaoret.servicedesk.conference.application.ItemForm;
import th.go.sesaoret.servicedesk.conference.application.ItemView;
import th.go.sesaoret.servicedesk.conference.application.OutageForm;
import th.go.sesaoret.servicedesk.conference.application.OutageView;
import th.go.sesaoret.servicedesk.conference.application.RoomAdministration;
import th.go.sesaoret.servicedesk.conference.application.RoomForm;
import th.go.sesaoret.servicedesk.conference.application.RoomView;
import th.go.sesaoret.servicedesk.conference.domain.ConferenceItem;
import th.go.sesaoret.servicedesk.conference.domain.ItemKind;
import th.go.sesaoret.servicedesk.conference.domain.Outage;
import th.go.sesaoret.servicedesk.conference.domain.Room;
import th.go.sesaoret.servicedesk.shared.BusinessException;
import th.go.sesaoret.servicedesk.shared.OfficeTime;
import th.go.sesaoret.servicedesk.shared.web.Callers;
import th.go.sesaoret.servicedesk.shared.web.Dialogs;
import th.go.sesaoret.servicedesk.shared.web.Messages;

/** The administrator's rooms, equipment and out-of-service periods (admin/rooms.xhtml). */
@Named
@ViewScoped
public class RoomAdminBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB private RoomAdministration rooms;

  private List<RoomView> roomRows;
  private List<ItemView> itemRows;
  private List<OutageView> outageRows;

  private Long roomId;
  private String name;
  private String place;
  private Integer capacity;
  private String fixedEquipment;
  private String colour = "#1f6feb";
  private boolean roomActive = true;

  private Long itemId;
  private ItemKind kind = ItemKind.KIT;
  private String itemName;
  private String assetNumber;
  private Long keptIn;
  private boolean itemActive = true;

  private Long photoRoom;
  private transient UploadedFile photo;

  private String outageTarget;
  private LocalDateTime outageFrom;
  private LocalDateTime outageUntil;
  private String outageReason;

  public List<RoomView> getRooms() {
    if (roomRows == null) {
      roomRows = rooms.rooms();
    }
    return roomRows;
  }

  public List<ItemView> getItems() {
    if (itemRows == null) {
      itemRows = rooms.items();
    }
    return itemRows;
  }

  public List<OutageView> getOutages() {
    if (outageRows == null) {
      outageRows = rooms.outages();
    }
    return outageRows;
  }

  public ItemKind[] getKinds() {
    return ItemKind.values();
  }

  private void reload() {
    roomRows = null;
    itemRows = null;
    outageRows = null;
  }

  // ---- rooms ----

  public void newRoom() {
    roomId = null;
    name = null;
    place = null;
    capacity = null;
    fixedEquipment = null;
    colour = "#1f6feb";
    roomActive = true;
  }

  public void editRoom(RoomView r) {
    roomId = r.id();
    name = r.name();
    place = r.place();
    capacity = r.capacity();
    fixedEquipment = r.fixedEquipment();
    colour = r.colour();
    roomActive = r.active();
  }

  public void saveRoom() {
    try {
      rooms.saveRoom(
          roomId,
          new RoomForm(
              name, place, capacity == null ? 0 : capacity, fixedEquipment, colour, roomActive),
          Callers.ip());
      reload();
      Dialogs.done("conference.rooms.room.saved");
    } catch (BusinessException e) {
      Messages.error(e);
    }
  }

  public void savePhoto() {
    try {
      if (photoRoom == null) {
        throw new BusinessException("conference.room.unknown");
      }
      if (photo == null || photo.getSize() == 0) {
        throw new BusinessException("conference.room.photo.required");
      }
      RoomAdministration.PHOTO_POLICY.checkSize(photo.getFileName(), photo.getSize());
      rooms.roomPhoto(
          photoRoom,
          new Upload(photo.getFileName(), photo.getContentType(), photo.getContent()),
          Callers.ip());
      reload();
      Messages.info("conference.rooms.photo.saved");
    } catch (BusinessException e) {
      Messages.error(e);
    }
  }

  public void removePhoto(RoomView r) {
    try {
      rooms.removePhoto(r.id(), Callers.ip());
      reload();
      Messages.info("conference.rooms.photo.removed");
    } catch (BusinessException e) {
      Messages.error(e);
    }
  }

  // ---- items ----

  public void newItem() {
    itemId = null;
    kind = ItemKind.KIT;
    itemName = null;
    assetNumber = null;
    keptIn = null;
    itemActive = true;
  }

  public void editItem(ItemView i) {
    itemId = i.id();
    kind = i.kind();
    itemName = i.name();
    assetNumber = i.assetNumber();
    keptIn = i.roomId();
    itemActive = i.active();
  }

  public void saveItem() {
    try {
      rooms.saveItem(
          itemId, new ItemForm(kind, itemName, assetNumber, keptIn, itemActive), Callers.ip());
      reload();
      Dialogs.done("conference.rooms.item.saved");
    } catch (BusinessException e) {
      Messages.error(e);
    }
  }

  // ---- out of service ----

  public void addOutage() {
    try {
      Long room = null;
      Long item = null;
      if (outageTarget != null && outageTarget.matches("room:[0-9]{1,12}")) {
        room = Long.parseLong(outageTarget.substring(5));
      } else if (outageTarget != null && outageTarget.matches("item:[0-9]{1,12}")) {
        item = Long.parseLong(outageTarget.substring(5));
      }
      rooms.addOutage(
          new OutageForm(room, item, instant(outageFrom), instant(outageUntil), outageReason),
          Callers.ip());
      outageTarget = null;
      outageFrom = null;
      outageUntil = null;
      outageReason = null;
      reload();
      Messages.info("conference.rooms.outage.saved");
    } catch (BusinessException e) {
      Messages.error(e);
    }
  }

  public void removeOutage(OutageView o) {
    try {
      rooms.removeOutage(o.id(), Callers.ip());
      reload();
      Messages.info("conference.rooms.outage.removed");
    } catch (BusinessException e) {
      Messages.error(e);
    }
  }

  private static Instant instant(LocalDateTime t) {
    return t == null ? null : t.atZone(OfficeTime.ZONE).toInstant();
  }

  /** For the pickers' hint in words (Buddhist era in Thai). */
  public Instant at(LocalDateTime t) {
    return instant(t);
  }

  // ---- limits, shown on the fields ----

  public int getNameMax() {
    return Room.NAME_MAX;
  }

  public int getPlaceMax() {
    return Room.PLACE_MAX;
  }

  public int getFixedMax() {
    return Room.FIXED_MAX;
  }

  public int getCapacityMax() {
    return Room.CAPACITY_MAX;
  }

  public int getItemNameMax() {
    return ConferenceItem.NAME_MAX;
  }

  public int getAssetMax() {
    return ConferenceItem.ASSET_MAX;
  }

  public int getReasonMax() {
    return Outage.REASON_MAX;
  }

  public int getPhotoMegabytes() {
    return RoomAdministration.PHOTO_POLICY.maxBytes() >> 20;
  }

  public String getPhotoAccept() {
    return String.join(
        ",", RoomAdministration.PHOTO_POLICY.extensions().stream().map(e -> "." + e).toList());
  }

  // ---- fields ----

  public boolean isEditingRoom() {
    return roomId != null;
  }

  public boolean isEditingItem() {
    return itemId != null;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getPlace() {
    return place;
  }

  public void setPlace(String place) {
    this.place = place;
  }

  public Integer getCapacity() {
    return capacity;
  }

  public void setCapacity(Integer capacity) {
    this.capacity = capacity;
  }

  public String getFixedEquipment() {
    return fixedEquipment;
  }

  public void setFixedEquipment(String fixedEquipment) {
    this.fixedEquipment = fixedEquipment;
  }

  public String getColour() {
    return colour;
  }

  public void setColour(String colour) {
    this.colour = colour;
  }

  public boolean isRoomActive() {
    return roomActive;
  }

  public void setRoomActive(boolean roomActive) {
    this.roomActive = roomActive;
  }

  public ItemKind getKind() {
    return kind;
  }

  public void setKind(ItemKind kind) {
    this.kind = kind;
  }

  public String getItemName() {
    return itemName;
  }

  public void setItemName(String itemName) {
    this.itemName = itemName;
  }

  public String getAssetNumber() {
    return assetNumber;
  }

  public void setAssetNumber(String assetNumber) {
    this.assetNumber = assetNumber;
  }

  public Long getKeptIn() {
    return keptIn;
  }

  public void setKeptIn(Long keptIn) {
    this.keptIn = keptIn;
  }

  public boolean isItemActive() {
    return itemActive;
  }

  public void setItemActive(boolean itemActive) {
    this.itemActive = itemActive;
  }

  public Long getPhotoRoom() {
    return photoRoom;
  }

  public void setPhotoRoom(Long photoRoom) {
    this.photoRoom = photoRoom;
  }

  public UploadedFile getPhoto() {
    return photo;
  }

  public void setPhoto(UploadedFile photo) {
    this.photo = photo;
  }

  public String getOutageTarget() {
    return outageTarget;
  }

  public void setOutageTarget(String outageTarget) {
    this.outageTarget = outageTarget;
  }

  public LocalDateTime getOutageFrom() {
    return outageFrom;
  }

  public void setOutageFrom(LocalDateTime outageFrom) {
    this.outageFrom = outageFrom;
  }

  public LocalDateTime getOutageUntil() {
    return outageUntil;
  }

  public void setOutageUntil(LocalDateTime outageUntil) {
    this.outageUntil = outageUntil;
  }

  public String getOutageReason() {
    return outageReason;
  }

  public void setOutageReason(String outageReason) {
    this.outageReason = outageReason;
  }
}
