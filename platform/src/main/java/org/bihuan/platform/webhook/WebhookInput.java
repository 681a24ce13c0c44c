package org.bihuan.platform.webhook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A subscriber to register: where to send, and which event types (patterns such as ticket.*). */
public record WebhookInput(
    @NotBlank @Size(max = 2000) @Schema(example = "https://oa.example.cn/hooks/bihuan") String url,
    @NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 100) String> events,
    @Size(max = 500) @Schema(example = "OA系统督办提醒") String description) {}
