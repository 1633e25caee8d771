package th.go.sesaoret.servicedesk.catalog.application;

import java.io.Serializable;
import java.util.List;
import th.go.sesaoret.servicedesk.catalog.domain.ServiceCode;

/** One service as the published manual (คู่มือการให้บริการ) shows it, in one language. */
public record ServiceManual(
    ServiceCode code,
    int number,
    String name,
    String channel,
    String fee,
    String documents,
    List<String> laws,
    List<ManualStep> steps,
    String total,
    int versionNo)
    implements Serializable {}
