package org.bihuan.platform.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.ws.rs.core.EntityTag;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.bihuan.platform.feed.FeedNotifications;
import org.bihuan.platform.page.Page;
import org.bihuan.platform.time.OrganisationClock;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Rendered answers of single-resource GETs kept in memory (docs/decisions/0174): the JSON bytes and
 * the ETag, keyed by resource type and id, valid for the version and for the date the figures are
 * for. A hit costs no statement and no serialisation; a 304 from a hit builds nothing.
 *
 * <p>An entry is dropped
 *
 * <ul>
 *   <li>when this instance commits a change of the resource: {@link org.bihuan.platform.feed
 *       .ChangeFeed} calls {@link #evict} after completion of every transaction that appended an
 *       event for it, before the write's answer is sent; {@link #evictAfterCompletion} does the
 *       same for a write that appends no event;
 *   <li>when another instance sharing the database commits one: at once when the commit's
 *       notification arrives ({@link FeedNotifications}, docs/decisions/0214), and in any case when
 *       a follower, which reads the new events of the change feed every {@code
 *       bihuan.answer-cache.follow-interval} (100 ms), reads it — those committed and not yet given
 *       a position by a round (docs/decisions/0218) included. While neither the follower has
 *       finished a read nor the listener a check of its connection that began within {@code
 *       bihuan.answer-cache.max-lag} (500 ms) — the database unreadable, the threads starved — the
 *       cache is not answered from. And while the notifications are listened to, an answer is given
 *       from memory only after {@link #whenCurrent}: a round trip on a listening connection that
 *       began after the request arrived has brought every commit acknowledged before it
 *       (docs/decisions/0313), so a commit another replica has answered its client for is never
 *       served stale; with the notifications turned off, for at most one tick plus the read;
 *   <li>for a request whose If-None-Match or If-Match names a version newer than the entry's: it
 *       reads the database and puts what it read (a client that wrote on another replica reads its
 *       own write here);
 *   <li>for a request with {@code Cache-Control: no-cache} (or {@code Pragma: no-cache}): it reads
 *       the database and puts what it read. A caller that must see state no event announces (the
 *       withdrawal mark of a problem, docs/decisions/0117, which rectification-service asks about
 *       again after creating a ticket) sends it.
 * </ul>
 *
 * A reader that read the database before a commit must not put its old answer after the eviction:
 * every key has an invalidation stamp (a counter, one of {@link #STRIPES}) that an eviction moves
 * before it removes the entry; a reader takes the stamp before it reads and puts (atomically, in
 * the map's compute) only if it has not moved.
 *
 * <p>At most {@code bihuan.answer-cache.max-entries} (10,000) entries; when full, a tenth of them
 * is dropped in table order.
 *
 * <p>Pages of lists ({@link #pageFromMemory}, {@link #readPage}, docs/decisions/0179) are kept the
 * same way, keyed by resource type, the normalised query (filters, cursor, limit) and the date
 * their figures are for. A page has no version: every eviction of a resource of a type (by this
 * instance's commits, the follower, {@link #evictAfterCompletion}) moves the type's generation and
 * drops its pages, and a page is answered from only while the generation it was read under is
 * current. At most {@code bihuan.answer-cache.pages.max-entries} (1,000) pages and {@code
 * bihuan.answer-cache.pages.max-bytes} (32 MB) of them; a page larger than an eighth of that is not
 * kept.
 */
@ApplicationScoped
public class AnswerCache {

  /** Invalidation stamps: keys share one when their hashes fall in the same stripe. */
  static final int STRIPES = 4096;

  /** What a read of the database gives: the version, the date of its figures (or null), a body. */
  public record Fresh(long version, LocalDate asOf, Supplier<?> body) {}

  @Inject ObjectMapper mapper;
  @Inject OrganisationClock clock;
  @Inject AgroalDataSource dataSource;
  @Inject TransactionSynchronizationRegistry registry;
  @Inject FeedNotifications notifications;

  @ConfigProperty(name = "bihuan.answer-cache.max-entries", defaultValue = "10000")
  int maxEntries;

  @ConfigProperty(name = "bihuan.answer-cache.pages.max-entries", defaultValue = "1000")
  int maxPages;

  @ConfigProperty(name = "bihuan.answer-cache.pages.max-bytes", defaultValue = "33554432")
  long maxPageBytes;

  @ConfigProperty(name = "bihuan.answer-cache.follow-interval", defaultValue = "PT0.1S")
  Duration followInterval;

  @ConfigProperty(name = "bihuan.answer-cache.max-lag", defaultValue = "PT0.5S")
  Duration maxLag;

  private final ConcurrentHashMap<String, KeptEntry> entries = new ConcurrentHashMap<>();
  private final AtomicLongArray stamps = new AtomicLongArray(STRIPES);
  private KeptPages pages;
  private final AtomicBoolean started = new AtomicBoolean();
  private CacheFreshness freshness;

  /**
   * Whether an answer found in memory may be given only after {@link #whenCurrent} says so: while
   * the feed's notifications are listened to and this instance is not {@link
   * FeedNotifications#alone} on its database (docs/decisions/0313, amended). Without the
   * notifications, what the follower has read decides alone.
   */
  public boolean waitsForCommits() {
    return notifications.enabled() && !notifications.alone();
  }

  /**
   * Calls {@code then} with whether an answer from memory may now be given to a request that
   * arrived before this call: true once every commit acknowledged before it has been taken in (the
   * resources it changed evicted) and the follower has read the feed since the connection that
   * tells it began listening; false when that cannot be known — the database must be read. On the
   * listener's thread, or at once on the caller's; never blocks (docs/decisions/0313).
   */
  public void whenCurrent(Consumer<Boolean> then) {
    startFollowing();
    notifications.sync(current -> then.accept(current && freshness.followedSinceSyncListen()));
  }

  /**
   * The answer of a GET of one resource from memory, or null when the database must be read ({@link
   * #read}). Reads no statement and waits for nothing: it may run on the I/O thread ({@link
   * CachedReads}). 304 when If-None-Match names the tag, 412 when If-Match names another version
   * (as {@link Versions}). While {@link #waitsForCommits}, given only after {@link #whenCurrent}
   * said true for the request.
   */
  public RestResponse<byte[]> fromMemory(String resourceType, Object id, Conditions asked) {
    KeptEntry e = current(resourceType, id, asked);
    return e == null || e.namesNewerVersion(asked)
        ? null
        : e.answer(asked.ifMatch(), asked.ifNoneMatch());
  }

  /** As {@link #fromMemory}, the answer as made when kept ({@link KeptEntry#kept}), or null. */
  KeptAnswer keptFromMemory(String resourceType, Object id, Conditions asked) {
    KeptEntry e = current(resourceType, id, asked);
    return e == null ? null : e.kept(asked);
  }

  /** The entry of a resource if it may be answered from now (not asked no-cache), else null. */
  private KeptEntry current(String resourceType, Object id, Conditions asked) {
    startFollowing();
    KeptEntry e = entries.get(key(resourceType, id));
    return e != null
            && !asked.noCache()
            && freshness.following()
            && (e.asOf() == null || e.asOf().equals(clock.today()))
        ? e
        : null;
  }

  /**
   * Answers a GET of one resource from {@code read} (which throws for a missing resource), keeping
   * what it read (a worker thread).
   */
  public RestResponse<byte[]> read(
      String resourceType, Object id, Conditions asked, Supplier<Fresh> read) {
    startFollowing();
    String key = key(resourceType, id);
    int stripe = stripe(key);
    long stamp = stamps.get(stripe);
    // Kept only if the follower's cursor was set before this read: a commit after the read is then
    // beyond the cursor, and seen.
    boolean mayKeep = freshness.hasRead();
    Fresh fresh = read.get();
    KeptEntry made =
        KeptEntry.of(
            fresh.version(),
            fresh.asOf(),
            fresh.asOf() == null
                ? Versions.etag(fresh.version())
                : Versions.etag(fresh.version(), fresh.asOf()),
            json(fresh.body().get()));
    if (mayKeep) {
      keep(key, made, stripe, stamp);
    }
    return made.answer(asked.ifMatch(), asked.ifNoneMatch());
  }

  /** A page from memory, or null when the database must be read; as {@link #fromMemory}. */
  public <P extends Page<?>> RestResponse<P> pageFromMemory(
      String resourceType, LocalDate asOf, Object query, Conditions asked) {
    startFollowing();
    KeptPages.Page e = pages.current(new KeptPages.Key(resourceType, asOf, query));
    if (e != null && !asked.noCache() && freshness.following()) {
      return e.answer(asked.ifNoneMatch());
    }
    return null;
  }

  /**
   * A page of a list of {@code resourceType} read from {@code read} (which throws for a bad query),
   * kept (a worker thread). {@code query} is the normalised request (filters and page, with value
   * equality); {@code asOf} the date the page's figures are computed for, or null when it has none.
   * The ETag is the digest of the body, as {@link ListEtags} gives every other list; 304 when
   * If-None-Match names it. The answer must be the same for every caller allowed to ask.
   */
  public <P extends Page<?>> RestResponse<P> readPage(
      String resourceType, LocalDate asOf, Object query, Conditions asked, Supplier<P> read) {
    startFollowing();
    KeptPages kept = pages;
    boolean mayKeep = freshness.hasRead(); // as in read: the cursor was set before the read
    long readUnder = kept.generation(resourceType);
    byte[] json = json(read.get());
    KeptPages.Page made =
        new KeptPages.Page(readUnder, new EntityTag(ListEtags.digest(json), true), json);
    if (mayKeep) {
      kept.keep(new KeptPages.Key(resourceType, asOf, query), made);
    }
    return made.answer(asked.ifNoneMatch());
  }

  /** A page already rendered to JSON (its bytes are sent, not serialised again). */
  record RenderedPage(byte[] json) {}

  @PostConstruct
  void bound() {
    pages = new KeptPages(maxPages, maxPageBytes);
    freshness = new CacheFreshness(dataSource, followInterval, maxLag, this::evict);
  }

  /**
   * Drops the answer of a resource and every page of its type; the next GET of either reads the
   * database.
   */
  public void evict(String resourceType, Object id) {
    String key = key(resourceType, id);
    stamps.incrementAndGet(stripe(key));
    entries.remove(key);
    pages.drop(resourceType);
  }

  /**
   * Drops the answer of a resource after the current transaction completes, for a write that
   * changes what a GET shows without appending a feed event (other instances do not see it).
   */
  public void evictAfterCompletion(String resourceType, Object id) {
    registry.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            evict(resourceType, id);
          }
        });
  }

  /** The number of answers held now. */
  public int size() {
    return entries.size();
  }

  private void keep(String key, KeptEntry made, int stripe, long stamp) {
    entries.compute(
        key,
        (k, old) -> {
          if (stamps.get(stripe) != stamp) {
            return old; // evicted since the read began: what was read may be older than the commit
          }
          if (old != null
              && old.version() > made.version()
              && Objects.equals(old.asOf(), made.asOf())) {
            return old;
          }
          return made;
        });
    if (entries.size() > maxEntries) {
      trim();
    }
  }

  private void trim() {
    int drop = Math.max(1, entries.size() - maxEntries + maxEntries / 10);
    Iterator<String> keys = entries.keySet().iterator();
    while (drop-- > 0 && keys.hasNext()) {
      keys.next();
      keys.remove();
    }
  }

  private byte[] json(Object body) {
    try {
      return mapper.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot serialise " + body.getClass().getSimpleName(), e);
    }
  }

  private static String key(String resourceType, Object id) {
    return resourceType + '/' + id;
  }

  private static int stripe(String key) {
    int h = key.hashCode();
    return (h ^ (h >>> 16)) & (STRIPES - 1);
  }

  /**
   * Called by {@link FeedNotifications} once a LISTEN is in place on a new connection: every commit
   * from now on is notified; the follower reads the feed at once for the commits before.
   */
  public void listenFrom(long nanoTime) {
    freshness.listenFrom(nanoTime);
  }

  /** Called by {@link FeedNotifications} once the LISTEN of its sync connection is in place. */
  public void syncListenFrom(long nanoTime) {
    freshness.syncListenFrom(nanoTime);
  }

  /** Called by {@link FeedNotifications} after a check of its connection that began then. */
  public void heard(long nanoTime) {
    freshness.heard(nanoTime);
  }

  /** Called by {@link FeedNotifications} when the listening connection failed. */
  public void notListening() {
    freshness.notListening();
  }

  private void startFollowing() {
    if (started.compareAndSet(false, true)) {
      freshness.start();
      notifications.start();
    }
  }

  @PreDestroy
  void stop() {
    freshness.stop();
  }
}
