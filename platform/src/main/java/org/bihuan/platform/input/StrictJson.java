package org.bihuan.platform.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Every JSON body is read with its declared types and nothing else (docs/decisions/0057): no enum
 * ordinals, no numbers or booleans read as strings, no fractions truncated into integers, dates
 * only as strict YYYY-MM-DD strings within {@link SupportedDates}, text without the characters
 * {@link SafeText} refuses. Jackson's lenient defaults turned {@code "timing": 0} into IMMEDIATE,
 * {@code "heldOn": 20240630} into +57386-12-18 and {@code "percent": 50.7} into 50, silently.
 *
 * <p>It customises the one ObjectMapper of each service, so it holds for every endpoint and for
 * what a service reads from the others.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

  /** Last, so that these deserializers replace the ones JavaTimeModule registered before. */
  @Override
  public int priority() {
    return MINIMUM_PRIORITY;
  }

  @Override
  public void customize(ObjectMapper mapper) {
    apply(mapper);
  }

  /** Applies the rules to {@code mapper} (also used by tests that build their own mapper). */
  public static ObjectMapper apply(ObjectMapper mapper) {
    mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
    mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    mapper.enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
    mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    mapper.disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY);
    mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
    for (CoercionInputShape shape :
        new CoercionInputShape[] {
          CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean
        }) {
      mapper.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
      mapper.coercionConfigFor(LogicalType.Enum).setCoercion(shape, CoercionAction.Fail);
      mapper.coercionConfigFor(LogicalType.DateTime).setCoercion(shape, CoercionAction.Fail);
    }
    mapper
        .coercionConfigFor(LogicalType.Integer)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    mapper
        .coercionConfigFor(LogicalType.Float)
        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    mapper
        .coercionConfigFor(LogicalType.Boolean)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.String, CoercionAction.Fail);

    // Duplicate keys are refused (decision 0095): {"percent": 10, "percent": 90} meant one of them.
    mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    // Jackson decodes overlong and surrogate UTF-8 sequences (C0 AF reads as '/'): check the bytes.
    mapper.getFactory().setInputDecorator(new StrictUtf8.Decorator());

    SimpleModule module = new SimpleModule("bihuan-strict-json");
    module.setDeserializerModifier(
        new BeanDeserializerModifier() {
          @Override
          public JsonDeserializer<?> modifyEnumDeserializer(
              DeserializationConfig config,
              JavaType type,
              BeanDescription beanDesc,
              JsonDeserializer<?> deserializer) {
            return new ExactEnum(deserializer);
          }
        });
    module.addDeserializer(String.class, new SafeString());
    module.addDeserializer(LocalDate.class, new StrictDate());
    module.addDeserializer(
        Instant.class, new RangedInstant<>(Instant.class, InstantDeserializer.INSTANT, i -> i));
    module.addDeserializer(
        OffsetDateTime.class,
        new RangedInstant<>(
            OffsetDateTime.class, InstantDeserializer.OFFSET_DATE_TIME, OffsetDateTime::toInstant));
    mapper.registerModule(module);
    return mapper;
  }

  /** Strings only (no number or boolean read as text), and only text {@link SafeText} accepts. */
  static final class SafeString extends StdScalarDeserializer<String> {
    SafeString() {
      super(String.class);
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (!p.hasToken(JsonToken.VALUE_STRING)) {
        return (String) ctxt.handleUnexpectedToken(String.class, p);
      }
      String value = p.getText();
      String problem = SafeText.problemInText(value);
      if (problem != null) {
        throw new RefusedValue(p, problem, String.class);
      }
      return value;
    }
  }

  /**
   * Enum names only as written: Jackson's enum reader trims, so " MEETING", "MEETING\t" and even
   * "\u0000DEADLINE" became a constant (decision 0095).
   */
  static final class ExactEnum extends DelegatingDeserializer {
    ExactEnum(JsonDeserializer<?> delegate) {
      super(delegate);
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
      return new ExactEnum(newDelegatee);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.hasToken(JsonToken.VALUE_STRING)) {
        String text = p.getText();
        for (int i = 0; i < text.length(); i++) {
          char c = text.charAt(i);
          if (c <= ' '
              || Character.isWhitespace(c)
              || Character.isISOControl(c)
              || Character.getType(c) == Character.FORMAT
              || Character.isSpaceChar(c)) {
            throw new RefusedValue(
                p,
                "must be exactly one of "
                    + java.util.Arrays.toString(handledType().getEnumConstants())
                    + " (no spaces or control characters)",
                handledType());
          }
        }
      }
      return super.deserialize(p, ctxt);
    }
  }

  /** YYYY-MM-DD strings within {@link SupportedDates}; no epoch-day numbers, no arrays. */
  static final class StrictDate extends StdScalarDeserializer<LocalDate> {
    StrictDate() {
      super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (!p.hasToken(JsonToken.VALUE_STRING)) {
        throw new RefusedValue(p, SupportedDates.DATE_EXPECTED, LocalDate.class);
      }
      LocalDate d = SupportedDates.parseOrNull(p.getText());
      if (d == null) {
        throw new RefusedValue(p, SupportedDates.DATE_EXPECTED, LocalDate.class);
      }
      return d;
    }
  }

  /** ISO-8601 date-time strings within {@link SupportedDates}; no epoch numbers. */
  static final class RangedInstant<T> extends StdScalarDeserializer<T> {
    private final JsonDeserializer<T> iso;
    private final java.util.function.Function<T, Instant> instantOf;

    RangedInstant(
        Class<T> type, JsonDeserializer<T> iso, java.util.function.Function<T, Instant> instantOf) {
      super(type);
      this.iso = iso;
      this.instantOf = instantOf;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (!p.hasToken(JsonToken.VALUE_STRING)) {
        throw new RefusedValue(p, SupportedDates.INSTANT_EXPECTED, handledType());
      }
      T value;
      try {
        value = iso.deserialize(p, ctxt);
      } catch (IOException | RuntimeException e) {
        throw new RefusedValue(p, SupportedDates.INSTANT_EXPECTED, handledType());
      }
      if (value == null || !SupportedDates.contains(instantOf.apply(value))) {
        throw new RefusedValue(p, SupportedDates.INSTANT_EXPECTED, handledType());
      }
      return value;
    }
  }
}
