package th.go.sesaoret.servicedesk.attachment.domain;

/**
 * Where a picture's own structure ends: after the PNG {@code IEND} chunk, the JPEG end-of-image
 * marker, the GIF trailer. Anything after it (a web page, a script, an archive appended to a photo
 * to make a polyglot) is not part of the picture. The structure is walked chunk by chunk, segment
 * by segment, block by block, so an end marker inside the data does not fool it.
 */
final class ImageEnd {
  private ImageEnd() {}

  /** The offset just past the end marker; -1 when the structure breaks before one. */
  static long of(FileKind kind, byte[] b) {
    return switch (kind) {
      case PNG -> png(b);
      case JPEG -> jpeg(b);
      case GIF -> gif(b);
      default -> b.length;
    };
  }

  /** Nothing but zero padding after {@code end}. */
  static boolean onlyPaddingAfter(byte[] b, long end) {
    for (long i = end; i < b.length; i++) {
      if (b[(int) i] != 0) {
        return false;
      }
    }
    return true;
  }

  private static long png(byte[] b) {
    long p = 8;
    while (p + 12 <= b.length) {
      long length = u32be(b, (int) p);
      long next = p + 12 + length;
      if (next > b.length) {
        return -1;
      }
      if (b[(int) p + 4] == 'I'
          && b[(int) p + 5] == 'E'
          && b[(int) p + 6] == 'N'
          && b[(int) p + 7] == 'D') {
        return next;
      }
      p = next;
    }
    return -1;
  }

  private static long jpeg(byte[] b) {
    int p = 2;
    while (p + 1 < b.length) {
      if ((b[p] & 0xFF) != 0xFF) {
        return -1;
      }
      int marker = b[p + 1] & 0xFF;
      if (marker == 0xFF) {
        p++; // fill byte
        continue;
      }
      if (marker == 0xD9) {
        return p + 2L;
      }
      if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
        p += 2;
        continue;
      }
      if (p + 3 >= b.length) {
        return -1;
      }
      int length = (b[p + 2] & 0xFF) << 8 | (b[p + 3] & 0xFF);
      if (length < 2 || p + 2 + length > b.length) {
        return -1;
      }
      p += 2 + length;
      if (marker == 0xDA) {
        p = entropyEnd(b, p);
      }
    }
    return -1;
  }

  /** Skips entropy-coded data: up to the next marker that is neither stuffing nor a restart. */
  private static int entropyEnd(byte[] b, int p) {
    while (p + 1 < b.length) {
      int next = b[p + 1] & 0xFF;
      if ((b[p] & 0xFF) == 0xFF && next != 0x00 && !(next >= 0xD0 && next <= 0xD7)) {
        return p;
      }
      p++;
    }
    return b.length;
  }

  private static long gif(byte[] b) {
    if (b.length < 13) {
      return -1;
    }
    int p = 13 + colourTable(b[10]);
    while (p < b.length) {
      int block = b[p] & 0xFF;
      if (block == 0x3B) {
        return p + 1L;
      } else if (block == 0x21) {
        p = subBlocks(b, p + 2);
      } else if (block == 0x2C) {
        if (p + 10 > b.length) {
          return -1;
        }
        p = subBlocks(b, p + 10 + colourTable(b[p + 9]) + 1);
      } else {
        return -1;
      }
      if (p < 0) {
        return -1;
      }
    }
    return -1;
  }

  private static int colourTable(byte flags) {
    return (flags & 0x80) != 0 ? 3 * (1 << ((flags & 0x07) + 1)) : 0;
  }

  /** Past a chain of data sub-blocks ending with a zero-length one; -1 if it runs off the end. */
  private static int subBlocks(byte[] b, int p) {
    while (p < b.length) {
      int n = b[p] & 0xFF;
      p += 1 + n;
      if (n == 0) {
        return p;
      }
    }
    return -1;
  }

  private static long u32be(byte[] b, int at) {
    return (b[at] & 0xFFL) << 24
        | (b[at + 1] & 0xFFL) << 16
        | (b[at + 2] & 0xFFL) << 8
        | (b[at + 3] & 0xFFL);
  }
}
