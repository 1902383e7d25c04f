package io.tierdesk.identity.security;

import io.tierdesk.identity.Caller;
import io.tierdesk.identity.Directory;
import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import io.tierdesk.platform.Problem;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Lets any controller take a {@link Caller} parameter. A session's caller is reloaded on
 * each request, so a role change or deactivation takes effect at once, not at the next
 * sign-in.
 */
class CallerArgumentResolver implements HandlerMethodArgumentResolver {

	private final Directory directory;

	CallerArgumentResolver(Directory directory) {
		this.directory = directory;
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType().equals(Caller.class);
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer mav,
			NativeWebRequest request, @Nullable WebDataBinderFactory binderFactory) {
		if (SessionCallers.sessionUserId().isPresent()) {
			return SessionCallers.current(directory)
				.orElseThrow(() -> new Problem.Unauthorized("Your account is no longer active."));
		}
		return SessionCallers.current(directory).orElseThrow(() -> new Problem.Unauthorized("Sign in first."));
	}

}
