package org.bihuan.rectification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Stores the directory person ids an actor was when he acted (docs/decisions/0249) as a JSON array
 * in a text column; none is null.
 */
@Converter
public class PersonIdsColumn implements AttributeConverter<Set<String>, String> {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<List<String>> LIST = new TypeReference<>() {};

  @Override
  public String convertToDatabaseColumn(Set<String> ids) {
    if (ids == null || ids.isEmpty()) {
      return null;
    }
    try {
      return JSON.writeValueAsString(new TreeSet<>(ids));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write person ids", e);
    }
  }

  @Override
  public Set<String> convertToEntityAttribute(String column) {
    if (column == null || column.isBlank()) {
      return Set.of();
    }
    try {
      return Set.copyOf(JSON.readValue(column, LIST));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot read person ids", e);
    }
  }
}
