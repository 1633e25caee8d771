package th.go.sesaoret.servicedesk.attachment.domain;

import com.lowagie.text.exceptions.BadPasswordException;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Proves that a PDF is a whole, passive document: it ends with {@code %%EOF} (only whitespace after
 * it), carries no web page or script markup anywhere in its bytes (a PDF/HTML polyglot a browser
 * could sniff as a page), parses (OpenPDF's reader, the library the project already prints with:
 * cross-reference table, object streams), and no object holds JavaScript, a Launch / ImportData /
 * GoToE action, an embedded file or an XFA form (which carries scripts). Every object is visited,
 * so an {@code /OpenAction} or {@code /AA} action is found wherever it points. Names are compared
 * decoded, so {@code /J#61vaScript} is JavaScript too.
 */
final class PdfDocument {
  /** Markup a browser would run or sniff as a page; a real PDF's bytes hold none of it. */
  private static final List<String> MARKUP =
      List.of("<script", "<html", "<body", "<iframe", "<!doctype html", "<svg", "<?php");

  private static final Set<String> ACTIVE_ACTIONS =
      Set.of("JavaScript", "Launch", "ImportData", "GoToE", "RichMediaExecute");
  private static final Set<String> ACTIVE_KEYS =
      Set.of("JS", "JavaScript", "EmbeddedFiles", "EF", "XFA", "RichMedia");
  private static final Set<String> ACTIVE_TYPES = Set.of("EmbeddedFile", "RichMedia");
  private static final int MAX_DEPTH = 64;

  enum Verdict {
    CLEAN,
    DAMAGED,
    LOCKED,
    ACTIVE
  }

  private PdfDocument() {}

  static Verdict check(byte[] content) {
    if (!endsWithEof(content)) {
      return Verdict.DAMAGED;
    }
    if (hasMarkup(content)) {
      return Verdict.ACTIVE;
    }
    PdfReader reader;
    try {
      reader = new PdfReader(content);
    } catch (BadPasswordException e) {
      return Verdict.LOCKED;
    } catch (IOException | RuntimeException | LinkageError e) {
      // a cipher the reader cannot load counts as locked: what cannot be read cannot be checked
      return isEncrypted(content) ? Verdict.LOCKED : Verdict.DAMAGED;
    }
    try {
      if (reader.getCatalog() == null) {
        return Verdict.DAMAGED;
      }
      for (int i = 1; i < reader.getXrefSize(); i++) {
        if (isActive(reader.getPdfObject(i), 0)) {
          return Verdict.ACTIVE;
        }
      }
      return isActive(reader.getTrailer(), 0) ? Verdict.ACTIVE : Verdict.CLEAN;
    } catch (RuntimeException e) {
      return Verdict.DAMAGED;
    } finally {
      reader.close();
    }
  }

  /** {@code %%EOF} last, allowing the whitespace (and NUL padding) some writers add. */
  static boolean endsWithEof(byte[] b) {
    int end = b.length;
    while (end > 0 && (b[end - 1] <= ' ')) {
      end--;
    }
    byte[] eof = "%%EOF".getBytes(StandardCharsets.US_ASCII);
    return end >= eof.length && FileSignature.startsWith(b, end - eof.length, eof);
  }

  private static boolean isEncrypted(byte[] b) {
    return new String(b, StandardCharsets.ISO_8859_1).contains("/Encrypt");
  }

  private static boolean hasMarkup(byte[] b) {
    String text = new String(b, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
    return MARKUP.stream().anyMatch(text::contains);
  }

  /** Direct objects nested in {@code o}; indirect ones are visited from the cross-reference. */
  private static boolean isActive(PdfObject o, int depth) {
    if (o == null || depth > MAX_DEPTH) {
      return depth > MAX_DEPTH;
    }
    if (o.isDictionary() || o.isStream()) {
      PdfDictionary d = (PdfDictionary) o;
      if (ACTIVE_ACTIONS.contains(name(d.get(PdfName.S)))
          || ACTIVE_TYPES.contains(name(d.get(PdfName.TYPE)))
          || ACTIVE_TYPES.contains(name(d.get(PdfName.SUBTYPE)))) {
        return true;
      }
      for (PdfName key : d.getKeys()) {
        if (ACTIVE_KEYS.contains(PdfName.decodeName(key.toString()))
            || isActive(d.get(key), depth + 1)) {
          return true;
        }
      }
    } else if (o.isArray()) {
      for (PdfObject element : ((PdfArray) o).getElements()) {
        if (isActive(element, depth + 1)) {
          return true;
        }
      }
    }
    return false;
  }

  private static String name(PdfObject o) {
    return o != null && o.isName() ? PdfName.decodeName(o.toString()) : "";
  }
}
