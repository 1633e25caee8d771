package th.go.sesaoret.servicedesk.shared.web;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.primefaces.application.exceptionhandler.ExceptionInfo;
import org.primefaces.application.exceptionhandler.PrimeExceptionHandler;

/**
 * PrimeFaces' exception handling (the template's {@code p:ajaxExceptionHandler}s, the error pages)
 * with nothing of the exception sent to the browser: PrimeFaces hands the exception's class and
 * message to the client's {@code onexception} script and keeps them in the session for the error
 * page; here both get a neutral word and an empty message. The handlers still match by the real
 * exception's type, and the full exception is logged on the server as before.
 */
public class QuietExceptionHandlerFactory extends ExceptionHandlerFactory {
  /** What the client is told an exception was. */
  static final String NEUTRAL_TYPE = "error";

  public QuietExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new Quiet(getWrapped().getExceptionHandler());
  }

  static final class Quiet extends PrimeExceptionHandler {
    Quiet(ExceptionHandler wrapped) {
      super(wrapped);
    }

    @Override
    protected ExceptionInfo createExceptionInfo(Throwable rootCause) {
      return neutral();
    }
  }

  static ExceptionInfo neutral() {
    ExceptionInfo info = new ExceptionInfo();
    LocalDateTime now = LocalDateTime.now();
    info.setType(NEUTRAL_TYPE);
    info.setMessage("");
    info.setStackTrace(new StackTraceElement[0]);
    info.setFormattedStackTrace("");
    info.setTimestamp(now);
    info.setFormattedTimestamp(now.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
    return info;
  }
}
