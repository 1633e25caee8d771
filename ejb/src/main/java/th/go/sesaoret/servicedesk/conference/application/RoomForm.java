package th.go.sesaoret.servicedesk.conference.application;

import java.io.Serializable;

/** A room as the administrator describes it; checked by {@code Room.describe}. */
public record RoomForm(
    String name, String place, int capacity, String fixedEquipment, String colour, boolean active)
    implements Serializable {}
