package th.go.sesaoret.servicedesk.attachment.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Proves that a photo really is one: JPEG, PNG, GIF and BMP are decoded by ImageIO (the first
 * frame, subsampled to about one megapixel so a large photo costs little memory); WebP, which
 * ImageIO on Java 17 cannot read, has its RIFF container walked chunk by chunk and its frame header
 * checked. The declared size is checked before any decoding, so a small file declaring a huge
 * picture (a decompression bomb) is refused cheaply; so is anything after the picture's end marker
 * ({@link ImageEnd}: a photo with a page or a program appended).
 */
final class RasterImage {
  /** 100 megapixels: a 600 dpi A3 scan still fits. */
  static final long MAX_PIXELS = 100_000_000L;

  private static final long PREVIEW_PIXELS = 1_000_000L;

  private RasterImage() {}

  /** The decoded picture's size; {@link Damaged} when the bytes are no such picture. */
  static long[] check(FileKind kind, byte[] content) throws Damaged {
    if (kind == FileKind.WEBP) {
      return WebpContainer.size(content);
    }
    long end = ImageEnd.of(kind, content);
    if (end < 0) {
      throw new Damaged();
    }
    if (!ImageEnd.onlyPaddingAfter(content, end)) {
      throw new TrailingData();
    }
    return decode(kind, content);
  }

  private static long[] decode(FileKind kind, byte[] content) throws Damaged {
    Iterator<ImageReader> readers =
        ImageIO.getImageReadersByFormatName(kind.name().toLowerCase(Locale.ROOT));
    if (!readers.hasNext()) {
      throw new Damaged();
    }
    ImageReader reader = readers.next();
    try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(content))) {
      reader.setInput(in, true, true);
      long width = reader.getWidth(0);
      long height = reader.getHeight(0);
      checkPixels(width, height);
      ImageReadParam param = reader.getDefaultReadParam();
      int step = (int) Math.max(1, Math.ceil(Math.sqrt((double) width * height / PREVIEW_PIXELS)));
      param.setSourceSubsampling(step, step, 0, 0);
      if (reader.read(0, param) == null) {
        throw new Damaged();
      }
      return new long[] {width, height};
    } catch (IOException | RuntimeException e) {
      throw new Damaged();
    } finally {
      reader.dispose();
    }
  }

  static void checkPixels(long width, long height) throws Damaged {
    if (width <= 0 || height <= 0) {
      throw new Damaged();
    }
    if (width * height > MAX_PIXELS) {
      throw new TooManyPixels(width, height);
    }
  }

  /** The bytes are not a picture of the kind their signature announces. */
  static class Damaged extends Exception {
    private static final long serialVersionUID = 1L;

    Damaged() {
      super(null, null, false, false);
    }
  }

  /** Bytes after the picture's end marker (an appended page, script or archive). */
  static final class TrailingData extends Damaged {
    private static final long serialVersionUID = 1L;
  }

  /** A picture whose declared size is over {@link #MAX_PIXELS}. */
  static final class TooManyPixels extends Damaged {
    private static final long serialVersionUID = 1L;
    final long width;
    final long height;

    TooManyPixels(long width, long height) {
      this.width = width;
      this.height = height;
    }
  }
}
