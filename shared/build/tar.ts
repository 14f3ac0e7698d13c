/**
 * A deterministic tar.gz: ustar entries sorted by path, mode 0644 (dirs
 * 0755), uid/gid 0, empty owner names, mtime 0; gzip with mtime 0 and the OS
 * byte fixed to 255 ("unknown") so the bytes do not depend on the platform
 * that packed them. Same files in, same bytes out.
 */
import { gzipSync } from "node:zlib";

export interface TarFile {
  /** `/`-separated relative path. */
  readonly path: string;
  readonly content: string | Uint8Array;
}

const BLOCK = 512;

function octal(value: number, width: number): string {
  return `${value.toString(8).padStart(width - 1, "0")}\0`;
}

function header(name: string, size: number, type: "0" | "5"): Buffer {
  const h = Buffer.alloc(BLOCK, 0);
  let prefix = "";
  let base = name;
  if (Buffer.byteLength(name) > 100) {
    const cut = name.lastIndexOf("/", 155);
    if (cut <= 0 || Buffer.byteLength(name.slice(cut + 1)) > 100)
      throw new Error(`tar: path too long: ${name}`);
    prefix = name.slice(0, cut);
    base = name.slice(cut + 1);
  }
  h.write(base, 0, 100, "utf8");
  h.write(octal(type === "5" ? 0o755 : 0o644, 8), 100, 8, "ascii");
  h.write(octal(0, 8), 108, 8, "ascii");
  h.write(octal(0, 8), 116, 8, "ascii");
  h.write(octal(size, 12), 124, 12, "ascii");
  h.write(octal(0, 12), 136, 12, "ascii");
  h.write("        ", 148, 8, "ascii");
  h.write(type, 156, 1, "ascii");
  h.write("ustar\0", 257, 6, "ascii");
  h.write("00", 263, 2, "ascii");
  h.write(prefix, 345, 155, "utf8");
  let sum = 0;
  for (const byte of h) sum += byte;
  h.write(`${sum.toString(8).padStart(6, "0")}\0 `, 148, 8, "ascii");
  return h;
}

/** An uncompressed ustar archive of `files` (directories added), sorted. */
export function createTar(files: readonly TarFile[], root = ""): Buffer {
  const prefix = root ? `${root.replace(/\/+$/, "")}/` : "";
  const dirs = new Set<string>();
  if (prefix) dirs.add(prefix);
  for (const f of files) {
    const parts = `${prefix}${f.path}`.split("/");
    for (let i = 1; i < parts.length; i++) dirs.add(`${parts.slice(0, i).join("/")}/`);
  }
  const entries: { name: string; data?: Buffer }[] = [
    ...[...dirs].map((name) => ({ name })),
    ...files.map((f) => ({
      name: `${prefix}${f.path}`,
      data: typeof f.content === "string" ? Buffer.from(f.content, "utf8") : Buffer.from(f.content),
    })),
  ].sort((a, z) => (a.name < z.name ? -1 : a.name > z.name ? 1 : 0));
  const chunks: Buffer[] = [];
  for (const e of entries) {
    if (!e.data) {
      chunks.push(header(e.name, 0, "5"));
      continue;
    }
    chunks.push(header(e.name, e.data.length, "0"), e.data);
    const pad = (BLOCK - (e.data.length % BLOCK)) % BLOCK;
    if (pad) chunks.push(Buffer.alloc(pad, 0));
  }
  chunks.push(Buffer.alloc(BLOCK * 2, 0));
  return Buffer.concat(chunks);
}

/** gzip with a fixed header: mtime 0 (node's default), OS byte 255. */
export function gzipDeterministic(data: Uint8Array): Buffer {
  const out = gzipSync(data, { level: 9 });
  out.writeUInt32LE(0, 4);
  out[9] = 255;
  return out;
}

export function createTarGz(files: readonly TarFile[], root = ""): Buffer {
  return gzipDeterministic(createTar(files, root));
}
