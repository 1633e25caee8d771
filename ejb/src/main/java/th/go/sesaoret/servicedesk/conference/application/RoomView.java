package th.go.sesaoret.servicedesk.conference.application;

import java.io.Serializable;

/** A room as the pages show it. */
public record RoomView(
    long id,
    String name,
    String place,
    int capacity,
    String fixedEquipment,
    String colour,
    boolean hasPhoto,
    boolean active)
    implements Serializable {}
