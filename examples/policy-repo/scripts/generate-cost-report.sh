#!/usr/bin/env bash
# Monthly cost report. The seed multiplied every token by one price ($3/M); real cost
# depends on model and token type (input, cache writes, cache reads, output), which
# `steward report cost` takes from its model catalog.
#
# Usage: generate-cost-report.sh [YYYY-MM] [usage dir]
set -euo pipefail

month="${1:-$(date -u +%Y-%m)}"
usage_dir="${2:-${HOME}/.claude/usage}"
policy_dir="$(cd "$(dirname "$0")/.." && pwd)"
[[ "$month" =~ ^[0-9]{4}-[0-9]{2}$ ]] || { echo "month must be YYYY-MM" >&2; exit 64; }

first="${month}-01"
last="$(date -u -d "${first} +1 month -1 day" +%Y-%m-%d)"

steward report cost \
  --source "$usage_dir" \
  --since "$first" \
  --until "$last" \
  --roles "$policy_dir/role-mappings.json" \
  --dashboard "$policy_dir/usage-dashboard-config.json" \
  --format json --format md \
  --out "cost-report-${month}"

echo "Cost report written to cost-report-${month}/"
