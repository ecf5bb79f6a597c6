package io.crossorigin.cors.benchmarks;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

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
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.DefaultCorsProcessor;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.util.ServletRequestPathUtils;

import io.crossorigin.cors.spring.AppliedCorsPolicy;
import io.crossorigin.cors.spring.mvc.CorsPolicyInterceptor;

/**
 * One CORS request through the Spring MVC path of each side, over the same servlet request and
 * response objects and the same configuration, in one run: this starter's
 * {@link CorsPolicyInterceptor} (policy selection by path, the engine, the servlet adapters)
 * against Spring Framework's {@link UrlBasedCorsConfigurationSource} and {@link DefaultCorsProcessor}.
 * The response is reset in both benchmarks alike (Spring commits it when it refuses a request), so
 * the difference is the CORS processing. Both sides are configured alike ({@link BenchmarkPolicies}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class ServletCorsBenchmark {

	/** Which request: an allowed actual GET, an accepted preflight, or a GET from a disallowed origin. */
	@Param({ "actual", "preflight", "disallowed" })
	public String request;

	private CorsPolicyInterceptor interceptor;

	private final DefaultCorsProcessor springProcessor = new DefaultCorsProcessor();

	private final UrlBasedCorsConfigurationSource springSource = new UrlBasedCorsConfigurationSource();

	private MockHttpServletRequest servletRequest;

	private MockHttpServletResponse servletResponse;

	private final Object handler = new Object();

	@Setup
	public void setUp() {
		this.interceptor = new CorsPolicyInterceptor(BenchmarkPolicies.enforcer());
		this.springSource.registerCorsConfiguration(BenchmarkPolicies.PATTERN, BenchmarkPolicies.springConfiguration());
		this.servletRequest = BenchmarkPolicies.servletRequest(this.request);
		// as DispatcherServlet does once per request, for both sides to read
		ServletRequestPathUtils.parseAndCache(this.servletRequest);
		this.servletResponse = new MockHttpServletResponse();
	}

	/** A fresh exchange: no response headers, no policy remembered from the previous call. */
	private void reset() {
		this.servletResponse.setCommitted(false);
		this.servletResponse.reset();
		this.servletRequest.removeAttribute(AppliedCorsPolicy.ATTRIBUTE);
	}

	@Benchmark
	public boolean crossorigin() {
		reset();
		return this.interceptor.preHandle(this.servletRequest, this.servletResponse, this.handler);
	}

	@Benchmark
	public boolean spring() throws IOException {
		reset();
		CorsConfiguration configuration = this.springSource.getCorsConfiguration(this.servletRequest);
		return this.springProcessor.processRequest(configuration, this.servletRequest, this.servletResponse);
	}

}
