/**
 * `auditIsolated(texts, deadlineMs)`: audits each text in a child process, one after the other,
 * and gives up on a text that takes longer than the deadline: that child is killed and a standby
 * child, started (and warmed up) beforehand, goes on with the next text. Resolves with one result
 * per text.
 */
import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

export type IsolatedResult =
  | { readonly timedOut: false; readonly ok: true; readonly ms: number; readonly problems: string[] }
  | { readonly timedOut: false; readonly ok: false; readonly error: string }
  | { readonly timedOut: true };

const CHILD = fileURLToPath(new URL("./audit-child.ts", import.meta.url));
const ROOT = fileURLToPath(new URL("../../../", import.meta.url));

type Message = { ready?: true; start?: true; i?: number } & Record<string, unknown>;

interface Child {
  readonly p: ChildProcessWithoutNullStreams;
  onMessage: (m: Message) => void;
  onExit: () => void;
}

function startChild(): Child {
  const p = spawn(process.execPath, ["--import", "tsx", CHILD], { cwd: ROOT });
  const c: Child = { p, onMessage: () => {}, onExit: () => {} };
  let buffered = "";
  p.stdout.setEncoding("utf8");
  p.stdout.on("data", (chunk: string) => {
    buffered += chunk;
    for (let nl = buffered.indexOf("\n"); nl >= 0; nl = buffered.indexOf("\n")) {
      const line = buffered.slice(0, nl);
      buffered = buffered.slice(nl + 1);
      c.onMessage(JSON.parse(line) as Message);
    }
  });
  p.stderr.resume();
  p.on("exit", () => c.onExit());
  return c;
}

/** Runs texts[first…] in `c`; resolves with the index to go on from (texts.length when done). */
function runIn(c: Child, texts: readonly string[], first: number, deadlineMs: number, out: IsolatedResult[]) {
  return new Promise<number>((resolve) => {
    let timer: NodeJS.Timeout | undefined;
    let settled = false;
    const finish = (next: number) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(next);
    };
    c.onMessage = (m) => {
      if (m.ready || m.i === undefined) return;
      const i = m.i;
      if (m.start) {
        timer = setTimeout(() => {
          out[i] = { timedOut: true };
          c.p.kill("SIGKILL");
          finish(i + 1);
        }, deadlineMs);
        return;
      }
      clearTimeout(timer);
      const { i: _i, ...rest } = m;
      out[i] = { timedOut: false, ...rest } as IsolatedResult;
      if (i === texts.length - 1) finish(texts.length);
    };
    c.onExit = () => finish(texts.length);
    c.p.stdin.end(JSON.stringify({ texts, first }), "utf8");
  });
}

export async function auditIsolated(texts: readonly string[], deadlineMs: number): Promise<IsolatedResult[]> {
  const out: IsolatedResult[] = [];
  let active = startChild();
  let standby = startChild();
  try {
    for (let first = 0; first < texts.length; ) {
      first = await runIn(active, texts, first, deadlineMs, out);
      if (first < texts.length) {
        active = standby;
        standby = startChild();
      }
    }
  } finally {
    active.p.kill("SIGKILL");
    standby.p.kill("SIGKILL");
  }
  return out;
}
