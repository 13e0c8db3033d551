/** A batch worker: audits the files it is sent and posts back their reports. Shares nothing mutable. */
import { parentPort, workerData } from "node:worker_threads";
import { type Config, loadConfig } from "../config.js";
import { auditFile, type Lang, transferable } from "./audit-file.js";

interface Data {
  lang: Lang;
  config: { source: string; path: string } | null;
  maxBytes?: number;
}

const data = workerData as Data;
let config: Config | null = null;
if (data.config) {
  const loaded = loadConfig(data.config.source, data.config.path, data.lang);
  if (loaded.ok) config = loaded.config;
}

parentPort?.on("message", async (msg: { id: number; path: string }) => {
  const report = await auditFile(msg.path, config, data.lang, undefined, data.maxBytes);
  parentPort?.postMessage({ id: msg.id, report: transferable(report) });
});
