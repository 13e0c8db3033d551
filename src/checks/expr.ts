/**
 * Expressions over figures: our own small AST, an interval evaluator over a whitelist of node
 * kinds, and the conversion from mathjs parse trees (rule formulas and formulas written in
 * reports). A user's string is only ever parsed, never evaluated by mathjs.
 */
import { createRequire } from "node:module";
import type { ExtractedFigure } from "../extract/index.js";
import {
  add,
  D,
  type Decimal,
  div,
  type Interval,
  iabs,
  imax,
  imin,
  mul,
  neg,
  point,
  sub,
  written,
} from "./decimal.js";

export type BinOp = "+" | "-" | "*" | "/";

export type Expr =
  | { readonly t: "fig"; readonly fig: ExtractedFigure; readonly role: string; readonly exact?: boolean }
  | { readonly t: "const"; readonly v: Decimal }
  | { readonly t: "bin"; readonly op: BinOp; readonly a: Expr; readonly b: Expr }
  | { readonly t: "neg"; readonly a: Expr }
  | { readonly t: "paren"; readonly a: Expr }
  | { readonly t: "call"; readonly fn: "min" | "max" | "abs"; readonly args: readonly Expr[] }
  /** A value set by convention when `a` is undefined (0 ÷ 0 is written 100 % for 控制率). */
  | { readonly t: "conv"; readonly v: Decimal; readonly a: Expr };

/** How figures enter an evaluation. */
export interface EvalEnv {
  /** "exact": each figure is its written value; "interval": ± half a unit of its last digit. */
  readonly mode: "exact" | "interval";
  /** Figures to replace by another written value (typo hints): id → digits. */
  readonly override?: ReadonlyMap<number, string>;
}

/** The interval a figure stands for, in its base unit (元, a fraction for %, 1 for counts). */
export function figureInterval(fig: ExtractedFigure, env: EvalEnv): Interval {
  const digits = env.override?.get(fig.id);
  const value = digits === undefined ? fig.value : new D(digits);
  const decimals = digits === undefined ? fig.decimals : decimalsOf(digits);
  // An amount exact because it is a bare 0 (figures.ts) is no longer exact once read as another value.
  const exact = fig.exact && (digits === undefined || fig.kind === "count" || !fig.value.isZero());
  const iv = env.mode === "exact" || exact ? point(value) : written(value, exact ? -1 : decimals);
  return fig.scale.eq(1) ? iv : { lo: iv.lo.times(fig.scale), hi: iv.hi.times(fig.scale) };
}

export function decimalsOf(digits: string): number {
  const dot = digits.indexOf(".");
  return dot < 0 ? 0 : digits.length - dot - 1;
}

/** Interval value of an expression; null when a division by an interval containing zero occurs. */
export function evaluate(e: Expr, env: EvalEnv): Interval | null {
  switch (e.t) {
    case "fig":
      return figureInterval(e.fig, e.exact ? { ...env, mode: "exact" } : env);
    case "const":
      return point(e.v);
    case "paren":
      return evaluate(e.a, env);
    case "conv":
      return point(e.v);
    case "neg": {
      const a = evaluate(e.a, env);
      return a && neg(a);
    }
    case "bin": {
      const a = evaluate(e.a, env);
      const b = evaluate(e.b, env);
      if (!a || !b) return null;
      if (e.op === "+") return add(a, b);
      if (e.op === "-") return sub(a, b);
      if (e.op === "*") return mul(a, b);
      return div(a, b);
    }
    case "call": {
      const args = e.args.map((x) => evaluate(x, env));
      if (args.some((x) => x === null)) return null;
      const xs = args as Interval[];
      if (e.fn === "abs") return xs.length === 1 ? iabs(xs[0]!) : null;
      if (xs.length === 0) return null;
      return xs.reduce((acc, x) => (e.fn === "min" ? imin(acc, x) : imax(acc, x)));
    }
  }
}

/** Every figure an expression uses, in order of appearance. */
export function figuresOf(e: Expr, out: { fig: ExtractedFigure; role: string }[] = []): typeof out {
  switch (e.t) {
    case "fig":
      out.push({ fig: e.fig, role: e.role });
      break;
    case "bin":
      figuresOf(e.a, out);
      figuresOf(e.b, out);
      break;
    case "neg":
    case "paren":
    case "conv":
      figuresOf(e.a, out);
      break;
    case "call":
      for (const a of e.args) figuresOf(a, out);
      break;
    case "const":
      break;
  }
  return out;
}

const OP_TEXT: Record<BinOp, string> = { "+": " + ", "-": " − ", "*": " × ", "/": " ÷ " };

/** The expression with the figures as written: `14516.58 ÷ 14631.38`. */
export function render(e: Expr): string {
  switch (e.t) {
    case "fig":
      return e.fig.unit === "%" || e.fig.unit === "‰" ? e.fig.digits + e.fig.unit : e.fig.digits;
    case "const":
      return e.v.toFixed();
    case "paren":
      return "(" + render(e.a) + ")";
    case "conv":
      return render(e.a) + " → " + e.v.times(100).toFixed() + "%";
    case "neg":
      return "−" + render(e.a);
    case "bin":
      return render(e.a) + OP_TEXT[e.op] + render(e.b);
    case "call":
      return e.fn + "(" + e.args.map(render).join(", ") + ")";
  }
}

