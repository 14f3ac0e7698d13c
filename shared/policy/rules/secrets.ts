/**
 * Secrets committed in any file of the policy repository: Anthropic keys,
 * AWS access keys, GitHub tokens, Slack webhooks and tokens, private key
 * blocks and high-entropy values of secret-named keys. The finding never
 * contains the secret: only its kind, a safe prefix and its length.
 */
import type { Finding } from "../finding.js";
import type { PolicyFile } from "../policy.js";
import { findingAt, lineColumn, type PolicyRule } from "./context.js";

interface Detector {
  readonly name: string;
  readonly re: RegExp;
  /** How many leading characters are safe to show (a public prefix). */
  readonly prefix: (match: string) => number;
  readonly hint: string;
}

const DETECTORS: readonly Detector[] = [
  {
    name: "Anthropic API key",
    re: /sk-ant-(?:api|admin|oat|ort|sid)\d{0,2}-[A-Za-z0-9_-]{16,}/g,
    prefix: (m) => m.indexOf("-", 7) + 1,
    hint: "Revoke the key in the Claude Console now, then load it at runtime (apiKeyHelper, a secret store or the ANTHROPIC_API_KEY environment variable).",
  },
  {
    name: "AWS access key id",
    re: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g,
    prefix: () => 4,
    hint: "Deactivate the access key in IAM, then use a role (OIDC in CI, SSO on laptops) instead of static keys.",
  },
  {
    name: "GitHub token",
    re: /\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36}\b|\bgithub_pat_[A-Za-z0-9_]{40,}\b/g,
    prefix: (m) => m.indexOf("_") + 1,
    hint: "Revoke the token on GitHub and use the GITHUB_TOKEN secret or a GitHub App token instead.",
  },
  {
    name: "Slack webhook URL",
    re: /https:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9_/-]{20,}/g,
    prefix: () => "https://hooks.slack.com/".length,
    hint: "Regenerate the webhook in Slack and pass it as a repository secret (secrets.SLACK_WEBHOOK_URL).",
  },
  {
    name: "Slack token",
    re: /\bxox[abprs]-[A-Za-z0-9-]{10,}/g,
    prefix: () => 5,
    hint: "Revoke the token in Slack and pass it as a secret.",
  },
  {
    name: "private key",
    re: /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----/g,
    prefix: (m) => m.length,
    hint: "Remove the key from the repository (and its history), rotate it, and load it from a secret store.",
  },
];

