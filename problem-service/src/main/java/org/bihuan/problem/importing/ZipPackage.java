package org.bihuan.problem.importing;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.bihuan.platform.error.ApiProblem;

/**
 * Measures an Office Open XML package (.docx, .xlsx) against the import's budget before POI or a
 * sheet reader sees it: every entry is inflated once into nothing, counting the bytes actually
 * inflated (an entry's declared size can lie), and every XML part is streamed through StAX counting
 * its elements and their depth. A DOCTYPE is refused (Office never writes one; it is how
 * entity-expansion bombs start), and so is a part nesting elements deeper than {@link
 * #MAX_XML_DEPTH}: the readers that build a document from its XML recurse once per level, and a
 * crafted part thousands of levels deep would exhaust the thread's stack (docs/decisions/0109).
 * Nothing is kept but the counts, so the check itself costs a 64 KB buffer.
 */
final class ZipPackage {

  enum Kind {
    WORD,
    EXCEL,
    OTHER
  }

  private static final XMLInputFactory XML = xmlFactory();

  /**
   * The deepest nesting of XML elements a part may have. Word nests a paragraph in a text box in a
   * drawing in a table cell some 40 levels deep; 256 leaves room for tables nested in tables.
   */
  static final int MAX_XML_DEPTH = 256;

  /**
   * The parts of a workbook that the sheet reader streams (XlsxSheets: rows one by one, texts as a
   * list), never as a DOM: only the package's total inflated size and element count limit them, so
   * that a ledger of 20,000 rows is read (its sheet part inflates to well over the one-part cap
   * that protects the Word reader).
   */
  private static final Pattern STREAMED_PART =
      Pattern.compile("xl/(?:worksheets/[^/]+\\.xml|sharedStrings\\.xml)");

  /**
   * The most entries of one kind (cell formats, fonts, fills, borders, number formats, differential
   * formats, named cell styles, Word styles) a styles part may hold: Excel itself stops at 64,000
   * cell formats, and every entry becomes an object (an XmlBeans bean in XWPF, a format lookup in
   * the sheet reader) before the first cell or paragraph is read (docs/decisions/0186).
   */
  static final int MAX_STYLE_ENTRIES = 64_000;

  private static final java.util.Set<String> STYLE_ENTRIES =
      java.util.Set.of(
          "xf", "font", "fill", "border", "numFmt", "dxf", "cellStyle", "style", "tableStyle");

  private ZipPackage() {}

  /**
   * The entries of a package, read in file order as they are inflated. Not the JDK's
   * ZipInputStream: it refuses an entry whose local header gives a size its data does not have,
   * which is how POI's streaming writer (SXSSF, behind many systems' Excel exports) stores its
   * parts; Excel, WPS and POI itself read them, so must the import.
   */
  static ZipArchiveInputStream entries(byte[] body) {
    return new ZipArchiveInputStream(new ByteArrayInputStream(body), "UTF-8", true, true);
  }

