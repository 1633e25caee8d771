package th.go.sesaoret.servicedesk.conference.infrastructure;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.util.Map;
import th.go.sesaoret.servicedesk.conference.application.QrCode;

/**
 * A QR code for a screen (ZXing computes the modules): each run of dark modules in a row is one
 * rectangle of an SVG path, with the quiet zone of four modules a reader needs around it.
 */
public final class QrSvg {
  private static final int QUIET_ZONE = 4;

  private QrSvg() {}

  public static QrCode of(String text) {
    ByteMatrix modules;
    try {
      modules =
          Encoder.encode(
                  text, ErrorCorrectionLevel.M, Map.of(EncodeHintType.CHARACTER_SET, "UTF-8"))
              .getMatrix();
    } catch (WriterException e) {
      throw new IllegalArgumentException("cannot encode as QR code: " + text, e);
    }
    StringBuilder d = new StringBuilder();
    for (int y = 0; y < modules.getHeight(); y++) {
      int x = 0;
      while (x < modules.getWidth()) {
        int end = x;
        while (end < modules.getWidth() && modules.get(end, y) == 1) {
          end++;
        }
        if (end > x) {
          d.append('M')
              .append(x + QUIET_ZONE)
              .append(' ')
              .append(y + QUIET_ZONE)
              .append('h')
              .append(end - x)
              .append("v1h-")
              .append(end - x)
              .append('z');
          x = end;
        } else {
          x++;
        }
      }
    }
    return new QrCode(text, modules.getWidth() + 2 * QUIET_ZONE, d.toString());
  }
}
