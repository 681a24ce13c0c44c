package org.bihuan.platform.page;

import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list: {@code {"items": [...], "nextCursor": "..." | null}}. */
public record Page<T>(
    List<T> items,
    @Schema(nullable = true, description = "Where the next page starts; null on the last page")
        String nextCursor) {

  /**
   * Builds a page from rows fetched with {@code limit + 1}: the extra row only tells whether
   * another page exists, and the cursor points after the last row shown.
   */
  public static <R, T> Page<T> of(
      List<R> rowsPlusOne, PageRequest request, ToLongFunction<R> key, Function<R, T> mapper) {
    boolean more = rowsPlusOne.size() > request.limit();
    List<R> rows = more ? rowsPlusOne.subList(0, request.limit()) : rowsPlusOne;
    String next =
        more ? Cursor.encode(request.list(), key.applyAsLong(rows.get(rows.size() - 1))) : null;
    return new Page<>(rows.stream().map(mapper).toList(), next);
  }
}
