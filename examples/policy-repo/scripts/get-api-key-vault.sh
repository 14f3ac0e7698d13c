#!/usr/bin/env bash
# apiKeyHelper variant for HashiCorp Vault: prints the key on stdout (see get-api-key.sh).
set -euo pipefail

vault kv get -field=api_key secret/claude-code/anthropic
