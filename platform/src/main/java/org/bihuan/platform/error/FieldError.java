package org.bihuan.platform.error;

/** One invalid input field, as listed in the {@code errors} member of a problem+json answer. */
public record FieldError(String field, String message) {}