  static XMLInputFactory xmlFactory() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    return f;
  }

  /** What the package is, once it has been found within the budget; refuses it otherwise. */
  static Kind inspect(byte[] body, ImportLimits limits) {
    long inflated = 0;
    long elements = 0;
    long xmlBytes = 0;
    long xmlElements = 0;
    int entries = 0;
    boolean word = false;
    boolean excel = false;
    byte[] buffer = new byte[64 * 1024];
    try (ZipArchiveInputStream zip = entries(body)) {
      for (ZipArchiveEntry entry; (entry = zip.getNextEntry()) != null; ) {
        if (++entries > 5_000) {
          throw limits.tooLarge("The file holds more than 5000 parts");
        }
        String name = entry.getName();
        word |= name.equals("word/document.xml");
        excel |= name.equals("xl/workbook.xml");
        boolean named = name.endsWith(".xml") || name.endsWith(".rels");
        long partCap =
            !named || STREAMED_PART.matcher(name).matches()
                ? Long.MAX_VALUE
                : limits.maxXmlPartBytes();
        // a part is XML by its name or by its first bytes: a relationship may give an XML part
        // any name, and POI parses it by its content type, not its name
        BufferedInputStream buffered = new BufferedInputStream(zip, 8 * 1024);
        boolean xml = named || startsAsXml(buffered);
        Counted part = new Counted(buffered, partCap, limits.maxInflatedBytes() - inflated);
        Elements counted = new Elements();
        if (xml) {
          countElements(part, name, limits.maxXmlElements() - elements, limits, named, counted);
          elements += counted.count;
          xmlElements += counted.count;
        }
        while (part.read(buffer) != -1) {
          // the rest of a part (or a non-XML part: images) counts towards the total
        }
        inflated += part.count;
        if (xml) {
          xmlBytes += part.count;
        }
        if (part.overPart) {
          throw limits.tooLarge(
              "The part " + name + " inflates to more than " + limits.maxXmlPartBytes() + " bytes");
        }
        if (part.overTotal) {
          throw limits.tooLarge(
              "The file inflates to more than " + limits.maxInflatedBytes() + " bytes");
        }
        if (counted.malformed && named) {
          throw damaged("a valid Office document: its part " + name + " is not well-formed XML");
        }
        if (word) {
          wordWithinBudget(xmlBytes, xmlElements, limits);
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      throw damaged("a ZIP package (.docx/.xlsx)");
    }
    if (entries == 0) {
      throw damaged("a ZIP package (.docx/.xlsx)");
    }
    return word ? Kind.WORD : excel ? Kind.EXCEL : Kind.OTHER;
  }

  /**
   * A Word document is read by XWPF, which holds every XML part it parses (document, footnotes,
   * endnotes, comments, headers, footers, numbering, styles…) in memory at the same time, as
   * objects many times the size of their XML: what one import costs is the sum of the parts, so the
   * sum is what is capped (docs/decisions/0176). Every XML part counts, whatever it is named.
   */
  private static void wordWithinBudget(long xmlBytes, long xmlElements, ImportLimits limits) {
    if (xmlBytes > limits.maxWordXmlBytes()) {
      throw limits.tooLarge(
          "The Word document's XML parts inflate to more than "
              + limits.maxWordXmlBytes()
              + " bytes together");
    }
    if (xmlElements > limits.maxWordXmlElements()) {
      throw limits.tooLarge(
          "The Word document holds more than "
              + limits.maxWordXmlElements()
              + " XML elements in its parts together");
    }
  }

  /** Whether a part's first bytes are XML's: '<' after an optional byte-order mark and spaces. */
  private static boolean startsAsXml(BufferedInputStream in) throws IOException {
    in.mark(64);
    byte[] head = in.readNBytes(64);
    in.reset();
    int i = 0;
    if (head.length >= 2
        && ((head[0] == (byte) 0xFE && head[1] == (byte) 0xFF)
            || (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE))) {
      return true;
    }
    if (head.length >= 3
        && head[0] == (byte) 0xEF
        && head[1] == (byte) 0xBB
        && head[2] == (byte) 0xBF) {
      i = 3;
    }
    while (i < head.length
        && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n')) {
      i++;
    }
    return i < head.length && head[i] == '<';
  }

  /**
   * Counts the elements of one XML part, as far as it is well-formed (the caller measures its size
   * first: a bomb is reported as too large even when its bytes are not XML). A part that is XML
   * only by its first bytes (an SVG image, say) is counted but not {@code strict}ly judged: its
   * DOCTYPE or depth is not refused, since the readers do not parse it under an XML name.
   */
  private static void countElements(
      InputStream in,
      String name,
      long allowed,
      ImportLimits limits,
      boolean strict,
      Elements counted) {
    int depth = 0;
    java.util.Map<String, Integer> styleEntries =
        name.endsWith("styles.xml") ? new java.util.HashMap<>() : null;
    try {
      XMLStreamReader xml = XML.createXMLStreamReader(in);
      try {
        while (xml.hasNext()) {
          int event = xml.next();
          if (event == XMLStreamConstants.END_ELEMENT) {
            depth--;
          }
          if (event == XMLStreamConstants.START_ELEMENT && ++counted.count > allowed) {
            throw limits.tooLarge(
                "The file holds more than " + limits.maxXmlElements() + " XML elements");
          }
          if (event == XMLStreamConstants.START_ELEMENT
              && styleEntries != null
              && STYLE_ENTRIES.contains(xml.getLocalName())
              && styleEntries.merge(xml.getLocalName(), 1, Integer::sum) > MAX_STYLE_ENTRIES) {
            throw limits.tooLarge(
                "The part "
                    + name
                    + " holds more than "
                    + MAX_STYLE_ENTRIES
                    + " style entries of one kind (<"
                    + xml.getLocalName()
                    + ">)");
          }
          if (event == XMLStreamConstants.START_ELEMENT && ++depth > MAX_XML_DEPTH && strict) {
            throw tooDeep(
                "its part "
                    + name
                    + " nests XML elements more than "
                    + MAX_XML_DEPTH
                    + " levels deep");
          }
          if (strict
              && (event == XMLStreamConstants.DTD
                  || event == XMLStreamConstants.ENTITY_REFERENCE)) {
            throw ApiProblem.unprocessable(
                "unreadable-document",
                "The file declares XML entities (a DOCTYPE), which Office never writes; it was"
                    + " refused as hostile.");
          }
        }
      } finally {
        xml.close();
      }
    } catch (XMLStreamException e) {
      if (e.getCause() instanceof ApiProblem p) {
        throw p;
      }
      counted.malformed = true;
    }
  }

  /** The elements of a part counted so far, and whether it turned out not to be well-formed. */
  private static final class Elements {
    long count;
    boolean malformed;
  }

  /**
   * A file whose structure nests deeper than any office program writes: refused as hostile rather
   * than read by a parser that recurses once per level.
   */
  static ApiProblem tooDeep(String what) {
    return ApiProblem.unprocessable(
        "unreadable-document",
        "The file cannot be read: "
            + what
            + ", which Word, Excel and WPS never write; it was refused as hostile. Open"
            + " it in Word, Excel or WPS, save it again, and upload the saved file.");
  }

  /** Text that ran the reading out of stack (a run thousands of marks long): refused, not a 500. */
  static ApiProblem unreadableText() {
    return ApiProblem.unprocessable(
        "unreadable-document",
        "The document's text cannot be read: a line of it is too long or repeats one mark thousands"
            + " of times. Shorten or remove that line and upload the document again.");
  }

  static ApiProblem damaged(String what) {
    return ApiProblem.unprocessable(
        "unreadable-document",
        "The file is damaged: it is not "
            + what
            + ". Open it in Word, Excel or WPS, save it again, and upload the saved file.");
  }

  /**
   * Counts the bytes read and stops (as at the end) past a limit, remembering which; abandons the
   * reading when its client has gone ({@link ImportLimits#stillWanted}).
   */
  static final class Counted extends FilterInputStream {
    private final long maxPart;
    private final long maxTotal;
    long count;
    boolean overPart;
    boolean overTotal;

    Counted(InputStream in, long maxPart, long maxTotal) {
      super(in);
      this.maxPart = maxPart;
      this.maxTotal = maxTotal;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (overPart || overTotal) {
        return -1;
      }
      ReadingTime.check();
      int n = super.read(b, off, len);
      if (n > 0) {
        count += n;
        overPart = count > maxPart;
        overTotal = count > maxTotal;
      }
      return n;
    }

    @Override
    public void close() {
      // the ZIP stream stays open for the next entry
    }
  }
}
