#!/usr/bin/env bash
# PreToolUse hook: a minimal bash fallback for machines where the `steward` CLI is
# not installed (the managed settings normally run `steward hook pre-tool-use`).
#
# Claude Code passes the call as JSON on stdin ({tool_name, tool_input, session_id,
# cwd, ...}); there is no $TOOL_NAME / $TOOL_INPUT. Exit 2 blocks the call and sends
# stderr to Claude; exit 0 lets Claude Code's own permission rules decide. Exit 1 (or
# any other code) does NOT block, so every failure path below exits 2 (fail closed).
#
# Register in managed-settings.json:
#   "PreToolUse": [{"matcher": "Bash|Read|Edit|Write|NotebookEdit|WebFetch",
#     "hooks": [{"type": "command", "command": "/etc/claude-code/steward/enforce-policy.sh", "timeout": 10}]}]
set -euo pipefail
trap 'echo "enforce-policy.sh failed unexpectedly; blocking to be safe" >&2; exit 2' ERR

if ! command -v jq >/dev/null 2>&1; then
  echo "enforce-policy.sh needs jq; blocking to be safe" >&2
  exit 2
fi

payload="$(cat)"
tool="$(jq -r '.tool_name // ""' <<<"$payload")"
session="$(jq -r '.session_id // ""' <<<"$payload")"
cwd="$(jq -r '.cwd // ""' <<<"$payload")"
command_line="$(jq -r '.tool_input.command // ""' <<<"$payload")"
file_path="$(jq -r '.tool_input.file_path // .tool_input.notebook_path // .tool_input.path // ""' <<<"$payload")"
url="$(jq -r '.tool_input.url // ""' <<<"$payload")"

audit_dir="${STEWARD_AUDIT_DIR:-${HOME}/.claude/steward/audit}"

# Append one AuditRecordV1 line (docs/audit-log-format.md); never file contents.
audit() {
  local decision="$1" rule="$2" reason="$3"
  mkdir -p "$audit_dir"
  jq -cn \
    --arg ts "$(date -u +%Y-%m-%dT%H:%M:%SZ)" \
    --arg user "${STEWARD_USER:-$(id -un)}" \
    --arg role "${STEWARD_ROLE:-}" \
    --arg session "$session" \
    --arg tool "$tool" \
    --arg decision "$decision" \
    --arg rule "$rule" \
    --arg reason "$reason" \
    --arg command "$command_line" \
    --arg filePath "$file_path" \
    --arg url "$url" \
    --arg cwd "$cwd" \
    --arg policyVersion "${STEWARD_POLICY_VERSION:-}" \
    'def nn: if . == "" then null else . end;
     {v: 1, ts: $ts, user: $user, role: ($role | nn), session: ($session | nn),
      event: "pre-tool-use", tool: ($tool | nn), decision: $decision, rule: ($rule | nn),
      ruleSource: null, reason: ($reason | nn),
      input: ({}
        + (if $command != "" then {command: $command[0:200]} else {} end)
        + (if ($command | length) > 200 then {truncated: true} else {} end)
        + (if $filePath != "" then {filePath: $filePath} else {} end)
        + (if $url != "" then {domain: ($url | capture("^[a-zA-Z][a-zA-Z0-9+.-]*://(?<h>[^/:?#]+)").h // null)} else {} end)),
      cwd: ($cwd | nn), policyVersion: ($policyVersion | nn)}' >>"$audit_dir/$(date -u +%Y-%m-%d).jsonl"
}

block() {
  local rule="$1" reason="$2"
  audit deny "$rule" "$reason"
  echo "Blocked by Acme policy ${STEWARD_POLICY_VERSION:-} (${rule}): ${reason}" >&2
  exit 2
}

case "$tool" in
  Bash)
    # Check every subcommand of a compound command, not just the first word.
    if grep -Eq '(^|[;&|(]|\$\()[[:space:]]*(sudo[[:space:]]+)?(curl|wget|ssh|scp|nc)([[:space:]]|$)' <<<"$command_line"; then
      block "Bash(curl *)" "network commands are not allowed; the sandbox only reaches approved hosts"
    fi
    if grep -Eq '(^|[;&|(])[[:space:]]*rm[[:space:]]+-(rf|fr)([[:space:]]|$)' <<<"$command_line"; then
      block "Bash(rm -rf *)" "recursive forced deletes are not allowed"
    fi
    if grep -Eq '(^|[;&|(])[[:space:]]*git[[:space:]]+push([[:space:]].*)?[[:space:]](--force|-f)([[:space:]=]|$)' <<<"$command_line"; then
      block "Bash(git push --force *)" "force pushes are not allowed"
    fi
    if grep -Eq '(^|[;&|(])[[:space:]]*npm[[:space:]]+publish([[:space:]]|$)' <<<"$command_line"; then
      block "Bash(npm publish *)" "publishing packages goes through the release pipeline"
    fi
    ;;
  Read | Edit | Write | NotebookEdit)
    name="$(basename -- "$file_path")"
    pattern=""
    case "$name" in
      .env*) pattern="**/.env*" ;;
      *secret*) pattern="**/*secret*" ;;
      *credential*) pattern="**/*credential*" ;;
      *.pem) pattern="**/*.pem" ;;
      *.key) pattern="**/*.key" ;;
    esac
    if [[ -n "$pattern" ]]; then
      # Report the rule as Claude Code would write it: Edit covers every editing tool.
      rule_tool="Edit"
      [[ "$tool" == "Read" ]] && rule_tool="Read"
      block "${rule_tool}(${pattern})" "secrets and credentials are off limits"
    fi
    ;;
  WebFetch)
    block "WebFetch" "web fetches are disabled by org policy"
    ;;
esac

audit none "" ""
exit 0
