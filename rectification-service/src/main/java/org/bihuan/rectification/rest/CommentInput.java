package org.bihuan.rectification.rest;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of a transition or an extension decision: {"comment": "..."}. */
public record CommentInput(@Size(max = 4000) @Schema(example = "已完成整改，佐证材料已上传") String comment) {}
