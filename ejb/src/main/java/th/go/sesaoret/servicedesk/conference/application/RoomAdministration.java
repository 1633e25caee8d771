package th.go.sesaoret.servicedesk.conference.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import th.go.sesaoret.servicedesk.attachment.domain.AttachmentPolicy;
import th.go.sesaoret.servicedesk.attachment.domain.CheckedFile;
import th.go.sesaoret.servicedesk.attachment.domain.FileKind;
import th.go.sesaoret.servicedesk.attachment.domain.Upload;
import th.go.sesaoret.servicedesk.audit.application.AuditTrail;
import th.go.sesaoret.servicedesk.audit.domain.AuditEntry.Fact;
import th.go.sesaoret.servicedesk.conference.domain.ConferenceItem;
import th.go.sesaoret.servicedesk.conference.domain.Outage;
import th.go.sesaoret.servicedesk.conference.domain.Room;
import th.go.sesaoret.servicedesk.security.domain.Role;
import th.go.sesaoret.servicedesk.shared.BusinessException;

/**
 * The administrator keeps the conference rooms (name, place, seats, what is fixed in them, colour,
 * photo, in use or not), the equipment and kits (kind, name, asset number, the room they are kept
 * in: a kit moves), and the periods a room or an item is out of service. Every change is in the
 * audit trail, every refusal too, with its reason.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class RoomAdministration {
  /** A room's photo: one picture that decodes, JPEG, PNG or WebP, up to 5 MB. */
  public static final AttachmentPolicy PHOTO_POLICY =
      new AttachmentPolicy(
          1, 5 * 1024 * 1024, EnumSet.of(FileKind.JPEG, FileKind.PNG, FileKind.WEBP));

  /** Out-of-service periods that ended longer ago than this drop off the page. */
  static final Duration PAST_SHOWN = Duration.ofDays(30);

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @Inject private Clock clock;
  @EJB private AuditTrail audit;

  /** Every room, those out of use too, by name. */
  public List<RoomView> rooms() {
    return em.createQuery(
            "select new th.go.sesaoret.servicedesk.conference.application.RoomView(r.id, r.name,"
                + " r.place, r.capacity, r.fixedEquipment, r.colour,"
                + " case when r.photoType is null then false else true end, r.active)"
                + " from Room r order by r.active desc, r.name",
            RoomView.class)
        .getResultList();
  }

  /** Every item and kit, those out of use too, by kind and name. */
  public List<ItemView> items() {
    return em.createQuery(
            "select new th.go.sesaoret.servicedesk.conference.application.ItemView(i.id, i.kind,"
                + " i.name, i.assetNumber, room.id, room.name, i.active)"
                + " from ConferenceItem i left join i.room room"
                + " order by i.active desc, i.kind, i.name",
            ItemView.class)
        .getResultList();
  }

  /** The out-of-service periods now and to come, and those that ended in the last 30 days. */
  public List<OutageView> outages() {
    return em.createQuery(
            "select new th.go.sesaoret.servicedesk.conference.application.OutageView(o.id,"
                + " coalesce(r.name, ir.name), i.name, i.assetNumber, o.startsAt, o.endsAt,"
                + " o.reason) from Outage o left join o.room r left join o.item i"
                + " left join i.room ir where o.endsAt > :since order by o.startsAt, o.id",
            OutageView.class)
        .setParameter("since", clock.instant().minus(PAST_SHOWN))
        .getResultList();
  }

  /** A new room ({@code id} null) or a room described anew. */
  public RoomView saveRoom(Long id, RoomForm form, String ip) {
    String target = id == null ? "room new" : "room " + id;
    Room room = id == null ? null : em.find(Room.class, id);
    if (id != null && room == null) {
      throw refused(ip, "CONFERENCE_ROOM", target, "conference.room.unknown");
    }
    if (form.name() != null && nameTaken(form.name().strip(), id)) {
      throw refused(
          ip, "CONFERENCE_ROOM", target, "conference.room.nameTaken", form.name().strip());
    }
    try {
      if (room == null) {
        room =
            Room.of(
                form.name(), form.place(), form.capacity(), form.fixedEquipment(), form.colour());
        em.persist(room);
      } else {
        room.describe(
            form.name(), form.place(), form.capacity(), form.fixedEquipment(), form.colour());
      }
      room.activate(form.active());
    } catch (BusinessException e) {
      throw refused(ip, "CONFERENCE_ROOM", target, e);
    }
    em.flush();
    audit.record(
        ip,
        Fact.of("CONFERENCE_ROOM", null, "room " + room.id())
            .detail(
                (id == null ? "added " : "changed ")
                    + room.name()
                    + ", "
                    + room.capacity()
                    + (room.active() ? "" : ", out of use")));
    return view(room);
  }

  /** The room's photo, checked by its content (a picture that decodes) like any attachment. */
  public void roomPhoto(long id, Upload upload, String ip) {
    Room room = em.find(Room.class, id);
    if (room == null) {
      throw refused(ip, "CONFERENCE_ROOM", "room " + id, "conference.room.unknown");
    }
    CheckedFile photo;
    try {
      if (upload == null || upload.content() == null || upload.content().length == 0) {
        throw new BusinessException("conference.room.photo.required");
      }
      PHOTO_POLICY.checkSize(upload.filename(), upload.content().length);
      photo = upload.checkedBy(PHOTO_POLICY);
    } catch (BusinessException e) {
      throw refused(ip, "CONFERENCE_ROOM", "room " + id, e);
    }
    room.photo(photo.content(), photo.contentType());
    audit.record(
        ip,
        Fact.of("CONFERENCE_ROOM", null, "room " + id)
            .detail("photo " + photo.contentType() + ", " + photo.size() + " bytes"));
  }

  /** The room's photo removed. */
  public void removePhoto(long id, String ip) {
    Room room = em.find(Room.class, id);
    if (room == null) {
      throw refused(ip, "CONFERENCE_ROOM", "room " + id, "conference.room.unknown");
    }
    room.photo(null, null);
    audit.record(ip, Fact.of("CONFERENCE_ROOM", null, "room " + id).detail("photo removed"));
  }

  /** A new item ({@code id} null) or an item described anew, kept in a room or in the store. */
  public ItemView saveItem(Long id, ItemForm form, String ip) {
    String target = id == null ? "item new" : "item " + id;
    ConferenceItem item = id == null ? null : em.find(ConferenceItem.class, id);
    if (id != null && item == null) {
      throw refused(ip, "CONFERENCE_ITEM", target, "conference.item.unknown");
    }
    Room keptIn = form.roomId() == null ? null : em.find(Room.class, form.roomId());
    if (form.roomId() != null && keptIn == null) {
      throw refused(ip, "CONFERENCE_ITEM", target, "conference.room.unknown");
    }
    if (form.assetNumber() != null && assetTaken(form.assetNumber().strip(), id)) {
      throw refused(
          ip, "CONFERENCE_ITEM", target, "conference.item.assetTaken", form.assetNumber().strip());
    }
    String movedFrom = item == null || item.room() == null ? "store" : item.room().name();
    try {
      if (item == null) {
        item = ConferenceItem.of(form.kind(), form.name(), form.assetNumber(), keptIn);
        em.persist(item);
      } else {
        item.describe(form.kind(), form.name(), form.assetNumber());
        item.keepIn(keptIn);
      }
      item.activate(form.active());
    } catch (BusinessException e) {
      throw refused(ip, "CONFERENCE_ITEM", target, e);
    }
    em.flush();
    String where = keptIn == null ? "store" : keptIn.name();
    audit.record(
        ip,
        Fact.of("CONFERENCE_ITEM", null, "item " + item.id())
            .detail(
                (id == null ? "added " : "changed ")
                    + item.assetNumber()
                    + ", in "
                    + where
                    + (id != null && !movedFrom.equals(where)
                        ? " (moved from " + movedFrom + ")"
                        : "")
                    + (item.active() ? "" : ", out of use")));
    return new ItemView(
        item.id(),
        item.kind(),
        item.name(),
        item.assetNumber(),
        keptIn == null ? null : keptIn.id(),
        keptIn == null ? null : keptIn.name(),
        item.active());
  }

  /** A room or an item out of service from .. until. */
  public void addOutage(OutageForm form, String ip) {
    boolean forRoom = form.roomId() != null;
    if (forRoom == (form.itemId() != null)) {
      throw refused(ip, "CONFERENCE_OUTAGE", "outage new", "conference.outage.whatRequired");
    }
    Room room = forRoom ? em.find(Room.class, form.roomId()) : null;
    ConferenceItem item = forRoom ? null : em.find(ConferenceItem.class, form.itemId());
    if (room == null && item == null) {
      throw refused(
          ip,
          "CONFERENCE_OUTAGE",
          "outage new",
          forRoom ? "conference.room.unknown" : "conference.item.unknown");
    }
    String by = session.getCallerPrincipal().getName();
    Outage outage;
    try {
      outage =
          forRoom
              ? Outage.ofRoom(room, form.from(), form.until(), form.reason(), by)
              : Outage.ofItem(item, form.from(), form.until(), form.reason(), by);
    } catch (BusinessException e) {
      throw refused(
          ip, "CONFERENCE_OUTAGE", forRoom ? "room " + room.id() : "item " + item.id(), e);
    }
    em.persist(outage);
    em.flush();
    audit.record(
        ip,
        Fact.of("CONFERENCE_OUTAGE", null, forRoom ? "room " + room.id() : "item " + item.id())
            .detail(outage.reason() + " (" + outage.startsAt() + ".." + outage.endsAt() + ")"));
  }

  /** An out-of-service period removed (entered by mistake, or the item came back early). */
  public void removeOutage(long id, String ip) {
    Outage outage = em.find(Outage.class, id);
    if (outage == null) {
      throw refused(ip, "CONFERENCE_OUTAGE", "outage " + id, "conference.outage.unknown");
    }
    em.remove(outage);
    audit.record(
        ip,
        Fact.of("CONFERENCE_OUTAGE", null, "outage " + id).detail("removed: " + outage.reason()));
  }

  private boolean nameTaken(String name, Long self) {
    return !em.createQuery(
            "select r.id from Room r where lower(r.name) = lower(:n) and r.id <> :self", Long.class)
        .setParameter("n", name)
        .setParameter("self", self == null ? -1L : self)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  private boolean assetTaken(String asset, Long self) {
    return !em.createQuery(
            "select i.id from ConferenceItem i where lower(i.assetNumber) = lower(:a)"
                + " and i.id <> :self",
            Long.class)
        .setParameter("a", asset)
        .setParameter("self", self == null ? -1L : self)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  private BusinessException refused(
      String ip, String action, String target, String key, Object... args) {
    return refused(ip, action, target, new BusinessException(key, args));
  }

  private BusinessException refused(String ip, String action, String target, BusinessException e) {
    audit.refused(ip, Fact.of(action, null, target).detail(e.key()));
    return e;
  }

  private static RoomView view(Room r) {
    return new RoomView(
        r.id(),
        r.name(),
        r.place(),
        r.capacity(),
        r.fixedEquipment(),
        r.colour(),
        r.photoType() != null,
        r.active());
  }
}
