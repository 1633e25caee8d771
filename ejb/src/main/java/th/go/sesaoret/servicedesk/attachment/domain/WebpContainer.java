package th.go.sesaoret.servicedesk.attachment.domain;

import java.nio.charset.StandardCharsets;

/**
 * The RIFF container of a WebP file: the RIFF size must equal the file's length, the chunks must
 * tile the file exactly (each padded to an even length), and the first chunk must be an image (VP8,
 * VP8L or VP8X) whose header carries a plausible picture size. The pixels themselves are not
 * decoded: Java 17 has no WebP decoder.
 */
final class WebpContainer {
  private WebpContainer() {}

  /** {width, height} from the first chunk; {@link RasterImage.Damaged} if anything is off. */
  static long[] size(byte[] b) throws RasterImage.Damaged {
    if (b.length < 20 || Bytes.u32le(b, 4) + 8 != b.length) {
      throw new RasterImage.Damaged();
    }
    long[] size = null;
    int p = 12;
    while (p < b.length) {
      long length = Bytes.u32le(b, p + 4);
      if (length < 0 || p + 8 + length > b.length) {
        throw new RasterImage.Damaged();
      }
      if (size == null) {
        size = frame(new String(b, p, 4, StandardCharsets.US_ASCII), b, p + 8, (int) length);
      }
      p = (int) (p + 8 + length + (length & 1));
    }
    if (p != b.length || size == null) {
      throw new RasterImage.Damaged();
    }
    RasterImage.checkPixels(size[0], size[1]);
    return size;
  }

  private static long[] frame(String chunk, byte[] b, int at, int length)
      throws RasterImage.Damaged {
    switch (chunk) {
      case "VP8 ":
        if (length >= 10
            && FileSignature.startsWith(b, at + 3, (byte) 0x9D, (byte) 0x01, (byte) 0x2A)) {
          return new long[] {Bytes.u16le(b, at + 6) & 0x3FFF, Bytes.u16le(b, at + 8) & 0x3FFF};
        }
        break;
      case "VP8L":
        if (length >= 5 && b[at] == 0x2F) {
          long bits = Bytes.u32le(b, at + 1);
          return new long[] {(bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1};
        }
        break;
      case "VP8X":
        if (length >= 10) {
          return new long[] {Bytes.u24le(b, at + 4) + 1L, Bytes.u24le(b, at + 7) + 1L};
        }
        break;
      default:
        break;
    }
    throw new RasterImage.Damaged();
  }
}
