# Shared by the benchmark scripts: build the packaged service, start it, sign in. Source it; do not run it.

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$repo/target/benchmarks"
mkdir -p "$out"

# The packaged service, built by ./serve with its class-data-sharing archive (once per build): the benchmarks measure
# the service as ./serve runs it. Tests are run by `mvn -B verify`, not here.
prepare_service() {
  "$repo/serve" prepare
  jar="$(ls "$repo"/target/judgement-support-*.jar | grep -v '\.original$' | head -1)"
  extracted="$(ls "$repo"/target/serve/extracted/*.jar | head -1)"
  archive="$repo/target/serve/app.jsa"
}

# start_service <log> <port> <data folder> <java options...> [-- <jar or -cp …>]: starts it in the background; sets $pid.
start_service() {
  local log="$1" port="$2" data="$3"
  shift 3
  java "$@" --server.port="$port" --judgement-support.data-folder="$data" \
    --judgement-support.rule-set.folder="$repo" --judgement-support.rule-set.watch=false >"$log" 2>&1 &
  pid=$!
}

# wait_healthy <port> <seconds>
wait_healthy() {
  local port="$1" deadline=$((SECONDS + ${2:-120}))
  until curl -sf "http://127.0.0.1:$port/actuator/health" >/dev/null; do
    if ((SECONDS > deadline)) || ! kill -0 "$pid" 2>/dev/null; then
      echo "the service did not start; see its log" >&2
      return 1
    fi
    sleep 0.2
  done
}

stop_service() {
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

# create_inspector <port> <log of the first start>: prints "bench:<password>" for a new INSPECTOR account.
create_inspector() {
  local port="$1" log="$2" admin password
  # Health says UP only after the first-start work, so the administrator's password is already printed.
  admin="$(grep -oP 'password: \K\S+' "$log" | head -1)"
  [[ -n "$admin" ]] || { echo "no administrator password was printed" >&2; return 1; }
  password="$(curl -sf -u "admin:$admin" -X POST "http://127.0.0.1:$port/api/v1/users" -H 'Content-Type: application/json' \
    -d '{"username": "bench", "roles": ["INSPECTOR"]}' | python3 -c 'import json, sys; print(json.load(sys.stdin)["password"])')"
  echo "bench:$password"
}

# A realistic judgement request: Barking and Dagenham as its 2024 inspection began, with the inspectors' evaluations.
EVIDENCE='{"localAuthority": {"code": "E09000002", "name": "Barking and Dagenham"}, "inspection": {"startDate": "2024-05-13", "type": "STANDARD"},
 "workforce": {"caseloadPerSocialWorker": 16.5, "vacancyRatePct": 20.6, "agencyRatePct": 23.5, "turnoverRatePct": 24.3},
 "leadership": {"practiceQuality": "CONSISTENTLY_EFFECTIVE"},
 "helpAndProtection": {"reReferralRatePct": 17.3, "repeatChildProtectionPlanPct": 14.1, "practiceQuality": "CONSISTENTLY_EFFECTIVE"},
 "missingChildren": {"returnInterviewsOfferedPct": 72, "missingFromCarePct": 9.0},
 "childrenInCare": {"threePlusPlacementsPct": 13.0, "longTermStabilityPct": 70.0, "practiceQuality": "CONSISTENTLY_EFFECTIVE"},
 "careLeavers": {"inEducationEmploymentTrainingPct": 62.0, "suitableAccommodationPct": 86.0, "practiceQuality": "NOT_YET_CONSISTENTLY_GOOD"}}'
