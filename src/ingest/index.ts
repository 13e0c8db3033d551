/** The ingest layer: report files and command-line inputs → text, or a clear error. */
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
  type Converted,
  DEFAULT_MAX_BYTES,
  DOCUMENT_EXTENSIONS,
  type DocumentFormat,
  REPORT_EXTENSIONS,
  type ReadErrorCode,
  type ReadResult,
  readReport,
  TEXT_EXTENSIONS,
} from "./read.js";
export { cellAt, cellRef, type SourceCell, type SourceMap } from "./source-map.js";
// The readers of .docx, .pdf, .xlsx and .html are imported from their own modules
// (./docx.js, ./pdf.js, ./xlsx.js, ./html.js): they load heavy libraries.
