package org.bihuan.problem.importing;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The places a warning names (lines, rows, problems), bounded: the first {@link #SHOWN}, then how
 * many more there are (line 2; line 5; … 等 4,990 处). A document of 5,000 identical problems gets a
 * warning of a few hundred characters, not one of 100 KB; the dry run's answer grows with the
 * problems it lists, not with the places its warnings name (docs/decisions/0372).
 */
public final class PlacesNamed {

  /** How many places a warning names before it counts the rest. */
  public static final int SHOWN = 10;

  private PlacesNamed() {}

  /**
   * The first {@link #SHOWN} of {@code count} places ({@code first} may hold only those) joined by
   * {@code separator}, then 等 N 处 for the rest.
   */
  public static String of(List<String> first, int count, String separator) {
    String shown = String.join(separator, first.subList(0, Math.min(first.size(), SHOWN)));
    return count <= SHOWN ? shown : shown + String.format(Locale.ROOT, " 等 %,d 处", count - SHOWN);
  }

  /**
   * The first {@link #SHOWN} of {@code places}, each named by {@code name} (only those are named),
   * joined by {@code separator}, then 等 N 处 for the rest.
   */
  public static <T> String of(List<T> places, Function<T, String> name, String separator) {
    List<String> first =
        places.subList(0, Math.min(places.size(), SHOWN)).stream().map(name).toList();
    return of(first, places.size(), separator);
  }
}
