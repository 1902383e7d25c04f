package io.tierdesk.identity.security;

import java.util.List;

import io.tierdesk.identity.ApiTokens;
import io.tierdesk.identity.Directory;
import io.tierdesk.identity.SignInBanners;
import io.tierdesk.identity.SignIns;
import io.tierdesk.platform.AcceptedValues;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Two doors: {@code /api/**} is stateless and takes API tokens (no cookies, so no CSRF to
 * guard); everything else is the browser UI with a session cookie, a sign-in form, CSRF
 * on every form and a strict content security policy.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MetricsSettings.class)
class SecurityConfiguration implements WebMvcConfigurer {

	/**
	 * No inline script or style anywhere: htmx and the stylesheet are served as files.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	/**
	 * The browser features Tierdesk's pages never use, switched off for them and any
	 * frame.
	 */
	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
			+ "interest-cohort=()";

	/** Roles that work tickets at the desk: everyone but a requester. */
	private static final String[] STAFF = { "AGENT", "MANAGER", "SECURITY_ANALYST", "ADMIN" };

	private final Directory directory;

	private final SignInBanners banners;

	/**
	 * HTTPS is in front (secure cookies on): browsers are told to use it for a year, on
	 * every response, also when TLS ends at a proxy and the request reaches us as HTTP.
	 */
	private final boolean https;

	SecurityConfiguration(Directory directory, SignInBanners banners,
			@Value("${tierdesk.secure-cookies:false}") boolean https) {
		this.directory = directory;
		this.banners = banners;
		this.https = https;
	}

	/**
	 * No Micrometer observation around each security filter: profiled at a tenth of an
	 * API call's CPU (docs/benchmarks.md). Request metrics (http.server.requests) and the
	 * audit log still record what matters.
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	/**
	 * Spring Security's firewall, with header values judged like all other text
	 * ({@link AcceptedValues}: no C0 control). Its default also refuses the C1 controls
	 * U+0080 to U+009F, but Tomcat reads header bytes as ISO-8859-1, so those are what
	 * any UTF-8 header holding a euro sign or a dash becomes; and a refusal raised while
	 * a controller reads a header would not be the client's 400.
	 */
	@Bean
	HttpFirewall httpFirewall() {
		StrictHttpFirewall firewall = new StrictHttpFirewall();
		firewall.setAllowedHeaderValues(value -> AcceptedValues.refusal(value) == null);
		return firewall;
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		// bcrypt today, with the algorithm stored in each hash so it can be upgraded
		// without a reset.
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/** A bean, so Spring Boot does not also set up its default in-memory user. */
	@Bean
	PasswordSignIn passwordSignIn(SignIns signIns) {
		return new PasswordSignIn(signIns);
	}

	/**
	 * The metrics: for Prometheus with the scrape token, or an admin's API token; never
	 * for anonymous callers. Health stays public (load balancers probe it).
	 */
	@Bean
	@Order(0)
	SecurityFilterChain metrics(HttpSecurity http, ApiTokens tokens, MetricsSettings settings) throws Exception {
		ProblemEntryPoint problems = new ProblemEntryPoint();
		http.securityMatcher("/actuator/prometheus")
			.csrf(csrf -> csrf.disable())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.addFilterBefore(new ScrapeTokenFilter(settings.scrapeToken()), AnonymousAuthenticationFilter.class)
			.addFilterBefore(new BearerTokenFilter(tokens), AnonymousAuthenticationFilter.class)
			.authorizeHttpRequests(auth -> auth.anyRequest().hasAnyRole("ADMIN", ScrapeTokenFilter.ROLE))
			.exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems));
		return http.build();
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, ApiTokens tokens) throws Exception {
		ProblemEntryPoint problems = new ProblemEntryPoint();
		http.securityMatcher("/api/**")
			.csrf(csrf -> csrf.disable())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.addFilterBefore(new BearerTokenFilter(tokens), AnonymousAuthenticationFilter.class)
			.authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.GET, "/api/v1/banner")
				.permitAll()
				.anyRequest()
				.authenticated())
			.exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain web(HttpSecurity http, PasswordSignIn passwordSignIn) throws Exception {
		// Before any access rule: a request is judged by the user's role as it is now.
		http.addFilterAfter(new SessionRefresh(directory), SecurityContextHolderFilter.class)
			.authenticationManager(new ProviderManager(passwordSignIn))
			.authorizeHttpRequests(auth -> auth
				.requestMatchers("/sign-in", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico", "/error",
						"/actuator/health/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
				.permitAll()
				.requestMatchers("/admin/**")
				.hasRole("ADMIN")
				.requestMatchers("/audit", "/audit/**")
				.hasAnyRole("ADMIN", "SECURITY_ANALYST")
				.requestMatchers("/desk/**")
				.hasAnyRole(STAFF)
				.anyRequest()
				.authenticated())
			// One failure page for every refusal (SignInPage): it does not tell which
			// emails exist.
			.formLogin(form -> form.loginPage("/sign-in")
				.defaultSuccessUrl("/", false)
				.failureUrl("/sign-in?error")
				.permitAll())
			.logout(logout -> logout.logoutUrl("/sign-out").logoutSuccessUrl("/sign-in?signed-out"))
			.sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
				.permissionsPolicyHeader(p -> p.policy(PERMISSIONS_POLICY))
				.httpStrictTransportSecurity(hsts -> hsts.requestMatcher(request -> https)
					.maxAgeInSeconds(31_536_000)
					.includeSubDomains(true)));
		return http.build();
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new BannerGate(banners)).excludePathPatterns(BannerGate.OPEN_PATHS);
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new CallerArgumentResolver());
	}

}
