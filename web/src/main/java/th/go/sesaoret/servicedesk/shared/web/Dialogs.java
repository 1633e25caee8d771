package th.go.sesaoret.servicedesk.shared.web;

import org.primefaces.PrimeFaces;

/**
 * Ends a dialog's save: tells the page it succeeded ({@code args.done}, so {@code oncomplete} may
 * close the dialog) and shows the page's own message area, where the success message is. On a
 * business failure nothing is called: the message stays in the dialog, which stays open.
 */
public final class Dialogs {
  /** The layout's message area (globalOnly). */
  static final String PAGE_MESSAGES = "messages";

  private Dialogs() {}

  public static void done(String key, Object... args) {
    Messages.info(key, args);
    var ajax = PrimeFaces.current().ajax();
    ajax.addCallbackParam("done", true);
    ajax.update(PAGE_MESSAGES);
  }
}
