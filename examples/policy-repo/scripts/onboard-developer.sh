#!/usr/bin/env bash
# Developer setup. Only real commands: there is no `claude auth login --sso`,
# `claude enterprise sync` or `claude /permissions` (slash commands run inside a session).
# The org policy arrives through MDM (managed-settings.json); this script checks it is there.
set -euo pipefail

echo "Claude Code setup"
echo "================="

if ! command -v claude >/dev/null 2>&1; then
  echo "Installing Claude Code..."
  npm install -g @anthropic-ai/claude-code
fi
claude --version

case "$(uname -s)" in
  Darwin) managed="/Library/Application Support/ClaudeCode/managed-settings.json" ;;
  *) managed="/etc/claude-code/managed-settings.json" ;;
esac
if [[ ! -f "$managed" ]]; then
  echo "The org policy is missing ($managed). Ask IT to re-run the device enrollment." >&2
  exit 1
fi
if command -v jq >/dev/null 2>&1; then
  echo "Org policy version: $(jq -r '.env.STEWARD_POLICY_VERSION // "unknown"' "$managed")"
fi

if ! command -v steward >/dev/null 2>&1; then
  echo "The steward CLI is missing: policy hooks will fail closed. Install it from the internal registry." >&2
  exit 1
fi

echo "Checking the installation..."
claude doctor

cat <<'MSG'

Setup complete. Next:
  claude            start a session and sign in when asked (/login switches accounts)
  /status           inside a session: shows "Enterprise managed settings (file)"
  /permissions      inside a session: the rules in effect for you
MSG
