package th.go.sesaoret.servicedesk.repair.infrastructure;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import java.awt.Color;
import java.util.Map;

/**
 * A QR code drawn as vector squares (ZXing computes the modules, OpenPDF draws them), with the
 * quiet zone of four modules a reader needs around it.
 */
final class QrMark {

  private static final int QUIET_ZONE = 4;

  private QrMark() {}

  /** An image of the QR code of {@code text}, {@code size} points square. */
  static Image of(PdfContentByte canvas, String text, float size) {
    ByteMatrix modules = encode(text);
    int count = modules.getWidth() + 2 * QUIET_ZONE;
    float module = size / count;
    PdfTemplate template = canvas.createTemplate(size, size);
    template.setColorFill(Color.BLACK);
    for (int y = 0; y < modules.getHeight(); y++) {
      int x = 0;
      while (x < modules.getWidth()) {
        int run = darkRun(modules, x, y);
        if (run > 0) {
          float top = size - (y + QUIET_ZONE) * module;
          template.rectangle((x + QUIET_ZONE) * module, top - module, run * module, module);
          x += run;
        } else {
          x++;
        }
      }
    }
    template.fill();
    try {
      return Image.getInstance(template);
    } catch (BadElementException e) {
      throw new IllegalStateException(e);
    }
  }

  private static int darkRun(ByteMatrix modules, int x, int y) {
    int end = x;
    while (end < modules.getWidth() && modules.get(end, y) == 1) {
      end++;
    }
    return end - x;
  }

  private static ByteMatrix encode(String text) {
    try {
      return Encoder.encode(
              text, ErrorCorrectionLevel.M, Map.of(EncodeHintType.CHARACTER_SET, "UTF-8"))
          .getMatrix();
    } catch (WriterException e) {
      throw new IllegalArgumentException("cannot encode as QR code: " + text, e);
    }
  }
}
