import { describe, expect, it } from "vitest";
import { allowForm, denyForms, fileAccesses } from "../../../shared/permissions/bash.js";
import { splitCommand } from "../../../shared/permissions/shell.js";

const texts = (command: string) => splitCommand(command).commands.map((c) => c.text);

describe("splitCommand", () => {
  it("splits on every separator", () => {
    expect(texts("a && b || c ; d | e |& f & g\nh")).toEqual(["a", "b", "c", "d", "e", "f", "g", "h"]);
  });
  it("keeps quoted separators inside words", () => {
    expect(texts(`echo 'a && b' "c; d" e\\;f`)).toEqual([`echo 'a && b' "c; d" e\\;f`]);
  });
  it("reads subshells, groups, command and process substitution", () => {
    expect(texts("(cd x && make)")).toEqual(["cd x", "make"]);
    expect(texts("{ cat f; }")).toEqual(["cat f"]);
    expect(texts("echo $(date) `id`")).toEqual(["date", "id", "echo $(date) `id`"]);
    expect(texts('echo "$(cat f)"')).toEqual(["cat f", 'echo "$(cat f)"']);
    expect(texts("diff <(ls a) >(tee b)")).toEqual(["ls a", "tee b", "diff <(ls a) >(tee b)"]);
    expect(texts("echo $((1 + 2))")).toEqual(["echo $((1 + 2))"]);
  });
  it("drops comments and here-document bodies", () => {
    expect(texts("ls # rm -rf /")).toEqual(["ls"]);
    expect(texts("cat <<EOF\nrm -rf /\nEOF\necho done")).toEqual(["cat", "echo done"]);
  });
  it("records redirects with their kind", () => {
    const [cmd] = splitCommand("sort < in.txt > out.txt 2>&1 2>>err.log").commands;
    expect(cmd?.text).toBe("sort");
    expect(cmd?.redirects.map((r) => [r.op, r.kind, r.target?.value])).toEqual([
      ["<", "read", "in.txt"],
      [">", "write", "out.txt"],
      [">&", "write", undefined],
      [">>", "write", "err.log"],
    ]);
  });
  it("marks open quotes and stray brackets unparseable", () => {
    expect(splitCommand('echo "x').parseable).toBe(false);
    expect(splitCommand("echo )").parseable).toBe(false);
    expect(splitCommand("(echo").parseable).toBe(false);
    expect(splitCommand("echo ok").parseable).toBe(true);
  });
});

describe("wrappers and file accesses", () => {
  const one = (command: string) =>
    splitCommand(command).commands[0] as NonNullable<ReturnType<typeof splitCommand>["commands"][0]>;
  it("strips the safe wrappers for allow rules", () => {
    expect(allowForm(one("timeout -k 5 60 nice -n 3 npm test")).text).toBe("npm test");
    expect(allowForm(one("NODE_ENV=ci npm test")).text).toBe("npm test");
    expect(allowForm(one("EVIL=1 npm test")).text).toBe("EVIL=1 npm test");
    expect(allowForm(one("xargs -0 rm")).text).toBe("xargs -0 rm");
    expect(allowForm(one("command -v rm")).text).toBe("command -v rm");
  });
  it("sees through env, sudo and any assignment for deny rules", () => {
    expect(denyForms(one("sudo -u root env A=1 /bin/rm -rf x")).map((f) => f.text)).toEqual([
      "sudo -u root env A=1 /bin/rm -rf x",
      "env A=1 /bin/rm -rf x",
      "/bin/rm -rf x",
      "rm -rf x",
    ]);
  });
  it("finds the files recognised commands read and write", () => {
    const acc = (command: string) => {
      const c = one(command);
      return fileAccesses(denyForms(c).at(-1) ?? allowForm(c), c.redirects).map(
        (a) => `${a.access}:${a.path}`,
      );
    };
    expect(acc("cat a b")).toEqual(["read:a", "read:b"]);
    expect(acc("grep -e KEY -r .env src")).toEqual(["read:.env", "read:src"]);
    expect(acc("grep KEY .env")).toEqual(["read:.env"]);
    expect(acc("head -n 5 f")).toEqual(["read:f"]);
    expect(acc("sed -i s/a/b/ f")).toEqual(["write:f"]);
    expect(acc("cp a b")).toEqual(["read:a", "write:b"]);
    expect(acc("rm -rf -- -x")).toEqual(["write:-x"]);
    expect(acc("echo x > out 2>/dev/null")).toEqual(["write:out"]);
    expect(acc("cat $HOME/.netrc")).toEqual(["read:~/.netrc"]);
    expect(acc("python3 x.py .env")).toEqual([]);
  });
});
