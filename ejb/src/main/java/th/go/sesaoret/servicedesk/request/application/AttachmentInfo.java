package th.go.sesaoret.servicedesk.request.application;

import java.io.Serializable;

/** An attachment without its bytes (for lists); download with RequestQueries.attachment. */
public record AttachmentInfo(Long id, String filename, String contentType, Long size, String sha256)
    implements Serializable {}
