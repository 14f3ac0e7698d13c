#!/usr/bin/env bash
# Stop hook: record token usage per model for the session so far (bash fallback for
# `steward hook stop`).
#
# Tool calls carry no token counts (there is no $TOKEN_COUNT): usage is in the session
# transcript, whose path arrives on stdin as `transcript_path`. One API response is
# written as one transcript line per content block, all with the same usage, so lines
# are de-duplicated by message.id + requestId before summing. `<synthetic>` lines are
# not API calls. Each run appends only the difference from the previous run of the
# same session, so repeated Stop events never double count.
#
# Never exits 2: for a Stop hook that would stop Claude from finishing its turn (and
# jq itself exits 2 on some errors), so every failure ends the script with exit 0.
set -euo pipefail
trap 'echo "track-usage.sh failed; usage not recorded" >&2; exit 0' ERR

if ! command -v jq >/dev/null 2>&1; then
  echo "track-usage.sh needs jq; usage not recorded" >&2
  exit 0
fi

payload="$(cat)"
session="$(jq -r '.session_id // ""' <<<"$payload")"
transcript="$(jq -r '.transcript_path // ""' <<<"$payload")"
if [[ -z "$session" || ! -r "$transcript" ]]; then
  exit 0
fi

usage_dir="${STEWARD_USAGE_DIR:-${HOME}/.claude/usage}"
state_dir="${STEWARD_STATE_DIR:-${HOME}/.claude/steward/state}"
mkdir -p "$usage_dir" "$state_dir" || exit 0
state="$state_dir/${session}.json"
[[ -f "$state" ]] || echo '[]' >"$state"

# Skip unparseable lines (a line being written while we read is normal).
totals="$(jq -R -c -n '
  [inputs | fromjson? | select(.type == "assistant")
    | select(.message.model != "<synthetic>" and .message.usage != null)
    | select(.message.id != null and .requestId != null)]
  | unique_by(.message.id + ":" + .requestId)
  | group_by(.message.model)
  | map(.[0].message.model as $model | map(.message.usage) | {
      model: $model,
      input: (map(.input_tokens // 0) | add),
      output: (map(.output_tokens // 0) | add),
      cacheWrite5m: (map(if .cache_creation then (.cache_creation.ephemeral_5m_input_tokens // 0) else (.cache_creation_input_tokens // 0) end) | add),
      cacheWrite1h: (map(.cache_creation.ephemeral_1h_input_tokens // 0) | add),
      cacheRead: (map(.cache_read_input_tokens // 0) | add)
    })' "$transcript")" || exit 0

jq -c -n \
  --argjson now "$totals" \
  --slurpfile before "$state" \
  --arg ts "$(date -u +%Y-%m-%dT%H:%M:%SZ)" \
  --arg user "${STEWARD_USER:-$(id -un)}" \
  --arg session "$session" '
  ($before[0] | map({key: .model, value: .}) | from_entries) as $prev
  | $now[]
  | . as $t
  | ($prev[$t.model] // {input: 0, output: 0, cacheWrite5m: 0, cacheWrite1h: 0, cacheRead: 0}) as $p
  | {v: 1, ts: $ts, user: $user, session: $session, model: $t.model,
     input: ($t.input - $p.input), output: ($t.output - $p.output),
     cacheWrite5m: ($t.cacheWrite5m - $p.cacheWrite5m), cacheWrite1h: ($t.cacheWrite1h - $p.cacheWrite1h),
     cacheRead: ($t.cacheRead - $p.cacheRead), tool: null, source: "track-usage.sh"}
  | select(.input + .output + .cacheWrite5m + .cacheWrite1h + .cacheRead > 0)' \
  >>"$usage_dir/$(date -u +%Y-%m-%d).jsonl" || exit 0

printf '%s\n' "$totals" >"$state"
exit 0
