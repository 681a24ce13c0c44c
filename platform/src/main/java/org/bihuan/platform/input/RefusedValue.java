package org.bihuan.platform.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON value of the right shape that is still refused (a control character, a date out of range).
 * Its message is written for the client: ProblemMapping puts it next to the field's path.
 */
public class RefusedValue extends MismatchedInputException {

  private final String reason;

  public RefusedValue(JsonParser p, String reason, Class<?> targetType) {
    super(p, reason, targetType);
    this.reason = reason;
  }

  public String reason() {
    return reason;
  }
}
