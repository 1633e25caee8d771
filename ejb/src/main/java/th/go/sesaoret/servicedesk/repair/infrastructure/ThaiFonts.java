package th.go.sesaoret.servicedesk.repair.infrastructure;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.LayoutProcessor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The bundled Thai font (Laksaman, regular and bold; see {@code fonts/LICENSE-Laksaman.txt}),
 * loaded once per class loader for OpenPDF with its {@link LayoutProcessor} switched on, so that
 * Thai vowels and tone marks are placed by java.awt glyph layout, and the text stays extractable.
 *
 * <p>The layout processor reads the font from a file name, and a resource inside a jar in a
 * deployment is no file: each font is copied once to a temporary file. The holder idiom makes the
 * one-time loading thread-safe.
 */
public final class ThaiFonts {

  private final BaseFont regular;
  private final BaseFont bold;

  private ThaiFonts(BaseFont regular, BaseFont bold) {
    this.regular = regular;
    this.bold = bold;
  }

  public static ThaiFonts get() {
    return Holder.FONTS;
  }

  public BaseFont regular() {
    return regular;
  }

  public BaseFont bold() {
    return bold;
  }

  private static final class Holder {
    static final ThaiFonts FONTS = load();
  }

  private static ThaiFonts load() {
    // enable() may be called again without harm; it must come before the fonts are created
    LayoutProcessor.enable();
    // Shaped Thai is written as glyphs: positional forms of the tone marks (which the font maps to
    // private-use code points), SARA AM split into NIKHAHIT and SARA AA, marks reordered. No glyph
    // to character table can give the text back from them, so each run also carries its original
    // text as /ActualText, which text extraction, search and copy read instead of the glyphs.
    LayoutProcessor.setWriteActualText();
    return new ThaiFonts(create("Laksaman.ttf"), create("Laksaman-Bold.ttf"));
  }

  private static BaseFont create(String resource) {
    try (InputStream in = ThaiFonts.class.getResourceAsStream("/fonts/" + resource)) {
      if (in == null) {
        throw new IllegalStateException("font resource missing: /fonts/" + resource);
      }
      Path file = Files.createTempFile("servicedesk-", "-" + resource);
      file.toFile().deleteOnExit();
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
      return BaseFont.createFont(file.toString(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
