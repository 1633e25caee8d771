package th.go.sesaoret.servicedesk.shared.web;

import jakarta.faces.validator.BeanValidator;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.validation.Configuration;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;

/**
 * The pages' Bean Validation: the form objects' constraints (limits declared once, on the domain's
 * constants) are checked as each field is submitted, and refused next to the field in the bundle's
 * words ({@link BundleInterpolator}). Faces takes the factory from the application scope, where
 * this puts it at start-up.
 */
@WebListener
public class FormValidation implements ServletContextListener {
  private ValidatorFactory factory;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    Configuration<?> config = Validation.byDefaultProvider().configure();
    factory =
        config
            .messageInterpolator(new BundleInterpolator(config.getDefaultMessageInterpolator()))
            .buildValidatorFactory();
    event.getServletContext().setAttribute(BeanValidator.VALIDATOR_FACTORY_KEY, factory);
  }

  @Override
  public void contextDestroyed(ServletContextEvent event) {
    if (factory != null) {
      factory.close();
    }
  }
}
