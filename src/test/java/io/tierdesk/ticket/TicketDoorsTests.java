package io.tierdesk.ticket;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.tierdesk.DatabaseProfiles;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The system's door to tickets is not reachable from outside: no web controller or page
 * calls it, so every HTTP request acts as the signed-in person, under the access policy.
 */
@Tag(DatabaseProfiles.NO_DATABASE)
class TicketDoorsTests {

	static final JavaClasses TIERDESK = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
		.importPackages("io.tierdesk");

	@Test
	void noWebClassUsesTheSystemsDoor() {
		noClasses().that()
			.resideInAPackage("io.tierdesk..web..")
			.should()
			.dependOnClassesThat()
			.areAssignableTo(TicketAutomation.class)
			.because("system commands skip the caller's access checks; only modules' listeners may use them")
			.check(TIERDESK);
	}

}
