package th.go.sesaoret.servicedesk.shared.web;

import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ResourceWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Versioned resource URLs, cached for a year. The application's own resources ({@code
 * resources/css}, {@code resources/js}, images) get {@code v=} and the first hex digits of the
 * SHA-256 of their content in their URL, so a changed file gets a new URL by itself; libraries
 * (PrimeFaces) already put their release in theirs. A request whose {@code v} is the resource's
 * current version is answered with {@code Cache-Control: public, max-age=31536000, immutable}: the
 * browser never asks again. Any other resource request keeps the Faces default (revalidated after a
 * week); pages are not resources and keep their own headers.
 */
public class VersionedResources extends ResourceHandlerWrapper {
  static final String PARAM = "v";
  static final String LIBRARY = "ln";
  static final String IMMUTABLE = "public, max-age=31536000, immutable";
  private static final String SUFFIX = ".xhtml";

  private final Map<String, String> versions = new ConcurrentHashMap<>();

  public VersionedResources(ResourceHandler wrapped) {
    super(wrapped);
  }

  @Override
  public Resource createResource(String name) {
    return versioned(super.createResource(name));
  }

  @Override
  public Resource createResource(String name, String library) {
    return versioned(super.createResource(name, library));
  }

  @Override
  public Resource createResource(String name, String library, String contentType) {
    return versioned(super.createResource(name, library, contentType));
  }

  @Override
  public void handleResourceRequest(FacesContext context) throws IOException {
    ExternalContext external = context.getExternalContext();
    if (isCurrentVersion(external)) {
      external.setResponse(new LongLived((HttpServletResponse) external.getResponse()));
    }
    super.handleResourceRequest(context);
  }

  /** True when the request names a resource and its current version. */
  private boolean isCurrentVersion(ExternalContext external) {
    String asked = external.getRequestParameterMap().get(PARAM);
    String path = external.getRequestServletPath();
    String prefix = ResourceHandler.RESOURCE_IDENTIFIER + "/";
    if (asked == null || path == null || !path.startsWith(prefix)) {
      return false;
    }
    String name = path.substring(prefix.length());
    if (name.endsWith(SUFFIX)) {
      name = name.substring(0, name.length() - SUFFIX.length());
    }
    Resource resource = createResource(name, external.getRequestParameterMap().get(LIBRARY));
    if (resource == null) {
      return false;
    }
    String url = resource.getRequestPath();
    int query = url.indexOf('?');
    return query >= 0
        && Arrays.asList(url.substring(query + 1).split("&")).contains(PARAM + "=" + asked);
  }

  /** The application's own resource with its version in the URL; a library's as it is. */
  private Resource versioned(Resource resource) {
    if (resource == null || resource.getLibraryName() != null) {
      return resource;
    }
    return new ResourceWrapper(resource) {
      @Override
      public String getRequestPath() {
        String path = super.getRequestPath();
        return path + (path.contains("?") ? "&" : "?") + PARAM + "=" + version(getWrapped());
      }
    };
  }

  private String version(Resource resource) {
    return versions.computeIfAbsent(resource.getResourceName(), n -> digest(resource));
  }

  private static String digest(Resource resource) {
    try (InputStream in = resource.getInputStream()) {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[8192];
      for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
        sha.update(buffer, 0, n);
      }
      return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A resource response that caches for a year: the Faces default's lifetime is not set over it.
   */
  static final class LongLived extends jakarta.servlet.http.HttpServletResponseWrapper {
    LongLived(HttpServletResponse response) {
      super(response);
      response.setHeader("Cache-Control", IMMUTABLE);
    }

    private static boolean lifetime(String name) {
      return "Cache-Control".equalsIgnoreCase(name) || "Expires".equalsIgnoreCase(name);
    }

    @Override
    public void setHeader(String name, String value) {
      if (!lifetime(name)) {
        super.setHeader(name, value);
      }
    }

    @Override
    public void addHeader(String name, String value) {
      if (!lifetime(name)) {
        super.addHeader(name, value);
      }
    }

    @Override
    public void setDateHeader(String name, long date) {
      if (!lifetime(name)) {
        super.setDateHeader(name, date);
      }
    }

    @Override
    public void addDateHeader(String name, long date) {
      if (!lifetime(name)) {
        super.addDateHeader(name, date);
      }
    }
  }
}
