package th.go.sesaoret.servicedesk.shared.web;

/**
 * A signed-in person chose the language of their pages ({@code th} or {@code en}): a CDI event, so
 * that whoever keeps the person's account remembers it for their notices.
 */
public record LanguageChosen(String language) {}
