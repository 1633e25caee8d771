package th.go.sesaoret.servicedesk.shared.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import org.primefaces.component.inputtext.InputTextRenderer;
import org.primefaces.component.inputtextarea.InputTextareaRenderer;

/**
 * PrimeFaces' text field and text area renderers cut a submitted value to the field's {@code
 * maxlength} while decoding it, without a word: 100,000 characters in a title were saved as its
 * first 200 (issue 8, finding 6). These renderers (faces-config.xml) decode as PrimeFaces does and
 * then put the whole submitted text back, so the field's length validator or the service refuses it
 * with the field's message. The limit stays on the page as {@code maxlength}: app.js shows it as a
 * counter and stops the browser from cutting too.
 */
public final class WholeText {
  private WholeText() {}

  /** After PrimeFaces' decode: the submitted text as the browser sent it, never shortened. */
  static void keepWhole(FacesContext context, UIComponent component) {
    if (!(component instanceof UIInput input)
        || !(input.getSubmittedValue() instanceof String cut)) {
      return;
    }
    String sent =
        context.getExternalContext().getRequestParameterMap().get(component.getClientId(context));
    if (sent != null && sent.length() > cut.length()) {
      input.setSubmittedValue(sent);
    }
  }

  /** {@code p:inputText}. */
  public static class InputText extends InputTextRenderer {
    @Override
    public void decode(FacesContext context, UIComponent component) {
      super.decode(context, component);
      keepWhole(context, component);
    }
  }

  /** {@code p:inputTextarea}. */
  public static class InputTextarea extends InputTextareaRenderer {
    @Override
    public void decode(FacesContext context, UIComponent component) {
      super.decode(context, component);
      keepWhole(context, component);
    }
  }
}
