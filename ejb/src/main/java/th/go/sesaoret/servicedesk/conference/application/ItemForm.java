package th.go.sesaoret.servicedesk.conference.application;

import java.io.Serializable;
import th.go.sesaoret.servicedesk.conference.domain.ItemKind;

/**
 * A piece of equipment or a kit as the administrator describes it; {@code roomId} null: the store.
 */
public record ItemForm(ItemKind kind, String name, String assetNumber, Long roomId, boolean active)
    implements Serializable {}
