package th.go.sesaoret.servicedesk.security.domain;

/**
 * The roles the manual names, plus the administrator. A person may hold several; the order here is
 * the order of precedence for the landing page (the most senior first).
 */
public enum Role {
  ADMIN("/admin/home.xhtml"),
  DIRECTOR("/director/home.xhtml"),
  DEPUTY_DIRECTOR("/deputy-director/home.xhtml"),
  GROUP_DIRECTOR("/group-director/home.xhtml"),
  CLERK("/clerk/home.xhtml"),
  STAFF("/staff/home.xhtml"),
  REQUESTER("/requester/home.xhtml");

  /** Names for {@code @RolesAllowed}, which needs compile-time constants. */
  public static final String ADMIN_NAME = "ADMIN";

  public static final String DIRECTOR_NAME = "DIRECTOR";
  public static final String DEPUTY_DIRECTOR_NAME = "DEPUTY_DIRECTOR";
  public static final String GROUP_DIRECTOR_NAME = "GROUP_DIRECTOR";
  public static final String CLERK_NAME = "CLERK";
  public static final String STAFF_NAME = "STAFF";
  public static final String REQUESTER_NAME = "REQUESTER";

  private final String homePage;

  Role(String homePage) {
    this.homePage = homePage;
  }

  /** This role's own home page (context-relative). */
  public String homePage() {
    return homePage;
  }

  /** The bundle key of the role's display name. */
  public String labelKey() {
    return "role." + name();
  }
}
