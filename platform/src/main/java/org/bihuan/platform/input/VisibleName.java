package org.bihuan.platform.input;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.bihuan.platform.text.UnitNames;

/**
 * The value is a name others are found by — a unit's or a person's name in the OA directory — and
 * holds no invisible character ({@link UnitNames#problemIn}: format, default-ignorable and
 * bidirectional control characters such as U+200B, U+2060, U+00AD, U+202E). A ticket refuses such a
 * unit name (0223); the directory refuses it where it is written, so that no ticket assigned by the
 * entry's id is refused for a character its client never sent (docs/decisions/0229). Null is valid.
 */
@Documented
@Constraint(validatedBy = VisibleName.Check.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface VisibleName {

  String message() default
      "must hold no invisible character: no format, zero-width, soft hyphen or bidirectional"
          + " control (U+200B–U+200F, U+2060, U+00AD, U+202A–U+202E, U+FEFF); write the name as it"
          + " is seen";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks a value with {@link UnitNames#problemIn}. */
  class Check implements ConstraintValidator<VisibleName, CharSequence> {
    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
      return value == null || UnitNames.problemIn(value.toString()) == null;
    }
  }
}
