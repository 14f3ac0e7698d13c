#!/usr/bin/env bash
# Install the org's Claude Code managed settings on a Linux/WSL machine, after checking
# the file against a SHA-256 that was published separately (release notes, MDM payload),
# never one downloaded from the same place as the file.
#
# Usage: sudo deploy-policy.sh <managed-settings.json path or https URL> <sha256> [routing drop-in]
#   e.g. sudo deploy-policy.sh https://config.acme.example/claude/2026.11/managed-settings.json \
#          3b4c...e9 /opt/acme/claude/routing/bedrock-us.json
#
# Claude Code reads /etc/claude-code/managed-settings.json (plus managed-settings.d/*.json,
# alphabetically). It never reads /etc/claude/enterprise-settings.json, and a symlink in
# ~/.claude is not a managed source, so neither is created.
set -euo pipefail

usage() {
  echo "usage: $0 <source file or https URL> <expected sha256> [routing drop-in]" >&2
  exit 64
}

[[ $# -ge 2 && $# -le 3 ]] || usage
source_ref="$1"
expected="$(tr '[:upper:]' '[:lower:]' <<<"$2")"
drop_in="${3:-}"
[[ "$expected" =~ ^[0-9a-f]{64}$ ]] || { echo "expected sha256 must be 64 hex digits" >&2; exit 64; }
[[ "$(id -u)" -eq 0 ]] || { echo "run as root: $0 installs into /etc/claude-code" >&2; exit 77; }

target_dir="/etc/claude-code"
target="$target_dir/managed-settings.json"
tmp="$(mktemp)"
trap 'rm -f "$tmp"' EXIT

case "$source_ref" in
  https://*) curl --fail --silent --show-error --location --proto '=https' --max-time 60 -o "$tmp" "$source_ref" ;;
  http://*) echo "refusing a plain-http source" >&2; exit 65 ;;
  *) cp -- "$source_ref" "$tmp" ;;
esac

actual="$(sha256sum "$tmp" | cut -d' ' -f1)"
if [[ "$actual" != "$expected" ]]; then
  echo "sha256 mismatch: expected $expected, got $actual; nothing installed" >&2
  exit 1
fi

# Claude Code settings are strict JSON; a file that does not parse contributes nothing.
if command -v jq >/dev/null 2>&1; then
  jq -e 'type == "object"' "$tmp" >/dev/null || { echo "not a JSON object; nothing installed" >&2; exit 65; }
fi

install -d -m 0755 "$target_dir"
# Write next to the target, then rename: Claude Code reloads the file when it changes
# and must never see it half-written.
install -m 0644 -o root -g root "$tmp" "$target.new"
mv -f -- "$target.new" "$target"

if [[ -n "$drop_in" ]]; then
  install -d -m 0755 "$target_dir/managed-settings.d"
  install -m 0644 -o root -g root "$drop_in" "$target_dir/managed-settings.d/50-routing.json.new"
  mv -f -- "$target_dir/managed-settings.d/50-routing.json.new" "$target_dir/managed-settings.d/50-routing.json"
fi

echo "installed $target (sha256 $actual)"
