-- Mixed CORS traffic for wrk: allowed actual requests, preflights, disallowed origins and hostile
-- ones, round robin. wrk cannot tell which request a response answers (connections interleave),
-- so each response is judged on its own: the status is 200, 204 or 403; an
-- Access-Control-Allow-Origin is exactly the one allowed origin these requests use (a reflected
-- hostile value would be anything else); a 204 carries it and a 403 does not.
local requests = {
  { name = "allowed GET",            method = "GET",     origin = "http://localhost:3000" },
  { name = "accepted preflight",     method = "OPTIONS", origin = "http://localhost:3000",
    extra = { ["Access-Control-Request-Method"] = "PUT", ["Access-Control-Request-Headers"] = "content-type,x-request-id" } },
  { name = "disallowed origin",      method = "GET",     origin = "https://evil.example.org" },
  { name = "rejected preflight",     method = "OPTIONS", origin = "https://evil.example.org",
    extra = { ["Access-Control-Request-Method"] = "PUT" } },
  { name = "hostile: origin list",   method = "GET",     origin = "http://localhost:3000, https://evil.example.org" },
  { name = "hostile: look-alike",    method = "GET",     origin = "http://localhost.evil.org:3000" },
  { name = "hostile: null",          method = "GET",     origin = "null" },
  { name = "hostile: huge request headers", method = "OPTIONS", origin = "http://localhost:3000",
    extra = { ["Access-Control-Request-Method"] = "PUT", ["Access-Control-Request-Headers"] = string.rep("x-a,", 1200) } },
}

local ALLOWED = "http://localhost:3000"
local prepared = {}
local counter = 0
local threads = {}
-- globals, read by done() through thread:get()
unexpected = 0
checked = 0

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  for i, r in ipairs(requests) do
    local headers = { ["Origin"] = r.origin }
    if r.extra then
      for k, v in pairs(r.extra) do headers[k] = v end
    end
    prepared[i] = wrk.format(r.method, "/api/orders", headers)
  end
end

function request()
  counter = counter + 1
  return prepared[(counter - 1) % #prepared + 1]
end

function response(status, headers, body)
  checked = checked + 1
  local acao = headers["Access-Control-Allow-Origin"]
  local ok = (status == 200 or status == 204 or status == 403)
    and (acao == nil or acao == ALLOWED)
    and not (status == 204 and acao == nil)
    and not (status == 403 and acao ~= nil)
  if not ok then
    unexpected = unexpected + 1
  end
end

function done(summary, latency, requests_)
  local bad, seen = 0, 0
  for _, t in ipairs(threads) do
    bad = bad + (t:get("unexpected") or 0)
    seen = seen + (t:get("checked") or 0)
  end
  io.write(string.format("SOAK requests=%d errors(connect=%d read=%d write=%d timeout=%d status=%d) checked=%d unexpected=%d p50_us=%d p99_us=%d rps=%.0f\n",
    summary.requests, summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout,
    summary.errors.status, seen, bad, latency:percentile(50), latency:percentile(99),
    summary.requests / (summary.duration / 1000000)))
end
