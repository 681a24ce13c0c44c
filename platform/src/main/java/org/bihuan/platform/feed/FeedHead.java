package org.bihuan.platform.feed;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The last committed position: {@code after=position} receives only changes from now on. */
public record FeedHead(@Schema(example = "1024") long position) {}
