package th.go.sesaoret.servicedesk.shared;

import jakarta.ejb.ApplicationException;
import java.util.Arrays;

/**
 * A broken business rule. Carries a bundle key (feature-prefixed, e.g. {@code
 * catalog.standard.notPositive}) and its arguments, so each screen shows it in the user's language;
 * the transaction rolls back.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String key;
  private final Object[] args;

  public BusinessException(String key, Object... args) {
    super(key + (args.length == 0 ? "" : " " + Arrays.toString(args)));
    this.key = key;
    this.args = args.clone();
  }

  public String key() {
    return key;
  }

  public Object[] args() {
    return args.clone();
  }
}
