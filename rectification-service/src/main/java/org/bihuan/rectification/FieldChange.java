package org.bihuan.rectification;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One field an edit changed, with its value before and after (as text; dates ISO, lists JSON). */
@Schema(name = "FieldChange", description = "A field an edit changed: its old and new value.")
public record FieldChange(
    @Schema(example = "responsiblePerson") String field,
    @Schema(example = "张三", nullable = true) String from,
    @Schema(example = "李四", nullable = true) String to) {}
