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
export { readDocx } from "./docx.js";
export { type GridLine, gridLines, htmlToText } from "./html.js";
export { type Expanded, expandInputs } from "./paths.js";
export {
  joinPages,
  layoutPage,
  type PageLine,
  type PdfBox,
  type PdfOptions,
  type PdfTextItem,
  readPdf,
  type TextLine,
} from "./pdf.js";
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
export { cellAt, cellRef, readXlsx, type SourceCell, type SourceMap } from "./xlsx.js";
