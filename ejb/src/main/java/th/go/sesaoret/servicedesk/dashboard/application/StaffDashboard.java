package th.go.sesaoret.servicedesk.dashboard.application;

import java.io.Serial;
import java.io.Serializable;
import th.go.sesaoret.servicedesk.dashboard.domain.OnTimeRate;
import th.go.sesaoret.servicedesk.report.domain.ReportPeriod;

/**
 * A staff member's own queue (running steps of their roles, unassigned or theirs; overdue; due
 * before tonight) and the steps they finished this month and this fiscal year, on time or late.
 */
public record StaffDashboard(
    long queue,
    long overdue,
    long dueToday,
    ReportPeriod month,
    OnTimeRate monthRate,
    ReportPeriod fiscalYear,
    OnTimeRate yearRate)
    implements Serializable {
  @Serial private static final long serialVersionUID = 1L;
}
