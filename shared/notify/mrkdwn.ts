/**
 * Making text from users and data safe for a Slack message: secrets redacted,
 * mrkdwn control characters escaped, lengths kept within Slack's limits.
 * Pure functions.
 */

/**
 * Patterns of things that look like credentials. Order matters: the webhook
 * URL is redacted before the generic URL-safe token patterns.
 */
const SECRET_PATTERNS: readonly { readonly name: string; readonly pattern: RegExp }[] = [
  {
    name: "slack-webhook",
    pattern: /https?:\/\/hooks\.slack(?:-gov)?\.com\/(?:services|workflows|triggers)\/[\w/-]+/gi,
  },
  { name: "slack-token", pattern: /\bxox[abposre]-[A-Za-z0-9-]{10,}/g },
  { name: "slack-app-token", pattern: /\bxapp-\d-[A-Za-z0-9-]{10,}/g },
  // Anthropic: sk-ant-api03-..., sk-ant-admin01-..., sk-ant-oat01-... (a short partial hint such as "sk-ant-api03-AbC...xyz" survives).
  { name: "anthropic-key", pattern: /\bsk-ant-[a-z]+\d*-[A-Za-z0-9_-]{20,}/g },
  { name: "aws-access-key-id", pattern: /\b(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}\b/g },
  {
    name: "aws-secret-access-key",
    pattern: /(aws_?secret_?access_?key|secretAccessKey)(["']?\s*[:=]\s*["']?)[A-Za-z0-9/+=]{40}/gi,
  },
  { name: "github-token", pattern: /\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{30,}/g },
  { name: "github-pat", pattern: /\bgithub_pat_[A-Za-z0-9_]{40,}/g },
  { name: "bearer", pattern: /\b(Bearer\s+)[A-Za-z0-9._~+/-]{20,}=*/g },
];

export const REDACTED = "[redacted]";

/** Replaces anything that looks like a token or a Slack webhook URL with `[redacted]`. */
export function redactSecrets(text: string): string {
  let out = text;
  for (const { name, pattern } of SECRET_PATTERNS) {
    out = out.replace(pattern, (_match, g1: unknown, g2: unknown) => {
      if (name === "aws-secret-access-key") return `${String(g1)}${String(g2)}${REDACTED}`;
      if (name === "bearer") return `${String(g1)}${REDACTED}`;
      return REDACTED;
    });
  }
  return out;
}

/** True when {@link redactSecrets} would change `text`. */
export function looksSecret(text: string): boolean {
  return redactSecrets(text) !== text;
}

/** Escapes the three characters Slack's mrkdwn treats as control characters. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/**
 * Cuts `text` to at most `max` characters (UTF-16 units, as Slack counts),
 * ending with "…" when cut, and never in the middle of an `&amp;`-style entity
 * or a surrogate pair.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 1) return "…".slice(0, max);
  let cut = text.slice(0, max - 1);
  const amp = cut.lastIndexOf("&");
  if (amp !== -1 && !cut.slice(amp).includes(";") && /^&(?:amp|lt|gt);/.test(text.slice(amp))) {
    cut = cut.slice(0, amp);
  }
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  return `${cut}…`;
}

/** Text from data for a mrkdwn field: redacted, escaped, truncated. */
export function safeMrkdwn(text: string, max: number): string {
  return truncate(escapeMrkdwn(redactSecrets(text)), max);
}

/** Text from data for a plain_text field (headers, buttons): redacted and truncated (no escaping). */
export function safePlain(text: string, max: number): string {
  return truncate(redactSecrets(text), max);
}

/**
 * A link in mrkdwn: `<url|label>`. The URL must be http(s) and is escaped; the
 * label is escaped too, and `|` in it replaced so it cannot end the label.
 * Anything else gives just the label.
 */
export function mrkdwnLink(url: string | undefined, label: string): string {
  const safeLabel = safeMrkdwn(label, 300).replace(/\|/g, "¦");
  if (!url || !/^https?:\/\//i.test(url) || looksSecret(url)) return safeLabel;
  const safeUrl = url.replace(/&/g, "&amp;").replace(/</g, "%3C").replace(/>/g, "%3E").replace(/\|/g, "%7C");
  return `<${safeUrl}|${safeLabel}>`;
}

/** "1,234,567" for counts. */
export function formatNumber(n: number): string {
  return n.toLocaleString("en-US", { maximumFractionDigits: 2 });
}

/** "$1,234.50" (or "1,234.50 EUR" for other currencies). */
export function formatMoney(amount: number, currency = "USD"): string {
  const fixed = amount.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return currency.toUpperCase() === "USD" ? `$${fixed}` : `${fixed} ${currency.toUpperCase()}`;
}

/** "80%" from 0.8-style or 80-style numbers is the caller's business: this formats a percent value. */
export function formatPercent(percent: number): string {
  return `${percent.toLocaleString("en-US", { maximumFractionDigits: 1 })}%`;
}

/** "1 key" / "3 keys". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatNumber(n)} ${n === 1 ? one : many}`;
}
