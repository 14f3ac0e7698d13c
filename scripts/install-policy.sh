#!/usr/bin/env bash
# Installs one role's compiled Claude Code policy (from `steward build` /
# the policy-publish workflow) on this machine, verified before it is installed.
# Replaces the seed's deploy-policy.sh (`sudo curl` of unverified JSON to a
# path Claude Code never reads).
#
#   sudo scripts/install-policy.sh --artifact <https-url|file> --manifest <https-url|file> \
#        --role <role> [--sha256 <tar.gz sha256>] [--dest <dir>]
#
# 1. downloads the artifact (tar.gz) and build-manifest.json (https only);
# 2. checks the tar.gz against --sha256 when given (take it from the release /
#    `gh attestation verify`: without it the manifest is trusted as fetched);
# 3. refuses an archive that is truncated, corrupt, has unsafe paths, or whose
#    manifest differs from the downloaded one;
# 4. checks <role>/managed-settings.json (and <role>/CLAUDE.md when listed)
#    against the manifest's SHA-256;
# 5. only then installs each file atomically (temp file in the target dir,
#    mode 0644, digest checked again, mv) to the managed directory Claude Code
#    reads: macOS /Library/Application Support/ClaudeCode, Linux /etc/claude-code;
#    the policy files Steward's hooks read go to <dest>/steward/.
# Nothing is installed when any check fails; the exit code is then 1.
set -euo pipefail
umask 022

die() {
  printf 'install-policy: %s\n' "$*" >&2
  exit 1
}

usage() {
  sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'
  exit "${1:-0}"
}

artifact=""
manifest=""
role=""
expected_tar=""
dest=""
while [ $# -gt 0 ]; do
  case "$1" in
    --artifact) artifact="${2:-}"; shift 2 ;;
    --manifest) manifest="${2:-}"; shift 2 ;;
    --role) role="${2:-}"; shift 2 ;;
    --sha256) expected_tar="${2:-}"; shift 2 ;;
    --dest) dest="${2:-}"; shift 2 ;;
    -h | --help) usage 0 ;;
    *) die "unknown argument: $1 (see --help)" ;;
  esac
done
[ -n "$artifact" ] || die "--artifact is required"
[ -n "$manifest" ] || die "--manifest is required"
[ -n "$role" ] || die "--role is required"
case "$role" in
  *[!A-Za-z0-9._-]* | .* ) die "invalid role name: $role" ;;
esac
if [ -n "$expected_tar" ] && ! printf '%s' "$expected_tar" | grep -Eq '^[0-9a-f]{64}$'; then
  die "--sha256 must be 64 lowercase hex digits"
fi

if [ -z "$dest" ]; then
  case "$(uname -s)" in
    Darwin) dest="/Library/Application Support/ClaudeCode" ;;
    Linux) dest="/etc/claude-code" ;;
    *) die "unsupported OS $(uname -s): pass --dest (Windows: C:\\Program Files\\ClaudeCode via your MDM)" ;;
  esac
fi

sha256() {
  if command -v sha256sum >/dev/null 2>&1; then
    sha256sum "$1" | cut -d' ' -f1
  else
    shasum -a 256 "$1" | cut -d' ' -f1
  fi
}

fetch() {
  case "$1" in
    https://*) curl -fsSL --proto '=https' --tlsv1.2 --retry 3 -o "$2" "$1" || die "download failed: $1" ;;
    http://* | ftp://*) die "refusing a non-https URL: $1" ;;
    *) [ -f "$1" ] || die "no such file: $1"; cp "$1" "$2" ;;
  esac
}

# The sha256 the canonical manifest lists for a path (empty when not listed).
manifest_digest() {
  awk -v want="\"path\": \"$2\"," '
    index($0, want) { found = 1; next }
    found && /"sha256": "/ { sub(/.*"sha256": "/, ""); sub(/".*/, ""); print; exit }
    found && /^ *}/ { exit }
  ' "$1"
}

