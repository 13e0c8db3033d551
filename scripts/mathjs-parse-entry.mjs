// Bundled by `npm run build` (esbuild) into dist/checks/mathjs-parse.cjs: only mathjs's parser and
// what it needs, so a one-report run does not pay for importing all of mathjs (issue 6).
import { create, parseDependencies } from "mathjs";

export const parse = create({ parseDependencies }).parse;
