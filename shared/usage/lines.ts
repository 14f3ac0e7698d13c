/**
 * Streaming line reader for .gz and other byte streams: chunks (1 MiB) are
 * decoded with a StringDecoder and split on "\n" into batches, so no more than
 * one chunk plus one line is held in memory and a 1 GB transcript cannot hit
 * V8's string limit; a line longer than `maxLineBytes` is reported (not
 * returned) and skipped. Plain files are split on bytes by the readers
 * (readers.ts), which use `openFile` from here.
 */
import { closeSync, createReadStream, openSync, readSync } from "node:fs";
import type { Readable } from "node:stream";
import { StringDecoder } from "node:string_decoder";
import { createGunzip } from "node:zlib";
import { ConfigurationError } from "../errors.js";

export interface Line {
  /** 1-based line number. */
  readonly number: number;
  readonly text: string;
}

export interface LineReaderOptions {
  /** Lines longer than this (UTF-16 code units) come back as `{tooLong: true}` with an empty text. Default 64 Mi. */
  readonly maxLineBytes?: number;
}

export type LineItem = Line & { readonly tooLong?: boolean };

/** Consecutive lines: `lines[i]` is line `first + i`; `null` marks a line longer than the limit. */
export interface LineBatch {
  readonly first: number;
  readonly lines: (string | null)[];
}

/**
 * Splits a byte stream into batches of lines (one batch per chunk; "\n" or
 * "\r\n"; a final line without newline is returned too). Chunks are decoded
 * with a StringDecoder, so a multi-byte character split across chunks is kept
 * whole. Batching keeps the per-line cost to an indexOf and a slice.
 */
export async function* splitLineBatches(
  stream: AsyncIterable<Buffer | string>,
  options: LineReaderOptions = {},
): AsyncGenerator<LineBatch> {
  const max = options.maxLineBytes ?? 64 * 1024 * 1024;
  const decoder = new StringDecoder("utf8");
  let carry = "";
  let skipping = false;
  let next = 1;
  const strip = (s: string) => (s.charCodeAt(s.length - 1) === 13 ? s.slice(0, -1) : s);
  for await (const raw of stream) {
    const text = typeof raw === "string" ? raw : decoder.write(raw);
    const lines: (string | null)[] = [];
    const first = next;
    let start = 0;
    for (;;) {
      const nl = text.indexOf("\n", start);
      if (nl === -1) break;
      if (skipping) {
        skipping = false;
        lines.push(null);
      } else if (carry.length > 0) {
        lines.push(carry.length + (nl - start) > max ? null : strip(carry + text.slice(start, nl)));
        carry = "";
      } else {
        lines.push(nl - start > max ? null : strip(text.slice(start, nl)));
      }
      start = nl + 1;
    }
    next += lines.length;
    if (start < text.length && !skipping) {
      carry += text.slice(start);
      if (carry.length > max) {
        skipping = true;
        carry = "";
      }
    }
    if (lines.length > 0) yield { first, lines };
  }
  const rest = decoder.end();
  if (rest) carry += rest;
  if (skipping) yield { first: next, lines: [null] };
  else if (carry.length > 0) yield { first: next, lines: [strip(carry)] };
}

/** Line by line (see {@link splitLineBatches}). */
export async function* splitLines(
  stream: AsyncIterable<Buffer | string>,
  options: LineReaderOptions = {},
): AsyncGenerator<LineItem> {
  for await (const batch of splitLineBatches(stream, options)) {
    for (let i = 0; i < batch.lines.length; i++) {
      const text = batch.lines[i];
      yield text === null || text === undefined
        ? { number: batch.first + i, text: "", tooLong: true }
        : { number: batch.first + i, text };
    }
  }
}

function unreadable(path: string, error: unknown): ConfigurationError {
  const code = (error as NodeJS.ErrnoException).code;
  const why =
    code === "ENOENT"
      ? "does not exist"
      : code === "EACCES" || code === "EPERM"
        ? "is not readable (permission denied)"
        : code === "EISDIR"
          ? "is a directory"
          : code === "Z_DATA_ERROR" || code === "Z_BUF_ERROR"
            ? "is not valid gzip data"
            : `could not be read (${code ?? (error as Error).message})`;
  return new ConfigurationError(`Usage source ${path} ${why}.`, { file: path, cause: error });
}

const CHUNK = 1 << 20;
/** A read buffer no open file is using (see {@link openFile}). */
let spare: Buffer | undefined;

/**
 * The chunks of a plain (not gzipped) file, read synchronously into one buffer
 * (see {@link openFile}): a sync generator, so a reader of thousands of small
 * files pays no promise per chunk. Each chunk is valid until the next is asked for.
 */
export function* readChunks(path: string, buffer?: Buffer): Generator<Buffer, void, undefined> {
  let fd: number;
  try {
    fd = openSync(path, "r");
  } catch (error) {
    throw unreadable(path, error);
  }
  // One buffer serves file after file (thousands of small daily files would
  // otherwise each allocate a fresh MiB for the garbage collector).
  const own = buffer === undefined;
  const buf = buffer ?? spare ?? Buffer.allocUnsafe(CHUNK);
  if (own) spare = undefined;
  const size = Math.min(buf.length, CHUNK);
  try {
    for (;;) {
      let n: number;
      try {
        n = readSync(fd, buf, 0, size, null);
      } catch (error) {
        throw unreadable(path, error);
      }
      if (n === 0) return;
      yield buf.subarray(0, n);
    }
  } finally {
    closeSync(fd);
    if (own) spare = buf;
  }
}

/**
 * Opens a file as a stream of byte chunks (1 MiB), gunzipping `.gz`. Plain
 * files are read with positional synchronous reads into one reused buffer:
 * for thousands of small daily files this avoids a thread-pool round trip per
 * open/read/close, and the consumer decodes each chunk before asking for the
 * next, so reusing the buffer is safe; it is handed back for the next file when
 * this one is closed. `buffer` (at least 64 KiB) is read into instead, for a
 * consumer that wants the bytes in a place of its own (the seed lane's
 * scanner memory). Errors surface as a ConfigurationError naming the file.
 */
export function openFile(path: string, buffer?: Buffer): AsyncIterable<Buffer> {
  if (!path.endsWith(".gz")) {
    return {
      async *[Symbol.asyncIterator]() {
        yield* readChunks(path, buffer);
      },
    };
  }
  const file = createReadStream(path, { highWaterMark: CHUNK });
  const stream: Readable = file.pipe(createGunzip());
  file.on("error", (e) => stream.destroy(e));
  return {
    async *[Symbol.asyncIterator]() {
      try {
        for await (const chunk of stream) yield chunk as Buffer;
      } catch (error) {
        throw unreadable(path, error);
      }
    },
  };
}

/** Lines of a file, streamed. */
export function readLines(path: string, options: LineReaderOptions = {}): AsyncGenerator<LineItem> {
  return splitLines(openFile(path), options);
}

/** Lines of a file, streamed in batches (one per chunk read). */
export function readLineBatches(path: string, options: LineReaderOptions = {}): AsyncGenerator<LineBatch> {
  return splitLineBatches(openFile(path), options);
}
