package th.go.sesaoret.servicedesk.repair.infrastructure;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.SplitCharacter;
import com.lowagie.text.pdf.DefaultSplitCharacter;
import com.lowagie.text.pdf.PdfChunk;

/**
 * Text for OpenPDF that may break between Thai words. OpenPDF's line breaker in tables and columns
 * skips a zero width space before it asks where it may break, so the break is allowed after the
 * character that comes before one, as well as where OpenPDF breaks anyway (spaces, hyphens).
 */
final class ThaiText implements SplitCharacter {

  private static final ThaiText SPLIT = new ThaiText();

  private ThaiText() {}

  /** A phrase of {@code text} in {@code font}, breakable at Thai word boundaries. */
  static Phrase phrase(String text, Font font) {
    Chunk chunk = new Chunk(ThaiWrap.breakable(text), font);
    chunk.setSplitCharacter(SPLIT);
    return new Phrase(chunk);
  }

  @Override
  public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
    boolean beforeZeroWidthSpace =
        current + 1 < end
            && current + 1 < cc.length
            && cc[current + 1] == ThaiWrap.ZERO_WIDTH_SPACE;
    return beforeZeroWidthSpace
        || DefaultSplitCharacter.DEFAULT.isSplitCharacter(start, current, end, cc, ck);
  }
}
