package io.tierdesk.platform;

import java.nio.file.Path;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Prepares the data directory before the data source exists, so the embedded database is
 * opened inside an owner-only directory and never one H2 created with the default umask;
 * restricts the database files once the application is up (H2 creates them on the first
 * connection).
 */
@Configuration(proxyBeanMethods = false)
class DataDirectoryConfiguration {

	@Bean
	static BeanPostProcessor dataDirectoryBeforeDataSource(Environment environment) {
		DataDirectory directory = dataDirectory(environment);
		boolean embedded = environment.getProperty("spring.datasource.url", "").startsWith("jdbc:h2:file:");
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof DataSource) {
					directory.create(embedded);
				}
				return bean;
			}
		};
	}

	@Bean
	ApplicationListener<ApplicationReadyEvent> databaseFilesOwnerOnly(Environment environment) {
		return (event) -> dataDirectory(environment).restrictDatabaseFiles();
	}

	private static DataDirectory dataDirectory(Environment environment) {
		return new DataDirectory(Path.of(environment.getProperty("tierdesk.data-dir", "./data")));
	}

}
