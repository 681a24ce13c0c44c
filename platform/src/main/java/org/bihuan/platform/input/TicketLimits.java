package org.bihuan.platform.input;

/**
 * The lengths and counts a rectification ticket accepts, in one place: the rectification service
 * validates its ticket input with them, and the problem service's import holds what it reads to
 * them, so that every measure it imports can become a ticket (docs/decisions/0280). Lengths are
 * counted as Bean Validation's {@code @Size} counts a string (UTF-16 units).
 */
public final class TicketLimits {

  /** The measure's text (整改措施). */
  public static final int MEASURE_MAX = 4000;

  /** The responsible person (责任人) and the leader in charge (责任领导), each. */
  public static final int PERSON_MAX = 100;

  /** The responsible units (责任单位) of one ticket, and its co-responsible units (配合单位). */
  public static final int UNITS_MAX = 20;

  /** One unit's name. */
  public static final int UNIT_NAME_MAX = 200;

  /** A progress note (整改进展). */
  public static final int NOTE_MAX = 4000;

  private TicketLimits() {}
}
