package th.go.sesaoret.servicedesk.attachment.domain;

/** Little-endian numbers read from a byte array (file headers); -1 past the end. */
final class Bytes {
  private Bytes() {}

  static int u16le(byte[] b, int at) {
    if (at < 0 || at + 2 > b.length) {
      return -1;
    }
    return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
  }

  static int u24le(byte[] b, int at) {
    if (at < 0 || at + 3 > b.length) {
      return -1;
    }
    return u16le(b, at) | (b[at + 2] & 0xFF) << 16;
  }

  static long u32le(byte[] b, int at) {
    if (at < 0 || at + 4 > b.length) {
      return -1;
    }
    return (u16le(b, at) | (long) u16le(b, at + 2) << 16) & 0xFFFFFFFFL;
  }
}
