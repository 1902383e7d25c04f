package io.tierdesk.identity.security;

import io.tierdesk.identity.Caller;
import io.tierdesk.platform.Problem;
import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Lets any controller take a {@link Caller} parameter: the API token's user, or the
 * session's user as re-read for this request.
 */
class CallerArgumentResolver implements HandlerMethodArgumentResolver {

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType().equals(Caller.class);
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer mav,
			NativeWebRequest request, @Nullable WebDataBinderFactory binderFactory) {
		return SessionCallers.current().orElseThrow(() -> new Problem.Unauthorized("Sign in first."));
	}

}
