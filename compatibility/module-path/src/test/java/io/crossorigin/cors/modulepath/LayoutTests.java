package io.crossorigin.cors.modulepath;

import java.io.File;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import io.crossorigin.cors.CorsEngine;
import io.crossorigin.cors.spring.CrossOriginPolicy;
import io.crossorigin.cors.test.BrowserAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.springframework.boot.SpringApplication;

import static org.assertj.core.api.Assertions.assertThat;

/** Which module each jar ended up in: what makes the other tests a module-path or a class-path run. */
class LayoutTests {

	@Test
	void eachSurefireExecutionNamesTheLayoutItChose() {
		assertThat(Layout.current()).isIn(Layout.MODULE_PATH, Layout.CLASS_PATH);
	}

	@Test
	@EnabledIfSystemProperty(named = Layout.PROPERTY, matches = "module-path")
	void onTheModulePathTheApplicationTheEngineTheAutoConfigurationAndTheKitAreNamedModules() {
		Module application = getClass().getModule();
		assertThat(application.isNamed()).isTrue();
		assertThat(application.getName()).isEqualTo("io.crossorigin.cors.modulepath");
		assertThat(application.getDescriptor().isOpen()).isTrue();

		Module engine = CorsEngine.class.getModule();
		assertThat(engine.getName()).isEqualTo("io.crossorigin.cors");
		assertThat(engine.getDescriptor().isAutomatic()).as("the engine has a module-info").isFalse();

		// named by their manifests: from their file names they would be cors.spring.boot.autoconfigure, cors.test
		assertAutomaticModule(CrossOriginPolicy.class.getModule(), "io.crossorigin.cors.spring");
		assertAutomaticModule(BrowserAssertions.class.getModule(), "io.crossorigin.cors.test");
		assertAutomaticModule(SpringApplication.class.getModule(), "spring.boot");
	}

	@Test
	@EnabledIfSystemProperty(named = Layout.PROPERTY, matches = "class-path")
	void onTheClassPathTheApplicationTheEngineTheAutoConfigurationAndTheKitAreInTheUnnamedModule() {
		assertThat(getClass().getModule().isNamed()).isFalse();
		assertThat(CorsEngine.class.getModule().isNamed()).isFalse();
		assertThat(CrossOriginPolicy.class.getModule().isNamed()).isFalse();
		assertThat(BrowserAssertions.class.getModule().isNamed()).isFalse();
		assertThat(SpringApplication.class.getModule().isNamed()).isFalse();
		assertThat(ModuleLayer.boot().findModule("io.crossorigin.cors")).isEmpty();
		assertThat(ModuleLayer.boot().findModule("io.crossorigin.cors.spring")).isEmpty();
	}

	@Test
	void eachJarOfTheProjectHasAStableModuleName() {
		// the starter has no class to ask for its module, and surefire leaves it on the class path
		// (no module requires it): its jar is read as a module path would read it
		assertThat(moduleOfJar("cors-spring-boot-starter-")).satisfies((starter) -> {
			assertThat(starter.name()).isEqualTo("io.crossorigin.cors.spring.starter");
			assertThat(starter.isAutomatic()).isTrue();
		});
		assertThat(moduleOfJar("cors-spring-boot-autoconfigure-").name()).isEqualTo("io.crossorigin.cors.spring");
		assertThat(moduleOfJar("cors-test-").name()).isEqualTo("io.crossorigin.cors.test");
		assertThat(moduleOfJar("cors-core-")).satisfies((core) -> {
			assertThat(core.name()).isEqualTo("io.crossorigin.cors");
			assertThat(core.isAutomatic()).isFalse();
			assertThat(core.exports()).extracting(ModuleDescriptor.Exports::source)
				.containsExactlyInAnyOrder("io.crossorigin.cors", "io.crossorigin.cors.browser");
		});
	}

	private static ModuleDescriptor moduleOfJar(String fileNamePrefix) {
		List<Path> jars = Arrays.stream(pathEntries())
			.filter((entry) -> !entry.isEmpty())
			.map(Path::of)
			.filter((path) -> path.getFileName().toString().startsWith(fileNamePrefix)
					&& path.getFileName().toString().endsWith(".jar"))
			.toList();
		assertThat(jars).as("the jar %s* on the module path or the class path", fileNamePrefix).hasSize(1);
		return ModuleFinder.of(jars.get(0))
			.findAll()
			.stream()
			.map(ModuleReference::descriptor)
			.findFirst()
			.orElseThrow();
	}

	private static String[] pathEntries() {
		String modulePath = System.getProperty("jdk.module.path", "");
		String classPath = System.getProperty("java.class.path", "");
		return (modulePath + File.pathSeparator + classPath).split(File.pathSeparator);
	}

	private static void assertAutomaticModule(Module module, String name) {
		assertThat(module.isNamed()).as("%s is named", name).isTrue();
		assertThat(module.getName()).isEqualTo(name);
		assertThat(module.getDescriptor().isAutomatic()).as("%s is an automatic module", name).isTrue();
	}

}
