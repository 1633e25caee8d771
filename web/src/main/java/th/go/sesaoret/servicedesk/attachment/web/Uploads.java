package th.go.sesaoret.servicedesk.attachment.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.primefaces.model.file.UploadedFile;
import org.primefaces.model.file.UploadedFiles;
import th.go.sesaoret.servicedesk.attachment.domain.AttachmentPolicy;
import th.go.sesaoret.servicedesk.attachment.domain.Upload;

/**
 * An upload field of a request form: its limits from the service's {@link AttachmentPolicy} (shown
 * in the hint, and given to the file dialog as a convenience) and the chosen files as the services
 * take them. The services decide: count, size and type are checked there, by content.
 */
public final class Uploads implements Serializable {
  private static final long serialVersionUID = 1L;

  private final AttachmentPolicy policy;

  public Uploads(AttachmentPolicy policy) {
    this.policy = policy;
  }

  /**
   * The chosen files; the empty part a browser sends when no file was chosen is left out. A file
   * over the policy's size is refused by its size (BusinessException with the size message) before
   * its content is read into memory.
   */
  public List<Upload> of(UploadedFiles files) {
    List<Upload> out = new ArrayList<>();
    for (UploadedFile f : files == null ? List.<UploadedFile>of() : files.getFiles()) {
      if (f.getFileName() != null && !f.getFileName().isBlank() && f.getSize() > 0) {
        policy.checkSize(f.getFileName(), f.getSize());
        out.add(new Upload(f.getFileName(), f.getContentType(), f.getContent()));
      }
    }
    return out;
  }

  public int getMaxFiles() {
    return policy.maxFiles();
  }

  public long getMaxBytes() {
    return policy.maxBytes();
  }

  public int getMaxMegabytes() {
    return policy.maxBytes() / 1024 / 1024;
  }

  /** For the file dialog's filter ({@code accept}). */
  public String getAccept() {
    return extensions(",");
  }

  /** The extensions shown in the hint under the upload field. */
  public String getAcceptedTypes() {
    return extensions(", ");
  }

  private String extensions(String separator) {
    return policy.extensions().stream().map(e -> "." + e).collect(Collectors.joining(separator));
  }
}
