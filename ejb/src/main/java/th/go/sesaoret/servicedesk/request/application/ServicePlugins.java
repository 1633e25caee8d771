package th.go.sesaoret.servicedesk.request.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import th.go.sesaoret.servicedesk.catalog.domain.ServiceCode;

/**
 * The registered service plug-ins, one per service: the engine and the general pages ask it what a
 * service does of its own ({@link ServicePlugin}); a service without a plug-in gets the defaults.
 */
@ApplicationScoped
public class ServicePlugins {
  private final Map<ServiceCode, ServicePlugin> plugins = new HashMap<>();

  /** For the container's proxy. */
  protected ServicePlugins() {}

  @Inject
  ServicePlugins(@Any Instance<ServicePlugin> found) {
    this(found.stream().toList());
  }

  /** The registry of {@code found}; two plug-ins for one service are a deployment error. */
  public ServicePlugins(Collection<? extends ServicePlugin> found) {
    for (ServicePlugin plugin : found) {
      ServicePlugin before = plugins.putIfAbsent(plugin.service(), plugin);
      if (before != null) {
        throw new IllegalStateException("two plug-ins for service " + plugin.service());
      }
    }
  }

  /** The plug-in of {@code service}, or the engine's defaults when it has none. */
  public ServicePlugin of(ServiceCode service) {
    ServicePlugin plugin = service == null ? null : plugins.get(service);
    return plugin != null ? plugin : ServicePlugin.general(service);
  }

  /** The services that registered a plug-in, by code. */
  public List<ServiceCode> services() {
    return plugins.keySet().stream().sorted().toList();
  }
}