work="$(mktemp -d "${TMPDIR:-/tmp}/install-policy.XXXXXX")"
cleanup() { rm -rf "$work"; }
trap cleanup EXIT

fetch "$artifact" "$work/artifact.tar.gz"
fetch "$manifest" "$work/build-manifest.json"

actual_tar="$(sha256 "$work/artifact.tar.gz")"
if [ -n "$expected_tar" ]; then
  [ "$actual_tar" = "$expected_tar" ] ||
    die "artifact $artifact has sha256 $actual_tar, expected $expected_tar: refusing to install"
else
  printf 'install-policy: warning: no --sha256 given; trusting the manifest as fetched (artifact sha256 %s)\n' "$actual_tar" >&2
fi

listing="$(tar -tzf "$work/artifact.tar.gz" 2>/dev/null)" ||
  die "artifact $artifact (sha256 $actual_tar) is truncated or not a tar.gz: refusing to install"
while IFS= read -r entry; do
  case "$entry" in
    /* | ../* | */../* | *"/.." ) die "artifact $artifact has an unsafe path: $entry" ;;
  esac
done <<<"$listing"
mkdir "$work/x"
tar -xzf "$work/artifact.tar.gz" -C "$work/x" ||
  die "artifact $artifact (sha256 $actual_tar) cannot be extracted: refusing to install"
root="$work/x/steward-build"
[ -f "$root/build-manifest.json" ] || die "artifact $artifact holds no steward-build/build-manifest.json"
cmp -s "$root/build-manifest.json" "$work/build-manifest.json" ||
  die "manifest $manifest differs from the one inside the artifact: refusing to install"

# What to install: the role's files into the managed directory, and the
# policy files Steward's hooks read (steward/...) into <dest>/steward.
sources=()
targets=()
for name in managed-settings.json CLAUDE.md; do
  if [ -z "$(manifest_digest "$work/build-manifest.json" "$role/$name")" ]; then
    [ "$name" = CLAUDE.md ] && continue
    die "role $role has no $role/managed-settings.json in manifest $manifest"
  fi
  sources+=("$role/$name")
  targets+=("$dest/$name")
done
while IFS= read -r rel; do
  [ -n "$rel" ] || continue
  sources+=("$rel")
  targets+=("$dest/$rel")
done < <(awk -F'"' '$2 == "path" && index($4, "steward/") == 1 { print $4 }' "$work/build-manifest.json")

# Verify every file before installing any.
for i in "${!sources[@]}"; do
  rel="${sources[$i]}"
  want="$(manifest_digest "$work/build-manifest.json" "$rel")"
  [ -f "$root/$rel" ] || die "$rel is listed in the manifest but missing from the artifact"
  got="$(sha256 "$root/$rel")"
  [ "$got" = "$want" ] ||
    die "$rel has sha256 $got, but manifest $manifest expects $want: refusing to install"
done

for i in "${!sources[@]}"; do
  rel="${sources[$i]}"
  target="${targets[$i]}"
  want="$(manifest_digest "$work/build-manifest.json" "$rel")"
  mkdir -p "$(dirname "$target")"
  tmp="$(dirname "$target")/.$(basename "$target").install-policy.$$"
  cp "$root/$rel" "$tmp"
  chmod 0644 "$tmp"
  if [ "$(sha256 "$tmp")" != "$want" ]; then
    rm -f "$tmp"
    die "$target: the copy does not match $want: not installed"
  fi
  mv -f "$tmp" "$target"
  printf 'installed %s (sha256 %s)\n' "$target" "$want"
done
printf 'Role %s of policy %s installed in %s. Check with: steward doctor --manifest <build-manifest.json> --role %s\n' \
  "$role" "$(awk -F'"' '/"policyVersion":/ { print $4; exit }' "$work/build-manifest.json")" "$dest" "$role"
