/**
 * Streaming line reader: a chunked byte splitter over a file (gunzipped when
 * it ends in `.gz`). Never holds more than one chunk plus one line in memory,
 * so a 1 GB transcript cannot hit V8's string limit; a line longer than
 * `maxLineBytes` is reported (not returned) and skipped.
 */
import { createReadStream } from "node:fs";
import type { Readable } from "node:stream";
import { createGunzip } from "node:zlib";
import { ConfigurationError } from "../errors.js";

export interface Line {
  /** 1-based line number. */
  readonly number: number;
  readonly text: string;
}

export interface LineReaderOptions {
  /** Lines longer than this (bytes) come back as `{tooLong: true}` with an empty text. Default 64 MiB. */
  readonly maxLineBytes?: number;
}

export type LineItem = Line & { readonly tooLong?: boolean };

const NL = 0x0a;

/** Splits a byte stream into lines ("\n" or "\r\n"; a final line without newline is returned too). */
export async function* splitLines(
  stream: AsyncIterable<Buffer | string>,
  options: LineReaderOptions = {},
): AsyncGenerator<LineItem> {
  const max = options.maxLineBytes ?? 64 * 1024 * 1024;
  let carry: Buffer[] = [];
  let carryLen = 0;
  let skipping = false;
  let lineNo = 0;
  const text = (buf: Buffer, start: number, end: number): string => {
    if (end > start && buf[end - 1] === 0x0d) end--;
    return buf.toString("utf8", start, end);
  };
  for await (const raw of stream) {
    const chunk = typeof raw === "string" ? Buffer.from(raw) : raw;
    let start = 0;
    for (;;) {
      const nl = chunk.indexOf(NL, start);
      if (nl === -1) break;
      lineNo++;
      if (skipping) {
        skipping = false;
        yield { number: lineNo, text: "", tooLong: true };
      } else if (carryLen > 0) {
        if (carryLen + (nl - start) > max) {
          yield { number: lineNo, text: "", tooLong: true };
        } else {
          carry.push(chunk.subarray(start, nl));
          const joined = Buffer.concat(carry);
          yield { number: lineNo, text: text(joined, 0, joined.length) };
        }
        carry = [];
        carryLen = 0;
      } else if (nl - start > max) {
        yield { number: lineNo, text: "", tooLong: true };
      } else {
        yield { number: lineNo, text: text(chunk, start, nl) };
      }
      start = nl + 1;
    }
    if (start < chunk.length && !skipping) {
      const rest = chunk.subarray(start);
      carryLen += rest.length;
      if (carryLen > max) {
        skipping = true;
        carry = [];
        carryLen = 0;
      } else {
        carry.push(Buffer.from(rest)); // copy: the stream may reuse its buffer
      }
    }
  }
  if (skipping) {
    yield { number: ++lineNo, text: "", tooLong: true };
  } else if (carryLen > 0) {
    const joined = Buffer.concat(carry);
    yield { number: ++lineNo, text: text(joined, 0, joined.length) };
  }
}

/** Opens a file as a byte stream, gunzipping `.gz`. Errors surface as ConfigurationError naming the file. */
export function openFile(path: string): AsyncIterable<Buffer> {
  const file = createReadStream(path, { highWaterMark: 1 << 20 });
  const stream: Readable = path.endsWith(".gz") ? file.pipe(createGunzip()) : file;
  if (stream !== file) file.on("error", (e) => stream.destroy(e));
  return {
    async *[Symbol.asyncIterator]() {
      try {
        for await (const chunk of stream) yield chunk as Buffer;
      } catch (error) {
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
        throw new ConfigurationError(`Usage source ${path} ${why}.`, { file: path, cause: error });
      }
    },
  };
}

/** Lines of a file, streamed. */
export function readLines(path: string, options: LineReaderOptions = {}): AsyncGenerator<LineItem> {
  return splitLines(openFile(path), options);
}
