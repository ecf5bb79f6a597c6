package io.crossorigin.cors.modulepath;

/**
 * Where the surefire execution running the tests put the application, the starter, the engine and
 * the kit: each execution says so in the system property {@value #PROPERTY} (see the pom).
 */
enum Layout {

	MODULE_PATH, CLASS_PATH;

	static final String PROPERTY = "cors.layout";

	static Layout current() {
		String value = System.getProperty(PROPERTY);
		if ("module-path".equals(value)) {
			return MODULE_PATH;
		}
		if ("class-path".equals(value)) {
			return CLASS_PATH;
		}
		throw new IllegalStateException("Run these tests through Maven: each surefire execution sets " + PROPERTY
				+ " to module-path or class-path (it is " + value + ")");
	}

}
