package org.bihuan.rectification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.bihuan.rectification.Extension;
import org.bihuan.rectification.Ticket;
import org.bihuan.rectification.Todo;

/**
 * Who must not act on a to-do, by the very rule of the guards that refuse him (decision 0256): a
 * VERIFY to-do is not for the ticket's parties ({@link TicketService#parties}, the verify and
 * reject guard), a DECIDE_EXTENSION to-do not for them nor the requester ({@link
 * TicketService#partiesWithRequester}, the extension guard), each compared by {@link
 * Parties#includes} — directory person ids the caller's claims resolve to and folded names. The
 * to-do list and the connectors' role receivers ask here; a to-do's {@code notFor} names are what
 * an OA system shows, not what is compared.
 */
@ApplicationScoped
public class TodoExclusions {

  @Inject TicketService tickets;
  @Inject Callers callers;

  /** The parties of to-dos, remembered for one list or one delivery. */
  public static final class Memo {
    private final Map<String, Parties> parties = new HashMap<>();
  }

  /**
   * Whether a connector's role receiver ({@code login}, and {@code name} when the connector gives
   * one) is one of those the to-do {@code todoId} is not for: the person the guards would take him
   * for ({@link Callers#asReceiver}).
   */
  @Transactional
  public boolean excludesReceiver(UUID todoId, String login, String name, Memo memo) {
    Todo d = todoId == null ? null : Todo.findById(todoId);
    return d != null && excludes(d, callers.asReceiver(login, name), memo);
  }

  /** Whether {@code who} is one of those the to-do is not for ({@code memo} keeps the parties). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public boolean excludes(Todo d, Actor who, Memo memo) {
    if (d.ticketId == null || d.notFor == null || d.notFor.length == 0 || who.isSystem()) {
      return false;
    }
    String key = d.ticketId + "|" + d.kind + "|" + d.roundKey;
    Parties p = memo.parties.computeIfAbsent(key, k -> partiesOf(d));
    return p != null && p.includes(who);
  }

  private Parties partiesOf(Todo d) {
    Ticket t = Ticket.findById(d.ticketId);
    if (t == null) {
      return null;
    }
    if (d.kind == Todo.Kind.DECIDE_EXTENSION) {
      UUID extension = TodoIdentity.extensionOf(d.roundKey);
      Extension e = extension == null ? null : Extension.findById(extension);
      if (e != null) {
        return tickets.partiesWithRequester(t, e);
      }
    }
    return tickets.parties(t);
  }
}
