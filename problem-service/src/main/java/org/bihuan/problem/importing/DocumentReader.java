package org.bihuan.problem.importing;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

/**
 * The one way a file becomes problems: its content, read and refused within the import's memory
 * budget ({@link DocumentText}: what the file really is, ZIP budget, encrypted/empty/scanned
 * files), then what it says ({@link DocumentReading}: its rectification tables, else the outline of
 * its text by {@link OutlineParser}). The import endpoint and the import-accuracy benchmark both
 * read through it, so the benchmark measures what an import does. (How many imports read at once is
 * the caller's: the endpoint holds an import permit around it.)
 */
public final class DocumentReader {

  /** The document's text (its fingerprint is taken of it) and what was read out of it. */
  public record Reading(String text, ParsedDocument document) {}

  private final DocumentText documents;
  private final DocumentReading reading = new DocumentReading();

  public DocumentReader(DocumentText documents) {
    this.documents = documents;
  }

  /** Reads a file sent as {@code mediaType}; refusals are {@code ApiProblem}s (4xx). */
  public Reading read(InputStream body, String mediaType) {
    // the read-time budget covers every stage: the file's content, then what it says (0245)
    try (ImportLimits.Watch clock = ReadingTime.start(documents.limits())) {
      DocumentContent content =
          documents.content(body == null ? InputStream.nullInputStream() : body, mediaType);
      ParsedDocument read = reading.read(content);
      // a PDF table printed without borders, misread, is refused rather than imported (0384)
      PdfTableReadGuard.check(content, read);
      return new Reading(
          content.text(),
          TicketSizedFields.of(
              StorableText.of(
                  PeopleByName.byName(LeaderNames.byName(NamesWithOthers.named(read))))));
    } catch (StackOverflowError e) {
      // no reading recurses per character any more (0245, amended); should one still run out of
      // stack on some text, the caller hears 422 unreadable-document, never 500
      throw ZipPackage.unreadableText();
    }
  }

  /** The budget its readings are held to. */
  ImportLimits limits() {
    return documents.limits();
  }

  /** {@link #read(InputStream, String)} of bytes already in memory. */
  public Reading read(byte[] body, String mediaType) {
    return read(new ByteArrayInputStream(body == null ? new byte[0] : body), mediaType);
  }
}
