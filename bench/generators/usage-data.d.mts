// Types for usage-data.mjs (plain JavaScript so that node runs it directly).
import type { WriteStream } from "node:fs";

export declare const CLAUDE_CODE_VERSION: string;
export declare const MANAGED_SETTINGS_PATH: string;
export declare const ROLE_MAPPINGS_PATH: string;
export declare const POLICY_VERSION: string;

export type Role = "engineering-admins" | "security-reviewers" | "developers" | "contractors";

/** Models per role, as in examples/policy-repo/role-mappings.json. */
export declare const ROLE_MODELS: Readonly<Record<Role, readonly string[]>>;
/** Models some sessions use although the policy does not allow them. */
export declare const OFF_POLICY_MODELS: readonly string[];

/** mulberry32 PRNG: uniform floats in [0, 1). */
export declare function mulberry32(seed: number): () => number;
/** Mix integers into one 32-bit seed. */
export declare function hashSeed(...parts: number[]): number;

export interface User {
  readonly index: number;
  /** OS user name (what the seed's `whoami` wrote). */
  readonly login: string;
  /** SSO identity (what Steward's hook writes). */
  readonly email: string;
  readonly name: string;
  readonly team: string;
  readonly role: Role;
}

export declare function buildRoster(count: number): User[];
/** Claude Code's project directory name for a cwd (non-alphanumerics -> `-`). */
export declare function projectDirName(cwd: string): string;

export interface Call {
  readonly tool: string;
  readonly toolInput: Record<string, unknown>;
  readonly summary: { command?: string; truncated?: boolean; filePath?: string; domain?: string };
}

export interface Decision {
  readonly decision: "deny" | "ask" | "allow" | "none";
  readonly rule: string | null;
  readonly source: "managed" | "role" | null;
  readonly reason: string | null;
}

/** The decision the example policy gives a call (a simplified re-statement of examples/policy-repo). */
export declare function decide(user: User, call: Call, cwd: string): Decision;

/** Buffered line writer that honours stream backpressure. */
export declare class LineWriter {
  constructor(file: string);
  readonly file: string;
  readonly stream: WriteStream;
  /** Complete lines written so far. */
  lines: number;
  write(text: string): Promise<void> | undefined;
  flush(): Promise<void> | undefined;
  close(): Promise<void>;
}

export interface GenerateOptions {
  out: string;
  users: number;
  days: number;
  /** Records (API calls) per user per day. */
  recordsPerDay: number;
  seed: number;
  transcripts?: boolean;
  audit?: boolean;
  malformed?: boolean;
  /** YYYY-MM of the first day; default 2026-10. */
  month?: string;
  /** Folder holding managed-settings.json and role-mappings.json; default examples/policy-repo. */
  policyDir?: string;
  progress?: (message: string) => void;
}

export interface MalformedLine {
  /** Relative to `out`, `/`-separated. */
  file: string;
  /** 1-based. */
  line: number;
  kind: "invalid-json" | "truncated" | "wrong-types";
  note: string;
}

export interface GenerateSummary {
  records: number;
  files: number;
  malformed: MalformedLine[];
}

export declare function generateUsageData(options: GenerateOptions): Promise<GenerateSummary>;
export declare function parseArgs(argv: readonly string[]): GenerateOptions & { quiet: boolean };
