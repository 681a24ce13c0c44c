package org.bihuan.platform.webhook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A subscriber to register: where to send, and which event types (patterns such as ticket.*). */
public record WebhookInput(
    @NotBlank @Size(max = 2000) String url,
    @NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 100) String> events,
    @Size(max = 500) String description) {}
