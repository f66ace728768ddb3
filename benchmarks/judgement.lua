-- wrk script: POST one realistic judgement request, signed in as the benchmark's inspector.
-- JS_AUTH is "user:password"; JS_BODY the evidence JSON (benchmarks/service.sh defines it).
local auth = os.getenv("JS_AUTH_BASIC")
local body = os.getenv("JS_BODY")
wrk.method = "POST"
wrk.body = body
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Basic " .. auth