export const fig = (f: ExtractedFigure, role: string): Expr => ({ t: "fig", fig: f, role });
export const bin = (op: BinOp, a: Expr, b: Expr): Expr => ({ t: "bin", op, a, b });
export const paren = (a: Expr): Expr =>
  a.t === "fig" || a.t === "const" || a.t === "paren" ? a : { t: "paren", a };
export const sum = (xs: readonly Expr[]): Expr => xs.reduce((acc, x) => bin("+", acc, x));

// ---------------------------------------------------------------------------------------------
// mathjs: parsing only. Loaded on first use (it costs the better part of a second to import).

export interface MathNode {
  type: string;
  name?: string;
  fn?: string | { name: string };
  op?: string;
  args?: MathNode[];
  content?: MathNode;
  value?: unknown;
}

let mathParse: ((s: string) => MathNode) | null = null;

function parser(): (s: string) => MathNode {
  if (!mathParse) {
    const require = createRequire(import.meta.url);
    let math: { parse: (s: string) => MathNode };
    try {
      // The build bundles just the parser beside this file (a fraction of mathjs's start-up cost).
      math = require("./mathjs-parse.cjs");
    } catch {
      math = require("mathjs"); // running from the sources
    }
    mathParse = math.parse;
  }
  return mathParse;
}

export type ParseResult = { ok: true; expr: Expr } | { ok: false; reason: string };

/**
 * Parses `source` with mathjs and converts it to our AST over a whitelist of node types:
 * numbers, names, + − × ÷, unary minus, parentheses, min/max/abs. `bind` resolves a name.
 */
const parsed = new Map<string, MathNode | Error>();
let precompiledLoaded = false;

/**
 * The build parses the built-in rules' formulas with mathjs ahead of time (scripts/precompile-
 * formulas.mjs → formulas.json beside this file): a report without a formula of its own then
 * never loads mathjs at all.
 */
function loadPrecompiled(): void {
  precompiledLoaded = true;
  try {
    const require = createRequire(import.meta.url);
    const table = require("./formulas.json") as Record<string, MathNode>;
    for (const [source, node] of Object.entries(table)) parsed.set(source, node);
  } catch {
    // running from the sources: formulas are parsed on demand
  }
}

/** A parse tree as plain data (the shape convert() reads), for the precompiled table. */
export function treeOf(source: string): MathNode {
  const plain = (n: MathNode): MathNode => {
    const fn = typeof n.fn === "string" ? n.fn : n.fn?.name;
    return {
      type: n.type,
      ...(n.name !== undefined ? { name: n.name } : {}),
      ...(fn !== undefined ? { fn } : {}),
      ...(n.op !== undefined ? { op: n.op } : {}),
      ...(n.args ? { args: n.args.map(plain) } : {}),
      ...(n.content ? { content: plain(n.content) } : {}),
      ...(n.value !== undefined ? { value: n.value } : {}),
    };
  };
  return plain(parser()(source));
}

export function parseFormula(source: string, bind: (name: string) => Expr | null): ParseResult {
  if (!precompiledLoaded) loadPrecompiled();
  // Parse trees are immutable once built: parse each distinct formula once.
  let node = parsed.get(source);
  if (node === undefined) {
    try {
      node = parser()(source);
    } catch (err) {
      node = err as Error;
    }
    if (parsed.size > 10_000) parsed.clear();
    parsed.set(source, node);
  }
  if (node instanceof Error) return { ok: false, reason: node.message };
  try {
    return { ok: true, expr: convert(node, bind) };
  } catch (err) {
    return { ok: false, reason: (err as Error).message };
  }
}

function convert(n: MathNode, bind: (name: string) => Expr | null): Expr {
  switch (n.type) {
    case "ConstantNode": {
      const v = n.value;
      if (typeof v !== "number" && typeof v !== "string") throw new Error("only numbers are allowed");
      return { t: "const", v: new D(String(v)) };
    }
    case "SymbolNode": {
      const e = bind(n.name ?? "");
      if (!e) throw new Error(`unknown name '${n.name}'`);
      return e;
    }
    case "ParenthesisNode":
      return paren(convert(n.content!, bind));
    case "OperatorNode": {
      const args = n.args ?? [];
      const fn = typeof n.fn === "string" ? n.fn : n.fn?.name;
      if (fn === "unaryMinus" && args.length === 1) return { t: "neg", a: convert(args[0]!, bind) };
      if (fn === "unaryPlus" && args.length === 1) return convert(args[0]!, bind);
      const ops: Record<string, BinOp> = { add: "+", subtract: "-", multiply: "*", divide: "/" };
      const op = fn ? ops[fn] : undefined;
      if (op && args.length === 2) return bin(op, convert(args[0]!, bind), convert(args[1]!, bind));
      throw new Error(`operator '${n.op}' is not allowed`);
    }
    case "FunctionNode": {
      const name = typeof n.fn === "string" ? n.fn : n.fn?.name;
      if (name === "min" || name === "max" || name === "abs")
        return { t: "call", fn: name, args: (n.args ?? []).map((a) => convert(a, bind)) };
      throw new Error(`function '${name}' is not allowed`);
    }
    default:
      throw new Error(`'${n.type}' is not allowed in a formula`);
  }
}
