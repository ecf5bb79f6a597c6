-- Realistic CORS traffic for scripts/compare-load.sh, round robin: two allowed GETs, one accepted
-- preflight, one GET from a disallowed origin. Counts the responses by status class, so that a
-- mode that fails requests cannot look fast.
local requests = {}

-- formatted in init(), once wrk has set the Host header it adds to every request
function init(args)
  requests = {
    wrk.format("GET", "/api/orders", { ["Origin"] = "http://localhost:3000" }),
    wrk.format("OPTIONS", "/api/orders", { ["Origin"] = "http://localhost:3000",
      ["Access-Control-Request-Method"] = "PUT", ["Access-Control-Request-Headers"] = "content-type,x-request-id" }),
    wrk.format("GET", "/api/orders", { ["Origin"] = "http://localhost:3000" }),
    wrk.format("GET", "/api/orders", { ["Origin"] = "https://evil.example.org" }),
  }
end
local counter = 0
local threads = {}
errors = 0

function setup(thread)
  table.insert(threads, thread)
end

function request()
  counter = counter + 1
  return requests[(counter % #requests) + 1]
end

function response(status, headers, body)
  if status >= 400 and status ~= 403 then
    errors = errors + 1
  end
end

function done(summary, latency, requests)
  local failed = 0
  for _, thread in ipairs(threads) do
    failed = failed + thread:get("errors")
  end
  io.write(string.format("LOAD requests=%d rps=%.0f p50_ms=%.3f p99_ms=%.3f unexpected=%d\n",
    summary.requests, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, failed))
end
