#!/usr/bin/env bash
# Count policy decisions in Steward audit logs (docs/audit-log-format.md). The seed ran
# `grep -c "BLOCKED\|DENIED"` over the logs, which counts any line mentioning either
# word and nothing of what was allowed or asked; here each JSON record is read, and
# the seed's old plain-text lines are counted separately as legacy denials.
#
# Usage: compliance-report.sh [audit dir]
set -euo pipefail

audit_dir="${1:-${HOME}/.claude/steward/audit}"
report="compliance-report-$(date -u +%Y%m%d).json"
shopt -s nullglob
files=("$audit_dir"/*.jsonl)
if [[ ${#files[@]} -eq 0 ]]; then
  echo "no audit logs in $audit_dir" >&2
  exit 1
fi

cat -- "${files[@]}" | jq -R -n '
  [inputs | . as $line | (try fromjson catch null) as $r
    | if ($r | type) == "object" and $r.v == 1 and (["deny", "ask", "allow", "none"] | index([$r.decision])) != null
      then {kind: "v1", r: $r}
      elif ($line | test("^(\\[?[0-9T:.+Z-]+\\]?\\s+)?(BLOCKED|DENIED)\\b")) then {kind: "legacy"}
      else {kind: "malformed"} end]
  | {
      report_date: (now | strftime("%Y-%m-%d")),
      users: ([.[] | select(.kind == "v1") | .r.user] | unique | length),
      decisions: ([.[] | select(.kind == "v1" and .r.event == "pre-tool-use") | .r.decision]
        | group_by(.) | map({key: .[0], value: length}) | from_entries),
      top_deny_rules: ([.[] | select(.kind == "v1" and .r.decision == "deny") | .r.rule]
        | group_by(.) | map({rule: .[0], count: length}) | sort_by(-.count) | .[0:10]),
      legacy_denials: ([.[] | select(.kind == "legacy")] | length),
      malformed_lines: ([.[] | select(.kind == "malformed")] | length)
    }' >"$report"

echo "Compliance report written to $report"
