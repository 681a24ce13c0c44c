package org.bihuan.platform.webhook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A connector to register: which kind of system, where, with which credentials and options. */
public record ConnectorInput(
    @NotBlank
        @Size(max = 50)
        @Schema(
            example = "dingtalk-robot",
            description =
                "standard-webhooks, weaver-todo, seeyon-todo, dingtalk-todo, dingtalk-robot or"
                    + " wecom-robot")
        String kind,
    @NotBlank @Size(max = 200) @Schema(example = "整改督办群机器人") String name,
    @Size(max = 2000)
        @Schema(
            example = "https://oapi.dingtalk.com/robot/send",
            description =
                "The system's address (http or https); the DingTalk and WeCom kinds default to"
                    + " their public endpoints, the OA kinds need their server's address")
        String baseUrl,
    @Size(max = 20)
        @Schema(
            description =
                "Write-only secrets of the kind (e.g. accessToken and secret of a DingTalk"
                    + " robot), each at most 2,000 characters; never answered, never logged")
        Map<@Size(max = 100) String, String> credentials,
    @Size(max = 50)
        @Schema(description = "Event patterns (todo.*, ticket.overdue…); each kind has defaults")
        List<@NotBlank @Size(max = 100) String> events,
    @Schema(
            description =
                "Settings of the kind; each kind takes only its own, and any other member (a"
                    + " typo, another kind's option) is a 400 naming options.<name> with the"
                    + " likely one. weaver-todo: syscode, auth, userid, workflowname, creator;"
                    + " seeyon-todo: registerCode, receiverField, senderName, thirdSenderId;"
                    + " dingtalk-todo: operatorUnionId; these three also links, roleReceivers"
                    + " (roles verifier and admin, each a list of logins or {name, login}) and"
                    + " backfill. dingtalk-robot and wecom-robot: links, msgtype, mentionMobiles,"
                    + " mentionAssignees, mentionBy. standard-webhooks: none. links {pc, h5}"
                    + " are http(s) templates whose only placeholders are {ticketId},"
                    + " {problemId} and {todoId}. See docs/integration.md")
        Map<@Size(max = 100) String, Object> options) {}
