#!/usr/bin/env bash
# apiKeyHelper variant for Azure Key Vault: prints the key on stdout (see get-api-key.sh).
set -euo pipefail

az keyvault secret show \
  --vault-name acme-vault \
  --name anthropic-api-key \
  --query value \
  --output tsv
