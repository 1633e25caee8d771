package th.go.sesaoret.servicedesk.attachment.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Decides whether an SVG is a clean drawing, the only kind a browser can open without running
 * anything. Parsed by the JDK's own parser with DOCTYPEs refused outright (so no entity, internal
 * or external, is ever expanded and no file or URL is read), then every node is walked: no script,
 * event handler ({@code on*}), foreign content, processing instruction (an {@code xml-stylesheet}
 * can load XSLT), {@code javascript:}/{@code data:text/html} value, or reference that leaves the
 * file (only {@code #fragment} and embedded raster {@code data:image/...} stay).
 */
final class SvgDocument {
  private static final Set<String> FORBIDDEN_ELEMENTS =
      Set.of(
          "script",
          "foreignobject",
          "iframe",
          "embed",
          "object",
          "handler",
          "listener",
          "base",
          "link",
          "meta",
          "frame",
          "frameset",
          "applet");
  private static final Pattern BAD_VALUE =
      Pattern.compile("(javascript|vbscript|livescript):|data:(text|application)/");
  private static final Pattern LOCAL_REF =
      Pattern.compile("#.*|data:image/(png|jpeg|gif|webp)[;,].*", Pattern.DOTALL);
  private static final Pattern REMOTE_CSS = Pattern.compile("@import|url\\((?!['\"]?#)");
  private static final String XHTML = "http://www.w3.org/1999/xhtml";

  private SvgDocument() {}

  static boolean isClean(byte[] content) {
    Document doc;
    try {
      doc = parser().parse(new InputSource(new ByteArrayInputStream(content)));
    } catch (SAXException | IOException | ParserConfigurationException | RuntimeException e) {
      return false;
    }
    Element root = doc.getDocumentElement();
    if (root == null || !"svg".equals(root.getLocalName())) {
      return false;
    }
    for (Node n = doc.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n.getNodeType() == Node.PROCESSING_INSTRUCTION_NODE
          || n.getNodeType() == Node.DOCUMENT_TYPE_NODE) {
        return false;
      }
    }
    return allClean(root);
  }

  private static boolean allClean(Element root) {
    Deque<Node> todo = new ArrayDeque<>();
    todo.push(root);
    while (!todo.isEmpty()) {
      Node n = todo.pop();
      if (!isClean(n)) {
        return false;
      }
      for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
        todo.push(c);
      }
    }
    return true;
  }

  private static boolean isClean(Node n) {
    switch (n.getNodeType()) {
      case Node.ELEMENT_NODE:
        return isClean((Element) n);
      case Node.TEXT_NODE:
      case Node.CDATA_SECTION_NODE:
        Node parent = n.getParentNode();
        return !"style".equals(parent.getLocalName()) || isCleanCss(n.getNodeValue());
      case Node.COMMENT_NODE:
        return true;
      default:
        return false; // processing instructions, entity references
    }
  }

  private static boolean isClean(Element e) {
    String name = String.valueOf(e.getLocalName()).toLowerCase(Locale.ROOT);
    if (FORBIDDEN_ELEMENTS.contains(name) || XHTML.equals(e.getNamespaceURI())) {
      return false;
    }
    NamedNodeMap attributes = e.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      if (!isClean((Attr) attributes.item(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isClean(Attr a) {
    String name = String.valueOf(a.getLocalName()).toLowerCase(Locale.ROOT);
    String value = squeeze(a.getValue());
    if (name.startsWith("on") || BAD_VALUE.matcher(value).find()) {
      return false;
    }
    if (name.equals("attributename") && (value.startsWith("on") || value.endsWith("href"))) {
      return false; // <set>/<animate> rewriting a link or adding a handler
    }
    if (name.equals("href") || name.equals("src")) {
      return LOCAL_REF.matcher(value).matches();
    }
    return !name.equals("style") || isCleanCss(value);
  }

  private static boolean isCleanCss(String css) {
    return !REMOTE_CSS.matcher(squeeze(css)).find();
  }

  /** Lower case without whitespace or control characters ("java\tscript:" is "javascript:"). */
  private static String squeeze(String s) {
    return s.replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT);
  }

  private static DocumentBuilder parser() throws ParserConfigurationException {
    DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    f.setFeature("http://xml.org/sax/features/external-general-entities", false);
    f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    f.setXIncludeAware(false);
    f.setExpandEntityReferences(false);
    DocumentBuilder b = f.newDocumentBuilder();
    b.setEntityResolver(
        (publicId, systemId) -> {
          throw new SAXException("external entity refused: " + systemId);
        });
    b.setErrorHandler(STRICT);
    return b;
  }

  private static final ErrorHandler STRICT =
      new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
          // a warning does not make the drawing unsafe
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
          throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
          throw e;
        }
      };
}
