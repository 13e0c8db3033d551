/** The ingest layer: report files and command-line inputs → decoded text, or a clear error. */
export {
  type Decoded,
  type DecodeErrorCode,
  decode,
  type Encoding,
  INGEST_MESSAGES,
  type IngestErrorCode,
  type IngestMessage,
  invalidGb18030Offset,
  invalidUtf8Offset,
  type KnownFormat,
  sniffFormat,
} from "./decode.js";
export { type Expanded, expandInputs } from "./paths.js";
export {
  DEFAULT_MAX_BYTES,
  type ReadErrorCode,
  type ReadResult,
  readReport,
  TEXT_EXTENSIONS,
} from "./read.js";
