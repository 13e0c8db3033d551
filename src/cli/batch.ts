/**
 * Batches: many files over all cores with worker threads, in input order, with progress. A file
 * that cannot be read is a report with its reason; the batch goes on.
 */
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { Config } from "../config.js";
import type { FileReport } from "../report/index.js";
import { auditFile, type Lang, transferable } from "./audit-file.js";

export interface BatchOptions {
  lang: Lang;
  config: Config | null;
  configSource: { source: string; path: string } | null;
  /** Worker threads to use; 1 audits in this thread. Default: the cores available. */
  jobs?: number;
  /** Refuse files larger than this (bytes). */
  maxBytes?: number;
  onProgress?: (done: number, total: number, path: string) => void;
}

/** Below this many files a pool costs more than it saves. */
const POOL_THRESHOLD = 8;

export async function auditBatch(paths: readonly string[], opts: BatchOptions): Promise<FileReport[]> {
  const jobs = Math.max(1, Math.min(opts.jobs ?? availableParallelism(), paths.length));
  if (jobs === 1 || paths.length < POOL_THRESHOLD) {
    const out: FileReport[] = [];
    for (const [i, p] of paths.entries()) {
      out.push(transferable(await auditFile(p, opts.config, opts.lang, undefined, opts.maxBytes)));
      opts.onProgress?.(i + 1, paths.length, p);
    }
    return out;
  }
  const results: FileReport[] = new Array(paths.length);
  let next = 0;
  let done = 0;
  const workerUrl = new URL("./worker.js", import.meta.url);
  if (!existsSync(fileURLToPath(workerUrl))) {
    // Running from the TypeScript sources (tests): there is no compiled worker; stay in-process.
    return auditBatch(paths, { ...opts, jobs: 1 });
  }
  await Promise.all(
    Array.from(
      { length: jobs },
      () =>
        new Promise<void>((resolve, reject) => {
          const w = new Worker(workerUrl, {
            workerData: { lang: opts.lang, config: opts.configSource, maxBytes: opts.maxBytes },
          });
          const feed = () => {
            if (next >= paths.length) {
              void w.terminate().then(() => resolve());
              return;
            }
            const id = next++;
            w.postMessage({ id, path: paths[id] });
          };
          w.on("message", (m: { id: number; report: FileReport }) => {
            results[m.id] = m.report;
            done++;
            opts.onProgress?.(done, paths.length, paths[m.id]!);
            feed();
          });
          w.on("error", reject);
          feed();
        }),
    ),
  );
  return results;
}

/** A one-line progress bar for a terminal: `[██████░░░░] 37/100 path`. */
export function progressLine(done: number, total: number, path: string, width = 24): string {
  const filled = total ? Math.round((done / total) * width) : width;
  const name = path.length > 50 ? "…" + path.slice(-49) : path;
  return `\r[${"█".repeat(filled)}${"░".repeat(width - filled)}] ${done}/${total} ${name}\u001b[K`;
}
