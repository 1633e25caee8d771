package th.go.sesaoret.servicedesk.shared;

import java.time.ZoneId;

/** The office's time zone: every instant is stored in UTC and shown in Asia/Bangkok. */
public final class OfficeTime {
  public static final ZoneId ZONE = ZoneId.of("Asia/Bangkok");

  private OfficeTime() {}
}
