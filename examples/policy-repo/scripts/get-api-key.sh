#!/usr/bin/env bash
# apiKeyHelper (managed-settings.json): Claude Code runs this and uses its stdout as the
# API key, refreshed every CLAUDE_CODE_API_KEY_HELPER_TTL_MS. A script that only
# `export`s ANTHROPIC_API_KEY changes its own environment, never Claude Code's.
# Prints the key and nothing else; never echo it anywhere else.
set -euo pipefail

aws secretsmanager get-secret-value \
  --secret-id "claude-code/api-key" \
  --query SecretString \
  --output text
