package th.go.sesaoret.servicedesk.attachment.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import th.go.sesaoret.servicedesk.shared.BusinessException;

/**
 * The name rules for an uploaded file: the last path segment only (browsers may send a client
 * path), no control or text-direction characters (U+202E makes {@code gpj.exe} read as {@code
 * exe.jpg}), an extension the policy takes, and no program or markup extension hidden inside
 * ({@code x.php.jpg}, {@code x.jpg.exe}); an ordinary inner dot ({@code รายงาน ปี 2569.v2.pdf}) is
 * fine.
 */
record AttachmentName(String name, String extension) {
  /** Extensions a server, a browser or Windows may execute or render as a page. */
  static final Set<String> RISKY =
      Set.of(
          "exe",
          "dll",
          "com",
          "scr",
          "bat",
          "cmd",
          "ps1",
          "psm1",
          "vbs",
          "vbe",
          "js",
          "jse",
          "mjs",
          "wsf",
          "wsh",
          "hta",
          "cpl",
          "msi",
          "msp",
          "lnk",
          "pif",
          "reg",
          "jar",
          "class",
          "sh",
          "bash",
          "zsh",
          "csh",
          "ksh",
          "py",
          "pl",
          "rb",
          "cgi",
          "php",
          "php3",
          "php4",
          "php5",
          "php7",
          "php8",
          "phtml",
          "phar",
          "pht",
          "jsp",
          "jspx",
          "jsf",
          "asp",
          "aspx",
          "ashx",
          "asmx",
          "cer",
          "shtml",
          "shtm",
          "htm",
          "html",
          "xhtml",
          "xht",
          "mht",
          "mhtml",
          "svg",
          "svgz",
          "xml",
          "xsl",
          "xslt",
          "swf",
          "htaccess",
          "apk",
          "appx",
          "msix");

  static AttachmentName of(String filename, AttachmentPolicy policy) {
    if (filename == null || filename.isBlank()) {
      throw new BusinessException("request.attachment.nameRequired");
    }
    String name = filename.strip().replaceAll(".*[/\\\\]", "");
    if (name.isBlank()) {
      throw new BusinessException("request.attachment.nameRequired");
    }
    if (name.chars().anyMatch(AttachmentName::isForbiddenChar)) {
      throw new BusinessException("request.attachment.badName", printable(name));
    }
    List<String> extensions =
        Arrays.stream(name.split("\\.", -1))
            .skip(1)
            .map(s -> s.strip().toLowerCase(Locale.ROOT))
            .toList();
    String last = extensions.isEmpty() ? "" : extensions.get(extensions.size() - 1);
    checkHidden(name, extensions, last, policy);
    if (last.isEmpty()) {
      throw new BusinessException("request.attachment.noExtension", name);
    }
    if (!policy.extensions().contains(last)) {
      throw new BusinessException(
          "request.attachment.typeNotAllowed", name, last, String.join(", ", policy.extensions()));
    }
    return new AttachmentName(name, last);
  }

  private static void checkHidden(
      String name, List<String> extensions, String last, AttachmentPolicy policy) {
    for (String inner : extensions.subList(0, Math.max(0, extensions.size() - 1))) {
      if (RISKY.contains(inner)) {
        throw new BusinessException("request.attachment.doubleExtension", name, inner);
      }
    }
    if (extensions.size() > 1 && RISKY.contains(last) && !policy.extensions().contains(last)) {
      throw new BusinessException("request.attachment.doubleExtension", name, last);
    }
  }

  private static boolean isForbiddenChar(int c) {
    return Character.getType(c) == Character.CONTROL
        || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069)
        || c == 0x200E
        || c == 0x200F
        || c == 0x061C;
  }

  private static String printable(String name) {
    StringBuilder out = new StringBuilder();
    name.codePoints().forEach(c -> out.appendCodePoint(isForbiddenChar(c) ? '?' : c));
    return out.toString();
  }
}
