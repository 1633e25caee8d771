package th.go.sesaoret.servicedesk.shared.list;

import java.io.Serializable;
import java.util.List;
import th.go.sesaoret.servicedesk.shared.BusinessException;

/**
 * One page of a list: the first row and a page size that the lists offer (10, 20 or 50). Any other
 * size is refused before a query is built.
 */
public record ListPage(int first, int size) implements Serializable {
  public static final List<Integer> SIZES = List.of(10, 20, 50);
  public static final int DEFAULT_SIZE = 20;

  public ListPage {
    if (first < 0 || !accepts(size)) {
      throw new BusinessException("list.pageRefused");
    }
  }

  /** True for the page sizes the lists offer. */
  public static boolean accepts(int size) {
    return SIZES.contains(size);
  }
}
