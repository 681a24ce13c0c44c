package org.bihuan.rectification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.List;

/** Stores a history entry's field changes as a JSON array in a text column. */
@Converter
public class FieldChangesColumn implements AttributeConverter<List<FieldChange>, String> {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<List<FieldChange>> LIST = new TypeReference<>() {};

  @Override
  public String convertToDatabaseColumn(List<FieldChange> changes) {
    if (changes == null || changes.isEmpty()) {
      return null;
    }
    try {
      return JSON.writeValueAsString(changes);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write field changes", e);
    }
  }

  @Override
  public List<FieldChange> convertToEntityAttribute(String column) {
    if (column == null || column.isBlank()) {
      return List.of();
    }
    try {
      return JSON.readValue(column, LIST);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot read field changes", e);
    }
  }
}
