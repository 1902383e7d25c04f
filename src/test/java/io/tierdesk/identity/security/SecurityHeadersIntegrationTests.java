package io.tierdesk.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.tierdesk.ApiTestSupport;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * Headers for production: pages switch off browser features they never use, and HSTS is
 * sent exactly when Tierdesk runs behind HTTPS (secure cookies on), also when TLS ends at
 * a proxy and the request arrives as plain HTTP.
 */
class SecurityHeadersIntegrationTests extends ApiTestSupport {

	@Test
	void pagesSwitchOffBrowserFeaturesTheyNeverUse() {
		var signIn = anonymous().get("/sign-in");

		assertThat(signIn.header("Permissions-Policy")).contains("camera=()").contains("geolocation=()");
	}

	@Test
	void sendsNoHstsWithoutHttps() {
		assertThat(anonymous().get("/sign-in").headers().firstValue("Strict-Transport-Security")).isEmpty();
	}

	@Nested
	@TestPropertySource(properties = "tierdesk.secure-cookies=true")
	class BehindHttps extends ApiTestSupport {

		@Test
		void tellsBrowsersToUseHttpsForAYear() {
			assertThat(anonymous().get("/sign-in").header("Strict-Transport-Security"))
				.isEqualTo("max-age=31536000 ; includeSubDomains");
		}

	}

}
