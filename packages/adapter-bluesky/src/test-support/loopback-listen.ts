import net from "node:net";

/** The only address the local test network listens on. */
export const LOOPBACK = "127.0.0.1";

/**
 * Runs `start` while every `server.listen(port)` that names no host listens
 * on 127.0.0.1 only, then puts `net.Server.prototype.listen` back (also when
 * `start` fails).
 *
 * Why: the PDS, AppView, dataplane, bsync, Ozone and PLC of `@atproto/dev-env`
 * all call `app.listen(port)` without a host, which listens on every
 * interface, and dev-env has no option for it. A test network must not be
 * reachable from outside the machine.
 */
export async function withLoopbackListen<T>(start: () => Promise<T>): Promise<T> {
  const original = net.Server.prototype.listen;
  const patched = function (this: net.Server, ...args: unknown[]) {
    const first = args[0];
    const portOnly = typeof first === "number" || (typeof first === "string" && /^\d+$/.test(first));
    if (portOnly && typeof args[1] !== "string") {
      args.splice(1, 0, LOOPBACK);
    } else if (first !== null && typeof first === "object" && !("fd" in first) && !("path" in first) && !("_handle" in first) && (first as net.ListenOptions).host === undefined) {
      args[0] = { ...(first as net.ListenOptions), host: LOOPBACK };
    }
    return (original as (...a: unknown[]) => net.Server).apply(this, args);
  };
  net.Server.prototype.listen = patched as typeof original;
  try {
    return await start();
  } finally {
    net.Server.prototype.listen = original;
  }
}

/** A free TCP port on 127.0.0.1 (free when asked; another process may take it later). */
export function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, LOOPBACK, () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
