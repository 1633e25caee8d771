package th.go.sesaoret.servicedesk.conference.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** Staff's proposal of another time or room; the requester accepts it or withdraws the booking. */
@Embeddable
public class Proposal {
  public static final int REASON_MAX = 500;

  @Column(name = "proposed_room_id")
  private Long roomId;

  @Column(name = "proposed_start")
  private Instant start;

  @Column(name = "proposed_end")
  private Instant end;

  @Column(name = "proposal_reason", length = REASON_MAX)
  private String reason;

  @Column(name = "proposed_by", length = 60)
  private String proposedBy;

  @Column(name = "proposed_at")
  private Instant proposedAt;

  protected Proposal() {}

  public Proposal(
      Long roomId, Instant start, Instant end, String reason, String proposedBy, Instant at) {
    this.roomId = roomId;
    this.start = start;
    this.end = end;
    this.reason = reason;
    this.proposedBy = proposedBy;
    this.proposedAt = at;
  }

  public boolean isOpen() {
    return proposedAt != null;
  }

  public Long roomId() {
    return roomId;
  }

  public Instant start() {
    return start;
  }

  public Instant end() {
    return end;
  }

  public String reason() {
    return reason;
  }

  public String proposedBy() {
    return proposedBy;
  }

  public Instant proposedAt() {
    return proposedAt;
  }
}
