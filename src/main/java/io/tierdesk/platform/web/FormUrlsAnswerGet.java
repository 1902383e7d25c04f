package io.tierdesk.platform.web;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.util.ReflectionUtils;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A page form that fails comes back on its POST URL; reloading it, opening it again from
 * the history or a bookmark asks that URL with GET. Instead of a 405, every page POST URL
 * without a GET of its own sends the browser to the page the form lives on: the path's
 * {@code /new} form if there is one ({@code /desk/calls} → {@code /desk/calls/new}),
 * otherwise the nearest page above it ({@code /tickets/7/messages} → {@code /tickets/7}).
 * Read from the request mappings at start, so a form added later is covered without
 * anyone listing it.
 */
@Component
class FormUrlsAnswerGet implements SmartInitializingSingleton {

	private static final Method REDIRECT = ReflectionUtils.findMethod(PageOfForm.class, "redirect",
			HttpServletRequest.class);

	private final RequestMappingHandlerMapping mapping;

	FormUrlsAnswerGet(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mapping) {
		this.mapping = mapping;
	}

	@Override
	public void afterSingletonsInstantiated() {
		Set<String> pages = new HashSet<>();
		List<String> forms = new ArrayList<>();
		mapping.getHandlerMethods().forEach((info, handler) -> {
			if (!AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), PageController.class)) {
				return;
			}
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			if (methods.isEmpty() || methods.contains(RequestMethod.GET)) {
				pages.addAll(info.getPatternValues());
			}
			if (methods.contains(RequestMethod.POST)) {
				forms.addAll(info.getPatternValues());
			}
		});
		forms.stream()
			.filter(form -> !pages.contains(form))
			.distinct()
			.forEach(
					form -> pageOf(form, pages).ifPresent(page -> mapping.registerMapping(RequestMappingInfo.paths(form)
						.methods(RequestMethod.GET)
						.options(mapping.getBuilderConfiguration())
						.build(), new PageOfForm(page), REDIRECT)));
	}

	/** The page a form at that path lives on. */
	static Optional<String> pageOf(String form, Set<String> pages) {
		if (pages.contains(form + "/new")) {
			return Optional.of(form + "/new");
		}
		for (String path = parent(form); !path.isEmpty(); path = parent(path)) {
			if (pages.contains(path)) {
				return Optional.of(path);
			}
		}
		return pages.contains("/") ? Optional.of("/") : Optional.empty();
	}

	private static String parent(String path) {
		return path.substring(0, Math.max(0, path.lastIndexOf('/')));
	}

	/** Sends a GET of a form's URL on to its page, with the same path ids. */
	record PageOfForm(String page) {

		ResponseEntity<Void> redirect(HttpServletRequest request) {
			@SuppressWarnings("unchecked")
			Map<String, String> values = (Map<String, String>) request
				.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
			String to = UriComponentsBuilder.fromPath(request.getContextPath() + page)
				.buildAndExpand(values == null ? Map.of() : values)
				.encode()
				.toUriString();
			return ResponseEntity.status(HttpStatus.SEE_OTHER).header("Location", to).build();
		}

	}

}
