package io.tierdesk.platform;

import com.fasterxml.jackson.annotation.Nulls;
import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import tools.jackson.databind.JacksonModule;

/**
 * What no client input may get past, in whichever field it comes
 * ({@link AcceptedValues}), and problem+json for the requests Tomcat refuses itself
 * ({@link ProblemReportValve}).
 */
@Configuration(proxyBeanMethods = false)
class AcceptedInputConfiguration {

	@Bean
	JacksonModule acceptedValuesModule() {
		return new AcceptedValuesModule();
	}

	/**
	 * A list in a body never holds null: an element that is null is refused as a 400
	 * naming it, for every list of every request, instead of reaching a lookup by id.
	 */
	@Bean
	JsonMapperBuilderCustomizer noNullsInLists() {
		return builder -> builder.changeDefaultNullHandling(nulls -> nulls.withContentNulls(Nulls.FAIL));
	}

	/**
	 * Right after the character encoding is set, before Spring Security's filters read
	 * any parameter (the sign-in form, the CSRF token).
	 */
	@Bean
	FilterRegistrationBean<CheckedRequestFilter> checkedParametersFilter() {
		var registration = new FilterRegistrationBean<>(new CheckedRequestFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	/**
	 * Replaces the error report valve Spring Boot puts on the host (after Boot's own
	 * customizer, which this one follows).
	 */
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemReportValve() {
		return new WebServerFactoryCustomizer<>() {

			@Override
			public void customize(TomcatServletWebServerFactory factory) {
				factory.addContextCustomizers(context -> {
					Container host = context.getParent();
					for (Valve valve : host.getPipeline().getValves()) {
						if (valve instanceof ErrorReportValve) {
							host.getPipeline().removeValve(valve);
						}
					}
					host.getPipeline().addValve(new ProblemReportValve());
					if (host instanceof StandardHost standard) {
						standard.setErrorReportValveClass(ProblemReportValve.class.getName());
					}
				});
			}

		};
	}

}
