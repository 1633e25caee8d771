package th.go.sesaoret.servicedesk.approval.domain;

import java.io.Serializable;
import java.util.List;

/**
 * What a batch of signatures did, item by item: each is signed in its own transaction, so one
 * refused item (its content changed since it was shown, someone else acted first) leaves the others
 * signed.
 */
public record BatchResult(List<Item> items) implements Serializable {
  public BatchResult {
    items = List.copyOf(items);
  }

  /**
   * One item: signed with its verification code, or refused with the refusal's bundle key and
   * arguments.
   */
  public record Item(
      long stepId, String number, String verificationCode, String refusalKey, List<String> args)
      implements Serializable {
    public Item {
      args = args == null ? List.of() : List.copyOf(args);
    }

    public static Item signed(long stepId, String number, String verificationCode) {
      return new Item(stepId, number, verificationCode, null, List.of());
    }

    public static Item refused(long stepId, String number, String key, List<String> args) {
      return new Item(stepId, number, null, key, args);
    }

    public boolean isSigned() {
      return refusalKey == null;
    }
  }

  public long signed() {
    return items.stream().filter(Item::isSigned).count();
  }

  public long refused() {
    return items.size() - signed();
  }

  public boolean allSigned() {
    return refused() == 0;
  }
}
