package io.tierdesk.platform.web;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every page endpoint that takes input, read from the application's own request mappings
 * ({@link PageController}s only): its path, the path variables and the fields it binds,
 * with each field's limit and whether it must be given, from the same annotations that
 * validate it. A form added later shows up here without anyone listing it.
 */
final class PageEndpoints {

	/**
	 * One field of a form or query: {@code max} is its {@code @Size} limit, if any;
	 * {@code required} whether an empty value must be refused.
	 */
	record Field(String name, Class<?> type, @Nullable Integer max, boolean required) {
	}

	/**
	 * A page endpoint; {@code anyFields} when it takes a map of whatever is sent (the
	 * fields then come from whoever fills it).
	 */
	record Endpoint(String method, String path, Class<?> controller, List<String> pathVariables, List<Field> fields,
			boolean anyFields) {

		String key() {
			return method + " " + path;
		}

		boolean takesInput() {
			return method.equals("POST") || !pathVariables.isEmpty() || !fields.isEmpty() || anyFields;
		}

	}

	private PageEndpoints() {
	}

	static List<Endpoint> of(RequestMappingHandlerMapping mapping) {
		List<Endpoint> endpoints = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
			HandlerMethod handler = entry.getValue();
			if (!AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), PageController.class)) {
				continue;
			}
			Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
			for (String path : entry.getKey().getPatternValues()) {
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
					endpoints.add(endpoint(method.name(), path, handler));
				}
			}
		}
		endpoints.sort(Comparator.comparing(Endpoint::key));
		return endpoints.stream().filter(Endpoint::takesInput).toList();
	}

	private static Endpoint endpoint(String method, String path, HandlerMethod handler) {
		List<String> pathVariables = new ArrayList<>();
		List<Field> fields = new ArrayList<>();
		boolean anyFields = false;
		for (MethodParameter parameter : handler.getMethodParameters()) {
			parameter.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
			Class<?> type = parameter.getParameterType();
			PathVariable variable = parameter.getParameterAnnotation(PathVariable.class);
			RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
			if (variable != null) {
				pathVariables.add(name(variable.name().isEmpty() ? variable.value() : variable.name(), parameter));
			}
			else if (param != null && Map.class.isAssignableFrom(type)) {
				anyFields = true;
			}
			else if (param != null && !isFiles(parameter)) {
				boolean required = param.required() && param.defaultValue()
					.equals(org.springframework.web.bind.annotation.ValueConstants.DEFAULT_NONE);
				fields.add(new Field(name(param.name().isEmpty() ? param.value() : param.name(), parameter), type, null,
						required || type.isPrimitive()));
			}
			// A record without @ModelAttribute is a form too, unless it is the signed-in
			// caller.
			else if (parameter.hasParameterAnnotation(ModelAttribute.class)
					|| (type.isRecord() && !type.equals(io.tierdesk.identity.Caller.class))) {
				fields.addAll(fieldsOf(type));
			}
		}
		return new Endpoint(method, path, handler.getBeanType(), pathVariables, fields, anyFields);
	}

	private static List<Field> fieldsOf(Class<?> form) {
		List<Field> fields = new ArrayList<>();
		for (RecordComponent component : form.getRecordComponents()) {
			Size size = component.getAnnotation(Size.class);
			boolean required = component.isAnnotationPresent(NotBlank.class)
					|| component.isAnnotationPresent(NotNull.class) || component.getType().isPrimitive();
			fields.add(new Field(component.getName(), component.getType(), size == null ? null : size.max(), required));
		}
		return fields;
	}

	private static boolean isFiles(MethodParameter parameter) {
		return MultipartFile.class.isAssignableFrom(parameter.getParameterType())
				|| MultipartFile.class.equals(ResolvableType.forMethodParameter(parameter).resolveGeneric(0));
	}

	private static String name(String annotated, MethodParameter parameter) {
		return annotated.isEmpty() ? String.valueOf(parameter.getParameterName()) : annotated;
	}

}
