import { execFileSync } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { createTar, createTarGz, gzipDeterministic } from "../../../shared/build/index.js";

const files = [
  { path: "b/managed-settings.json", content: '{\n  "a": 1\n}\n' },
  { path: "a/CLAUDE.md", content: "# Org\n" },
  { path: "build-manifest.json", content: "{}\n" },
];

describe("deterministic tar.gz", () => {
  it("gives the same bytes for the same files in any order", () => {
    const one = createTarGz(files, "steward-build");
    const two = createTarGz([...files].reverse(), "steward-build");
    expect(Buffer.compare(one, two)).toBe(0);
  });

  it("writes a fixed gzip header: magic, deflate, mtime 0, OS 255", () => {
    const gz = createTarGz(files);
    expect([...gz.subarray(0, 4)]).toEqual([0x1f, 0x8b, 8, 0]);
    expect(gz.readUInt32LE(4)).toBe(0);
    expect(gz[9]).toBe(255);
    expect(Buffer.compare(gunzipSync(gz), createTar(files))).toBe(0);
    expect(gzipDeterministic(Buffer.from("x"))[9]).toBe(255);
  });

  it("has sorted ustar entries with mode 0644, uid/gid 0, mtime 0, and system tar reads it", async () => {
    const tar = createTar(files, "root");
    const names: string[] = [];
    for (let off = 0; off + 512 <= tar.length; ) {
      const h = tar.subarray(off, off + 512);
      if (h.every((b) => b === 0)) break;
      const name = h.subarray(0, 100).toString("utf8").replace(/\0.*$/s, "");
      names.push(name);
      expect(h.subarray(257, 262).toString("ascii")).toBe("ustar");
      expect(h.subarray(108, 115).toString("ascii")).toBe("0000000");
      expect(h.subarray(136, 147).toString("ascii")).toBe("00000000000");
      const size = Number.parseInt(h.subarray(124, 135).toString("ascii"), 8);
      expect(h.subarray(100, 107).toString("ascii")).toBe(name.endsWith("/") ? "0000755" : "0000644");
      off += 512 + Math.ceil(size / 512) * 512;
    }
    expect(names).toEqual([...names].sort());
    expect(names).toContain("root/b/managed-settings.json");
    const dir = await mkdtemp(join(tmpdir(), "steward-tar-"));
    try {
      await writeFile(join(dir, "x.tar.gz"), createTarGz(files, "root"));
      const listing = execFileSync("tar", ["-tzvf", join(dir, "x.tar.gz")], { encoding: "utf8" });
      expect(listing).toMatch(/root\/b\/managed-settings\.json/);
      execFileSync("tar", ["-xzf", join(dir, "x.tar.gz"), "-C", dir]);
      expect(await readFile(join(dir, "root/b/managed-settings.json"), "utf8")).toBe('{\n  "a": 1\n}\n');
      expect(await readFile(join(dir, "root/a/CLAUDE.md"), "utf8")).toBe("# Org\n");
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("uses the ustar prefix for long paths and refuses what cannot fit", () => {
    const long = `${"d".repeat(90)}/${"f".repeat(60)}.json`;
    const tar = createTar([{ path: long, content: "x" }]);
    expect(tar.length).toBeGreaterThan(0);
    expect(() => createTar([{ path: "x".repeat(120), content: "" }])).toThrow(/too long/);
  });
});
