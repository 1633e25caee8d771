package th.go.sesaoret.servicedesk.export.application;

import java.util.function.Consumer;

/**
 * The rows of an export, handed over one by one as they are read (a page of the database at a time,
 * or a scroll): none holds the whole result.
 *
 * @param <T> the row type
 */
@FunctionalInterface
public interface RowSource<T> {
  void each(Consumer<? super T> row);
}
