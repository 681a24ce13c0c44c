package org.bihuan.platform.http;

import jakarta.ws.rs.core.EntityTag;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The rendered pages {@link AnswerCache#page} answers from (docs/decisions/0179), bounded in count
 * and bytes. A page has no version: each resource type has a generation that every change of a
 * resource of that type moves ({@link #drop}), and a page is current only while the generation it
 * was read under is.
 */
final class KeptPages {

  /** A page of a list: its type, the date its figures are for (or null) and its query. */
  record Key(String resourceType, LocalDate asOf, Object query) {}

  /** A rendered page and the generation of its type it was read under. */
  record Page(long generation, EntityTag tag, byte[] json) {

    /**
     * The answer: the kept bytes are the body (the method declares its page type for the contract,
     * the answer carries the page rendered, which {@link ListEtags} sends as it is); 304 when
     * If-None-Match names the tag.
     */
    @SuppressWarnings("unchecked")
    <P> RestResponse<P> answer(String ifNoneMatch) {
      if (ifNoneMatch != null && ListEtags.matches(ifNoneMatch, tag.getValue())) {
        return (RestResponse<P>) RestResponse.ResponseBuilder.notModified(tag).build();
      }
      return (RestResponse<P>)
          (RestResponse<?>)
              RestResponse.ResponseBuilder.ok(new AnswerCache.RenderedPage(json)).tag(tag).build();
    }
  }

  private final int maxEntries;
  private final long maxBytes;
  private final ConcurrentHashMap<Key, Page> pages = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, AtomicLong> generations = new ConcurrentHashMap<>();
  private final AtomicLong bytes = new AtomicLong();

  KeptPages(int maxEntries, long maxBytes) {
    this.maxEntries = maxEntries;
    this.maxBytes = maxBytes;
  }

  /** The generation of a type now; a reader takes it before it reads. */
  long generation(String resourceType) {
    return counter(resourceType).get();
  }

  /** The page kept for {@code key} if nothing of its type changed since it was read, else null. */
  Page current(Key key) {
    Page p = pages.get(key);
    return p != null && p.generation() == generation(key.resourceType()) ? p : null;
  }

  /**
   * Keeps a page read under {@code page.generation()}, unless its type changed since (what was read
   * may be older than the change) or it is larger than an eighth of the byte bound.
   */
  void keep(Key key, Page page) {
    if (page.json().length > maxBytes / 8 || generation(key.resourceType()) != page.generation()) {
      return;
    }
    Page old = pages.put(key, page);
    bytes.addAndGet(page.json().length - (old == null ? 0 : old.json().length));
    if (pages.size() > maxEntries || bytes.get() > maxBytes) {
      trim();
    }
  }

  /** Something of {@code resourceType} changed: its pages are no longer answered from. */
  void drop(String resourceType) {
    counter(resourceType).incrementAndGet();
    if (!pages.isEmpty()) {
      pages.forEach(
          (k, v) -> {
            if (k.resourceType().equals(resourceType)) {
              remove(k, v);
            }
          });
    }
  }

  int size() {
    return pages.size();
  }

  long bytes() {
    return bytes.get();
  }

  /** Drops pages of past generations, then pages in table order, to nine tenths of the bounds. */
  private void trim() {
    pages.forEach(
        (k, v) -> {
          if (v.generation() != generation(k.resourceType())) {
            remove(k, v);
          }
        });
    Iterator<Map.Entry<Key, Page>> it = pages.entrySet().iterator();
    while (it.hasNext()
        && (pages.size() > maxEntries - maxEntries / 10
            || bytes.get() > maxBytes - maxBytes / 10)) {
      var next = it.next();
      remove(next.getKey(), next.getValue());
    }
  }

  private void remove(Key key, Page page) {
    if (pages.remove(key, page)) {
      bytes.addAndGet(-page.json().length);
    }
  }

  private AtomicLong counter(String resourceType) {
    return generations.computeIfAbsent(resourceType, t -> new AtomicLong());
  }
}
