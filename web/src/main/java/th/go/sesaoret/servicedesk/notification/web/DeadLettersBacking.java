package th.go.sesaoret.servicedesk.notification.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import th.go.sesaoret.servicedesk.notification.application.DeadLetter;
import th.go.sesaoret.servicedesk.notification.application.DeadLetterDesk;
import th.go.sesaoret.servicedesk.notification.application.NoticeKinds;
import th.go.sesaoret.servicedesk.shared.web.LocaleBacking;
import th.go.sesaoret.servicedesk.shared.web.Messages;

/** The dead-letter queue for the administrator (admin/dead-letters.xhtml), with a replay. */
@Named
@ViewScoped
public class DeadLettersBacking implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(DeadLettersBacking.class.getName());

  @EJB private DeadLetterDesk deadLetters;
  @Inject private NoticeKinds kinds;

  private List<DeadLetter> letters = List.of();

  @PostConstruct
  void init() {
    refresh();
  }

  public void refresh() {
    try {
      letters = deadLetters.list();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Cannot browse the dead-letter queue", e);
      letters = List.of();
      Messages.error("admin.deadLetters.listFailed");
    }
  }

  public void replay(DeadLetter letter) {
    try {
      if (deadLetters.replay(letter.messageId())) {
        Messages.info("admin.deadLetters.replayed", letter.messageId());
      } else {
        Messages.error("admin.deadLetters.replayFailed", letter.messageId());
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Replay of " + letter.messageId() + " failed", e);
      Messages.error("admin.deadLetters.replayFailed", letter.messageId());
    }
    refresh();
  }

  /** The queue's short name: the part after the last dot or slash of the address. */
  public String queueName(String address) {
    if (address == null) {
      return "";
    }
    int cut = Math.max(address.lastIndexOf('.'), address.lastIndexOf('/'));
    return address.substring(cut + 1);
  }

  /** The notice kind in the reader's words; an unknown code (why a letter is dead) as it is. */
  public String kindName(String kind) {
    return kind == null
        ? ""
        : kinds.shortName(kind, CDI.current().select(LocaleBacking.class).get().getLocale());
  }

  public List<DeadLetter> getLetters() {
    return letters;
  }
}
