package th.go.sesaoret.servicedesk.conference.application;

import java.io.Serializable;
import th.go.sesaoret.servicedesk.conference.domain.ItemKind;

/** A piece of conference equipment (or a kit) as the pages show it, with where it is kept. */
public record ItemView(
    long id,
    ItemKind kind,
    String name,
    String assetNumber,
    Long roomId,
    String roomName,
    boolean active)
    implements Serializable {}