const SECRET_NAME = /(secret|token|passw(or)?d|api[_-]?key|private[_-]?key|credential|webhook)/i;
const ASSIGNMENT = /["']?([A-Za-z_][A-Za-z0-9_.-]*)["']?\s*[:=]\s*["']([^"'\s]{16,})["']/g;

/** Shannon entropy in bits per character. */
export function entropy(s: string): number {
  const counts = new Map<string, number>();
  for (const c of s) counts.set(c, (counts.get(c) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) {
    const p = n / s.length;
    h -= p * Math.log2(p);
  }
  return h;
}

function isPlaceholder(value: string): boolean {
  return (
    /\$\{?[A-Za-z_]|\{\{|<[^>]+>|^(x+|\*+|changeme|example|placeholder|redacted)$/i.test(value) ||
    /^(https?:)?\/\//.test(value) ||
    /^[a-z]+(-[a-z]+)+$/.test(value) ||
    /^[./~]/.test(value)
  );
}

/** Masks a secret: the safe public prefix, then asterisks and the length. */
export function maskSecret(value: string, visible: number): string {
  return `${value.slice(0, Math.min(visible, value.length))}${"*".repeat(4)} (${value.length} characters)`;
}

/** Secrets in one text; offsets and masked values only. */
export function findSecrets(
  text: string,
): { offset: number; length: number; kind: string; masked: string; hint: string }[] {
  const out: { offset: number; length: number; kind: string; masked: string; hint: string }[] = [];
  const taken: [number, number][] = [];
  for (const d of DETECTORS) {
    for (const m of text.matchAll(d.re)) {
      const offset = m.index ?? 0;
      // "ghp_xxxxxxxx..." and "AKIAEXAMPLEEXAMPLE" style placeholders are not secrets.
      const body = m[0].slice(d.prefix(m[0]));
      if (d.name !== "private key" && (entropy(body) < 3 || /example|xxxx|0000|placeholder/i.test(body)))
        continue;
      taken.push([offset, offset + m[0].length]);
      out.push({
        offset,
        length: m[0].length,
        kind: d.name,
        masked: maskSecret(m[0], d.prefix(m[0])),
        hint: d.hint,
      });
    }
  }
  for (const m of text.matchAll(ASSIGNMENT)) {
    const name = m[1] ?? "";
    const value = m[2] ?? "";
    if (!SECRET_NAME.test(name) || /(id|name|path|file|url|arn|ref|env|var|policy|store|type)$/i.test(name))
      continue;
    if (isPlaceholder(value) || /\.[a-z]{2,5}$/.test(value) || /^[\w-]+(\/[\w-]+)+$/.test(value)) continue;
    const offset = (m.index ?? 0) + m[0].lastIndexOf(value);
    if (taken.some(([s, e]) => offset < e && offset + value.length > s)) continue;
    const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((r) => r.test(value)).length;
    const hex = value.length >= 32 && /^[a-f0-9]+$/i.test(value);
    if (entropy(value) < 3.5 && !hex) continue;
    if (classes < 3 && !hex) continue;
    out.push({
      offset,
      length: value.length,
      kind: `high-entropy value of "${name}"`,
      masked: maskSecret(value, 2),
      hint: "If it is a real credential, rotate it and load it at runtime (an environment variable, apiKeyHelper, a secret store).",
    });
  }
  // Any other long, random-looking quoted token (not an integrity hash, a path or a URL).
  for (const m of text.matchAll(/["'`]([A-Za-z0-9+/=_-]{32,})["'`]/g)) {
    const value = m[1] ?? "";
    const offset = (m.index ?? 0) + 1;
    if (taken.some(([s, e]) => offset < e && offset + value.length > s)) continue;
    if (out.some((o) => o.offset === offset)) continue;
    if (/^(sha\d+|md5)-/.test(value) || /\/[a-z]+\//i.test(value) || /^[a-f0-9]+$/i.test(value)) continue;
    const classes = [/[a-z]/, /[A-Z]/, /\d/].filter((r) => r.test(value)).length;
    if (classes < 3 || entropy(value) < 4.5) continue;
    out.push({
      offset,
      length: value.length,
      kind: "high-entropy string",
      masked: maskSecret(value, 2),
      hint: "If it is a credential, rotate it and load it at runtime (an environment variable, apiKeyHelper, a secret store); if it is not, waive the finding in steward.config.json with the reason.",
    });
  }
  return out.sort((a, b) => a.offset - b.offset);
}

export const committedSecrets: PolicyRule = ({ policy }) => {
  const findings: Finding[] = [];
  for (const [path, f] of policy.snapshot.files) {
    if (f.text === undefined) continue;
    const file: PolicyFile = policy.files.find((p) => p.path === path) ?? {
      path,
      kind: "unknown-json",
      kindSource: "fallback",
      text: f.text,
      executable: f.executable,
    };
    for (const s of findSecrets(f.text)) {
      const start = lineColumn(f.text, s.offset);
      findings.push(
        findingAt(
          { ...file, json: undefined } as PolicyFile,
          { line: start.line, column: start.column, endColumn: start.column + Math.min(s.length, 200) },
          "secrets/committed-secret",
          `A ${s.kind} is committed here (${s.masked}): anyone with read access to the repository, its forks and its history can use it.`,
          s.hint,
        ),
      );
    }
  }
  return findings;
};
