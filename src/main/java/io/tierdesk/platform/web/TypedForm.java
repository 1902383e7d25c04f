package io.tierdesk.platform.web;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.SimpleTypeConverter;
import org.springframework.beans.TypeMismatchException;
import org.springframework.web.context.request.WebRequest;

/**
 * The form as the user typed it, for showing again beside its errors. When a value of a
 * record form cannot be converted (a tampered choice, letters in a number), Spring leaves
 * the whole form object null; this builds it again from the request with only the values
 * that could not be converted left empty, so nothing typed into the other fields is lost.
 */
public final class TypedForm {

	private TypedForm() {
	}

	public static <T extends Record> T orAsTyped(@Nullable T bound, Class<T> type, WebRequest request) {
		if (bound != null) {
			return bound;
		}
		RecordComponent[] components = type.getRecordComponents();
		Object[] values = Arrays.stream(components)
			.map(c -> isTextList(c) ? typedList(request.getParameterValues(c.getName()))
					: typed(c, request.getParameter(c.getName())))
			.toArray();
		Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
		try {
			return BeanUtils.instantiateClass(type.getDeclaredConstructor(types), values);
		}
		catch (NoSuchMethodException ex) {
			throw new IllegalStateException("a record has its canonical constructor", ex);
		}
	}

	/**
	 * A list of texts is every value sent under its name (rows of a form), not only the
	 * first; a refused value is kept as an empty one, so the rows still line up.
	 */
	private static boolean isTextList(RecordComponent component) {
		return component.getType() == List.class && component.getGenericType() instanceof ParameterizedType list
				&& list.getActualTypeArguments()[0] == String.class;
	}

	private static @Nullable List<String> typedList(String @Nullable [] raw) {
		return raw == null ? null : Arrays.stream(raw).map(v -> PlainTextInput.isRefused(v) ? "" : v).toList();
	}

	private static @Nullable Object typed(RecordComponent component, @Nullable String raw) {
		Class<?> type = component.getType();
		try {
			Object value = raw == null || raw.isEmpty() ? null
					: new SimpleTypeConverter().convertIfNecessary(raw, type);
			if (value instanceof String text && PlainTextInput.isRefused(text)) {
				value = null;
			}
			return value != null ? value : emptyOf(type);
		}
		catch (TypeMismatchException | IllegalArgumentException ex) {
			return emptyOf(type);
		}
	}

	private static @Nullable Object emptyOf(Class<?> type) {
		if (!type.isPrimitive()) {
			return null;
		}
		return type == boolean.class ? Boolean.FALSE : new SimpleTypeConverter().convertIfNecessary("0", type);
	}

}
