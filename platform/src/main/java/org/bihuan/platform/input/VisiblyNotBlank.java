package org.bihuan.platform.input;

import io.quarkus.hibernate.validator.ValidatorFactoryCustomizer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.constraints.NotBlank;
import org.hibernate.validator.BaseHibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;

/**
 * {@code @NotBlank} as people see text: Hibernate Validator's own check trims only the characters
 * up to U+0020, so a measure of U+00A0, U+3000, U+2028 or zero-width characters passed as "not
 * blank". Every {@code @NotBlank} of every service is checked by {@link SafeText#isBlank} instead
 * (Unicode White_Space, format and default-ignorable characters are blank; docs/decisions/0207);
 * the answer stays the 400 that names the field.
 */
public class VisiblyNotBlank implements ConstraintValidator<NotBlank, CharSequence> {

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    return value != null && !SafeText.isBlank(value.toString());
  }

  /** Puts {@link VisiblyNotBlank} in place of Hibernate Validator's check of {@code @NotBlank}. */
  @ApplicationScoped
  public static class Mapping implements ValidatorFactoryCustomizer {
    @Override
    public void customize(BaseHibernateValidatorConfiguration<?> configuration) {
      ConstraintMapping mapping = configuration.createConstraintMapping();
      mapping
          .constraintDefinition(NotBlank.class)
          .includeExistingValidators(false)
          .validatedBy(VisiblyNotBlank.class);
      configuration.addMapping(mapping);
    }
  }
}
