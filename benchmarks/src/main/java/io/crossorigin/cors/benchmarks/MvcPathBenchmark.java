package io.crossorigin.cors.benchmarks;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import io.crossorigin.cors.spring.mvc.CorsPolicyFilter;
import io.crossorigin.cors.spring.mvc.ServletHandlerMethodLookup;

/**
 * One request through the whole servlet path of each side, as applications wire them: this
 * starter's {@link CorsPolicyFilter} (ahead of Spring Security: policy selection by path, the
 * engine, the servlet adapters, the gate behind it) against Spring's {@link CorsFilter} with a
 * {@link UrlBasedCorsConfigurationSource} (what {@code http.cors()} installs), and a
 * {@code baseline} that prepares the same request and walks a filter that does nothing. A side's
 * own cost is its time less the baseline's. Request and response keep headers and attributes as a
 * server does ({@link RecycledServletRequest}, {@link RecycledServletResponse}): recycled, read
 * without allocating, so that the bytes counted are the side's own and not a mock's.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class MvcPathBenchmark {

	/** Which request: an allowed actual GET, an accepted preflight, or a GET from a disallowed origin. */
	@Param({ "actual", "preflight", "disallowed" })
	public String request;

	/**
	 * Which paths: the same one on every request ({@code one}, as a page's calls to one endpoint),
	 * or one of 4,096 in turn ({@code many}, as calls with ids in their paths).
	 */
	@Param({ "one", "many" })
	public String paths;

	private static final String[] MANY_PATHS = new String[4096];

	static {
		for (int i = 0; i < MANY_PATHS.length; i++) {
			MANY_PATHS[i] = "/api/orders/" + i;
		}
	}

	private int next;

	private static final FilterChain APPLICATION = (request, response) -> {
	};

	private static final Filter NOTHING = (request, response, chain) -> chain.doFilter(request, response);

	private Filter crossorigin;

	private Filter spring;

	private final RecycledServletRequest servletRequest = new RecycledServletRequest();

	private final RecycledServletResponse response = new RecycledServletResponse();

	@Setup
	public void setUp() throws IOException, ServletException {
		this.crossorigin = new CorsPolicyFilter(BenchmarkPolicies.enforcer(),
				new ServletHandlerMethodLookup(new StaticListableBeanFactory().getBeanProvider(RequestMappingHandlerMapping.class)));
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration(BenchmarkPolicies.PATTERN, BenchmarkPolicies.springConfiguration());
		this.spring = new CorsFilter(source);
		// both sides must answer as the policy says, or their times compare different work
		boolean allowed = !this.request.equals("disallowed");
		for (Filter side : new Filter[] { this.crossorigin, this.spring }) {
			String allowOrigin = run(side).getHeader("Access-Control-Allow-Origin");
			if ((allowOrigin != null) != allowed) {
				throw new IllegalStateException(side + " answered " + this.request + " with " + allowOrigin);
			}
		}
	}

	private RecycledServletResponse run(Filter filter) throws IOException, ServletException {
		RecycledServletResponse response = this.response.recycle();
		// a new string per request, as a server builds the request's URI: no hash code is cached in it
		String uri = new String(this.paths.equals("one") ? "/api/orders" : MANY_PATHS[this.next++ & (MANY_PATHS.length - 1)]);
		filter.doFilter(BenchmarkPolicies.servletRequest(this.servletRequest, this.request, uri), response, APPLICATION);
		return response;
	}

	@Benchmark
	public RecycledServletResponse baseline() throws IOException, ServletException {
		return run(NOTHING);
	}

	@Benchmark
	public RecycledServletResponse crossorigin() throws IOException, ServletException {
		return run(this.crossorigin);
	}

	@Benchmark
	public RecycledServletResponse spring() throws IOException, ServletException {
		return run(this.spring);
	}

}
