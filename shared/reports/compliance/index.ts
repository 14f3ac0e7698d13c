/**
 * The compliance report (docs/compliance.md): controls over a policy
 * repository, audit logs, a cost report and Admin API figures, each a pure
 * function returning a verdict and its evidence; the seed's compliance
 * matrix; metrics; JSON / Markdown / HTML renderers; delivery to a
 * compliance endpoint and Slack.
 */
export * from "./anthropic.js";
export * from "./audit.js";
export * from "./build.js";
export * from "./catalog.js";
export * from "./controls.js";
export * from "./endpoint.js";
export * from "./policy-files.js";
export * from "./render.js";
export * from "./run.js";
export * from "./types.js";
export * from "./usage.js";
