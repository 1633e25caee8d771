package th.go.sesaoret.servicedesk.attachment.domain;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides a file's kind from its first bytes (magic numbers), never from its name or the browser's
 * claim. Archives are told apart by their directory ({@link ZipDirectory}); anything without a
 * signature is plain text only when it is valid UTF-8 without NUL bytes, and SVG when that text is
 * markup with an {@code <svg} element. The kind only says what the file claims to be inside; {@link
 * FileCheck} then checks that it really is (decodes, parses).
 */
final class FileSignature {
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

  private FileSignature() {}

  static Optional<FileKind> detect(byte[] b) {
    if (startsWith(b, 0, (byte) 0xFF, (byte) 0xD8, (byte) 0xFF)) {
      return Optional.of(FileKind.JPEG);
    }
    if (startsWith(b, 0, PNG)) {
      return Optional.of(FileKind.PNG);
    }
    if (startsWith(b, 0, ascii("GIF87a")) || startsWith(b, 0, ascii("GIF89a"))) {
      return Optional.of(FileKind.GIF);
    }
    if (startsWith(b, 0, ascii("RIFF")) && startsWith(b, 8, ascii("WEBP"))) {
      return Optional.of(FileKind.WEBP);
    }
    if (isBmp(b)) {
      return Optional.of(FileKind.BMP);
    }
    if (startsWith(b, 0, ascii("%PDF-"))) {
      return Optional.of(FileKind.PDF);
    }
    if (startsWith(b, 0, (byte) 'P', (byte) 'K', (byte) 3, (byte) 4)) {
      return Optional.of(ZipDirectory.read(b).map(ZipDirectory::kind).orElse(FileKind.ZIP));
    }
    return text(b);
  }

  /** "BM" alone is too weak: the header must also state the file's length and a known DIB size. */
  private static boolean isBmp(byte[] b) {
    if (b.length < 18 || b[0] != 'B' || b[1] != 'M') {
      return false;
    }
    long declared = Bytes.u32le(b, 2);
    long dib = Bytes.u32le(b, 14);
    boolean knownDib = dib == 12 || dib == 40 || dib == 52 || dib == 56 || dib == 108 || dib == 124;
    return declared == b.length && knownDib;
  }

  private static Optional<FileKind> text(byte[] b) {
    for (byte x : b) {
      if (x == 0) {
        return Optional.empty();
      }
    }
    String s;
    try {
      s =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(b))
              .toString();
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
    String start = s.replaceFirst("^\uFEFF", "").stripLeading();
    boolean svg = start.startsWith("<") && s.toLowerCase(Locale.ROOT).contains("<svg");
    return Optional.of(svg ? FileKind.SVG : FileKind.TEXT);
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  static boolean startsWith(byte[] b, int at, byte... prefix) {
    if (b.length < at + prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (b[at + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
