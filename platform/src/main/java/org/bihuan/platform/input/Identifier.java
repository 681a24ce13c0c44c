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

/**
 * The value is an identifier a client chose — an {@code externalRef}, an {@code externalId} — and
 * holds no character {@link SafeText#problemInIdentifier} refuses: no control, no format or other
 * invisible character (U+FEFF, tag characters, zero-width characters, bidirectional marks), no
 * whitespace but the plain space. A look-alike of an existing reference cannot be made
 * (docs/decisions/0217). Null is valid (the field's other constraints say whether it is required).
 * Every input field named {@code *Ref} or {@code *externalId} carries it or a stricter pattern.
 */
@Documented
@Constraint(validatedBy = Identifier.Check.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface Identifier {

  String message() default
      "must hold only visible characters and plain spaces: no control, format, zero-width,"
          + " bidirectional or tag characters (U+FEFF, U+200B–U+200F, U+2060, U+E0000–U+E007F)";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks a value with {@link SafeText#problemInIdentifier}. */
  class Check implements ConstraintValidator<Identifier, CharSequence> {
    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
      return value == null || SafeText.problemInIdentifier(value.toString()) == null;
    }
  }
}
