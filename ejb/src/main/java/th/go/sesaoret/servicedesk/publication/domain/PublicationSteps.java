package th.go.sesaoret.servicedesk.publication.domain;

/**
 * The website publication's steps by their catalog keys (service 1 of the manual): prepare the
 * content (the draft), fill in the form, propose to the deputy director or the director, the
 * authoriser signs, staff draft the post and publish it temporarily (the preview), the requester
 * checks it, staff publish.
 */
public final class PublicationSteps {
  public static final String PREPARE = "publication.prepare";
  public static final String FORM = "publication.form";
  public static final String PROPOSE = "publication.propose";
  public static final String SIGN = "publication.sign";
  public static final String DRAFT = "publication.draft";
  public static final String CHECK = "publication.check";
  public static final String PUBLISH = "publication.publish";

  private PublicationSteps() {}
}
