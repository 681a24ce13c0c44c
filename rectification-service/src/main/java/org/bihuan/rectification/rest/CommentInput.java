package org.bihuan.rectification.rest;

import jakarta.validation.constraints.Size;

/** The body of a transition or an extension decision: {"comment": "..."}. */
public record CommentInput(@Size(max = 4000) String comment) {}
