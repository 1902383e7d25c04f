package io.tierdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module boundaries of DESIGN.md, verified; and the module diagrams written to
 * docs/architecture.
 */
@Tag(DatabaseProfiles.NO_DATABASE)
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(TierdeskApplication.class);

	private static final Path DIAGRAMS = Path.of("docs/architecture");

	@Test
	void modulesOnlyUseEachOthersPublicApiAndDeclaredDependencies() {
		MODULES.verify();
	}

	/**
	 * The Documenter empties the folder before writing, so every file found afterwards
	 * was written by this run.
	 */
	@Test
	void writesADiagramOfAllModulesAndOneDiagramAndCanvasPerModule() throws IOException {
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DIAGRAMS.toString()))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();

		String overview = Files.readString(DIAGRAMS.resolve("components.puml"));
		assertThat(MODULES.stream()).hasSizeGreaterThanOrEqualTo(5).allSatisfy(module -> {
			assertThat(overview).contains("\"" + module.getDisplayName() + "\", $techn=\"Module\"");
			assertThat(DIAGRAMS.resolve(fileOf(module, "puml"))).isNotEmptyFile();
			assertThat(DIAGRAMS.resolve(fileOf(module, "adoc"))).isNotEmptyFile();
		});
	}

	private static String fileOf(ApplicationModule module, String extension) {
		return "module-" + module.getIdentifier() + "." + extension;
	}

}
