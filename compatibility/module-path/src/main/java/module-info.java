/**
 * A modular application with the starter. Spring's jars and the starter's are automatic modules
 * (named by their manifests), the engine {@code io.crossorigin.cors} an explicit one. Open, so that
 * Spring may reflect on the application's classes.
 */
open module io.crossorigin.cors.modulepath {

	// The auto-configuration is an automatic module, which cannot say that it needs the engine:
	// without this line the engine is not resolved (java -m fails with NoClassDefFoundError:
	// io/crossorigin/cors/CorsEngine), and Maven's compiler and surefire put it on the class path.
	requires io.crossorigin.cors;
	requires io.crossorigin.cors.spring;
	requires spring.boot;
	requires spring.boot.autoconfigure;
	requires spring.context;
	requires spring.web;

	// The kit, for the tests only: surefire puts the modules the application reads, static ones
	// included, on the module path and every other test dependency on the class path.
	requires static io.crossorigin.cors.test;

}
