package th.go.sesaoret.servicedesk.request.domain;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * SHA-256 of exactly what an approver saw: title, description and the attachments' own hashes, in
 * order. Each part is length-prefixed, so moving text between title and description changes the
 * digest (Electronic Transactions Act s.9: approval of a specific, unaltered content).
 */
public final class ContentDigest {
  private ContentDigest() {}

  public static String of(String title, String description, List<String> attachmentHashes) {
    MessageDigest sha = sha256();
    part(sha, title);
    part(sha, description);
    attachmentHashes.forEach(h -> part(sha, h));
    return HexFormat.of().formatHex(sha.digest());
  }

  /** The verification code printed with a signature: the first 16 hex digits of its SHA-256. */
  public static String verificationCode(String sha256) {
    return sha256.substring(0, Math.min(16, sha256.length()));
  }

  public static String ofBytes(byte[] content) {
    return HexFormat.of().formatHex(sha256().digest(content));
  }

  private static void part(MessageDigest sha, String text) {
    byte[] bytes = (text == null ? "" : text).getBytes(StandardCharsets.UTF_8);
    sha.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
    sha.update(bytes);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
