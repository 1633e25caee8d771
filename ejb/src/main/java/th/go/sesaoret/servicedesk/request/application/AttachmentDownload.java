package th.go.sesaoret.servicedesk.request.application;

import java.io.Serializable;

/** An attachment's bytes, for a download served as an attachment (never inline). */
public record AttachmentDownload(String filename, String contentType, byte[] content)
    implements Serializable {}
