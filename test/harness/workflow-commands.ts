/**
 * Parsers for what an action writes back to the runner: workflow commands on
 * stdout (`::error file=a,line=1::msg`) and file commands (GITHUB_OUTPUT,
 * GITHUB_ENV, GITHUB_STATE: `name<<delimiter` heredocs or `name=value` lines).
 */

export interface WorkflowCommand {
  readonly command: string;
  readonly properties: Readonly<Record<string, string>>;
  readonly message: string;
}

export interface Annotation {
  readonly level: "error" | "warning" | "notice";
  readonly message: string;
  readonly file?: string;
  readonly line?: number;
  readonly endLine?: number;
  readonly col?: number;
  readonly endColumn?: number;
  readonly title?: string;
}

const unescapeData = (s: string) => s.replace(/%0D/g, "\r").replace(/%0A/g, "\n").replace(/%25/g, "%");
const unescapeProperty = (s: string) => unescapeData(s).replace(/%3A/g, ":").replace(/%2C/g, ",");

/** Every `::command props::message` line of `stdout`, in order. */
export function parseWorkflowCommands(stdout: string): WorkflowCommand[] {
  const out: WorkflowCommand[] = [];
  for (const raw of stdout.split(/\r?\n/)) {
    const m = /^::([A-Za-z-]+)(?: ([^:]*))?::(.*)$/.exec(raw);
    if (!m) continue;
    const properties: Record<string, string> = {};
    for (const pair of (m[2] ?? "").split(",")) {
      const eq = pair.indexOf("=");
      if (eq > 0) properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1));
    }
    out.push({ command: m[1] as string, properties, message: unescapeData(m[3] ?? "") });
  }
  return out;
}

export function toAnnotations(commands: readonly WorkflowCommand[]): Annotation[] {
  const num = (v: string | undefined) => (v === undefined ? undefined : Number(v));
  return commands
    .filter((c) => c.command === "error" || c.command === "warning" || c.command === "notice")
    .map((c) => {
      const p = c.properties;
      const a: Record<string, unknown> = { level: c.command, message: c.message };
      if (p.file !== undefined) a.file = p.file;
      if (p.line !== undefined) a.line = num(p.line);
      if (p.endLine !== undefined) a.endLine = num(p.endLine);
      if (p.col !== undefined) a.col = num(p.col);
      if (p.endColumn !== undefined) a.endColumn = num(p.endColumn);
      if (p.title !== undefined) a.title = p.title;
      return a as unknown as Annotation;
    });
}

/** Parses a file-command file (GITHUB_OUTPUT and friends) into name -> value. */
export function parseFileCommand(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line === "") continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const name = heredoc[1] as string;
      const delimiter = heredoc[2] as string;
      const value: string[] = [];
      i++;
      while (i < lines.length && lines[i] !== delimiter) value.push(lines[i++] as string);
      if (i >= lines.length) throw new Error(`unterminated heredoc for ${name} (delimiter ${delimiter})`);
      out[name] = value.join("\n");
      continue;
    }
    const eq = line.indexOf("=");
    if (eq <= 0) throw new Error(`malformed file command line: ${line}`);
    out[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return out;
}
