// Every test starts from the same environment and cannot reach the network:
// outbound connections to anything but loopback fail (ARCHITECTURE.md rule 5).
import net from "node:net";
import { afterEach, beforeEach } from "vitest";

const originalEnv = { ...process.env };
const originalConnect = net.Socket.prototype.connect;

function isLoopback(host: unknown): boolean {
  if (host === undefined || host === null) return true; // unix sockets and defaults
  const h = String(host);
  return h === "localhost" || h === "::1" || h.startsWith("127.") || h === "" || h.startsWith("/");
}

// biome-ignore lint/suspicious/noExplicitAny: patched with the original's own signature
(net.Socket.prototype as any).connect = function patched(this: net.Socket, ...args: any[]) {
  const first = args[0];
  const host = typeof first === "object" && first !== null ? (first.host ?? first.path) : args[1];
  if (!isLoopback(host)) {
    throw new Error(`test tried to reach ${String(host)}: tests may only talk to 127.0.0.1`);
  }
  // biome-ignore lint/suspicious/noExplicitAny: forwarding
  return (originalConnect as any).apply(this, args);
};

beforeEach(() => {
  process.exitCode = undefined;
});

afterEach(() => {
  for (const key of Object.keys(process.env)) if (!(key in originalEnv)) delete process.env[key];
  Object.assign(process.env, originalEnv);
  process.exitCode = undefined;
});
