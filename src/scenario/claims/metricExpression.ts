/**
 * Metric expressions: the small arithmetic language in which a claim (or a prediction) names a
 * figure of a run, e.g. `totalFlightRefusals / totalTrainRefusals` or `finalListed / people`.
 * Pure and engine-free, so the loader, the engine's claim runner, the command line and the
 * browser all read a figure the same way from a run's per-day metric series.
 *
 * Names:
 * - `totalX`: the sum of metric X's daily values from day 1 to the day asked (a flow's total:
 *   `totalFlightRefusals` sums the series `flightRefusals`), as the run summary names it;
 * - `finalX`: metric X's value on the day asked (a level: `finalListed` is `listed` that day);
 * - `people`, `businesses`, `day`: the town's sizes and the day asked.
 * Functions: `sum(X)` the same as `totalX`, `sum(X, from, to)` the total over days from..to
 * (inclusive, 1-based), `last(X)` the same as `finalX`, `at(X, d)` X's value on day d,
 * `min(a, b)`, `max(a, b)`. Operators + − × ÷ and parentheses;
 * a division by zero gives NaN (no value), which claim statistics leave out and count.
 */

/** A parsed expression. */
export type MetricExpr =
  | { kind: 'number'; value: number }
  | { kind: 'name'; name: string; offset: number }
  | { kind: 'neg'; of: MetricExpr }
  | { kind: 'op'; op: '+' | '-' | '*' | '/'; left: MetricExpr; right: MetricExpr }
  | { kind: 'call'; fn: MetricFunction; args: MetricExpr[]; series?: SeriesRef; offset: number };

type MetricFunction = 'sum' | 'last' | 'at' | 'min' | 'max';

/** A metric series named as a function's first argument (`sum(flightRefusals, 1, 30)`). */
interface SeriesRef {
  name: string;
  offset: number;
}

/** A problem in an expression, with the character it points at. */
export interface MetricExpressionProblem {
  message: string;
  offset: number;
}

/** Raised by `evaluateMetric` for an expression that does not parse or names an unknown metric. */
export class MetricExpressionError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
    this.name = 'MetricExpressionError';
  }
}

/** What an expression is evaluated against: one run's daily series and the town's sizes. */
export interface MetricContext {
  /** Each metric's per-day values, index 0 = day 1 (the engine's `metrics()`). */
  series: Readonly<Record<string, readonly number[]>>;
  /** The day the figure is read at (1-based; past the series' end reads its last day). */
  day: number;
  people?: number;
  businesses?: number;
}

/** Each function's argument counts (a series name counts as one) and whether it takes a series first. */
const FUNCTIONS: Record<MetricFunction, { arities: readonly number[]; series: boolean }> = {
  sum: { arities: [1, 3], series: true },
  last: { arities: [1], series: true },
  at: { arities: [2], series: true },
  min: { arities: [2], series: false },
  max: { arities: [2], series: false },
};

const CONSTANTS = ['people', 'businesses', 'day'] as const;

/** Parses an expression, or says what is wrong and where. */
export function parseMetricExpression(
  text: string,
): { ok: true; expr: MetricExpr } | { ok: false; problem: MetricExpressionProblem } {
  try {
    const parser = new Parser(text);
    const expr = parser.expression();
    parser.end();
    return { ok: true, expr };
  } catch (error) {
    if (error instanceof MetricExpressionError)
      return { ok: false, problem: { message: error.message, offset: error.offset } };
    throw error;
  }
}

/**
 * Problems with the names an expression uses, given the run's metric names (the engine's
 * `metricNames()`): each unknown name with a "did you mean" when one is close.
 */
export function checkMetricNames(
  expr: MetricExpr,
  metricNames: readonly string[],
  suggest: (word: string, candidates: readonly string[]) => string | undefined = () => undefined,
): MetricExpressionProblem[] {
  const problems: MetricExpressionProblem[] = [];
  const known = metricNames.flatMap((m) => [`total${capital(m)}`, `final${capital(m)}`]);
  const unknown = (name: string, offset: number, candidates: readonly string[]) => {
    const guess = suggest(name, candidates);
    problems.push({
      offset,
      message: `unknown metric "${name}"${guess ? ` (did you mean "${guess}"?)` : ''}`,
    });
  };
  const visit = (e: MetricExpr) => {
    if (e.kind === 'name') {
      if (
        !(CONSTANTS as readonly string[]).includes(e.name) &&
        seriesOf(e.name, metricNames) === undefined
      )
        unknown(e.name, e.offset, [...known, ...CONSTANTS]);
    } else if (e.kind === 'neg') visit(e.of);
    else if (e.kind === 'op') {
      visit(e.left);
      visit(e.right);
    } else if (e.kind === 'call') {
      if (e.series && !metricNames.includes(e.series.name))
        unknown(e.series.name, e.series.offset, metricNames);
      e.args.forEach(visit);
    }
  };
  visit(expr);
  return problems;
}

/** The metric names an expression reads (series, not constants), for the caller to check. */
export function seriesUsed(expr: MetricExpr, metricNames: readonly string[]): string[] {
  const out = new Set<string>();
  const visit = (e: MetricExpr) => {
    if (e.kind === 'name') {
      const s = seriesOf(e.name, metricNames);
      if (s) out.add(s.series);
    } else if (e.kind === 'neg') visit(e.of);
    else if (e.kind === 'op') {
      visit(e.left);
      visit(e.right);
    } else if (e.kind === 'call') {
      if (e.series) out.add(e.series.name);
      e.args.forEach(visit);
    }
  };
  visit(expr);
  return [...out];
}

/** The value of a parsed expression for one run at one day. */
export function evaluateMetricExpression(expr: MetricExpr, context: MetricContext): number {
  const names = Object.keys(context.series);
  const series = (name: string, offset: number): readonly number[] => {
    const values = context.series[name];
    if (!values) throw new MetricExpressionError(`unknown metric "${name}"`, offset);
    return values;
  };
  const lastIndex = (values: readonly number[], day: number) =>
    Math.min(values.length, Math.max(0, Math.floor(day))) - 1;
  const total = (values: readonly number[], from: number, to: number) => {
    let sum = 0;
    const end = lastIndex(values, to);
    for (let i = Math.max(0, Math.floor(from) - 1); i <= end; i++) sum += values[i];
    return sum;
  };
  const valueAt = (values: readonly number[], day: number) => {
    const i = lastIndex(values, day);
    return i >= 0 ? values[i] : 0;
  };
  const evaluate = (e: MetricExpr): number => {
    switch (e.kind) {
      case 'number':
        return e.value;
      case 'neg':
        return -evaluate(e.of);
      case 'op': {
        const a = evaluate(e.left);
        const b = evaluate(e.right);
        if (e.op === '+') return a + b;
        if (e.op === '-') return a - b;
        if (e.op === '*') return a * b;
        return b === 0 ? NaN : a / b;
      }
      case 'name': {
        if (e.name === 'day') return context.day;
        if (e.name === 'people') return context.people ?? NaN;
        if (e.name === 'businesses') return context.businesses ?? NaN;
        const ref = seriesOf(e.name, names);
        if (!ref) throw new MetricExpressionError(`unknown metric "${e.name}"`, e.offset);
        const values = series(ref.series, e.offset);
        return ref.how === 'total' ? total(values, 1, context.day) : valueAt(values, context.day);
      }
      case 'call': {
        const args = e.args.map(evaluate);
        if (e.fn === 'min') return Math.min(args[0], args[1]);
        if (e.fn === 'max') return Math.max(args[0], args[1]);
        const ref = e.series as SeriesRef;
        const values = series(ref.name, ref.offset);
        if (e.fn === 'last') return valueAt(values, context.day);
        if (e.fn === 'at') return valueAt(values, args[0]);
        return args.length === 0 ? total(values, 1, context.day) : total(values, args[0], args[1]);
      }
    }
  };
  return evaluate(expr);
}

/**
 * One figure of one run: `expr` read from the run's per-day `series` at `day` (1-based).
 * Throws MetricExpressionError when the expression does not parse or names an unknown metric.
 */
export function evaluateMetric(
  expr: string,
  series: Readonly<Record<string, readonly number[]>>,
  day: number,
  sizes: { people?: number; businesses?: number } = {},
): number {
  const parsed = parseMetricExpression(expr);
  if (!parsed.ok) throw new MetricExpressionError(parsed.problem.message, parsed.problem.offset);
  return evaluateMetricExpression(parsed.expr, { series, day, ...sizes });
}

const capital = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

/** `totalFlightRefusals` → the series `flightRefusals` read as a total, if that series exists. */
function seriesOf(
  name: string,
  metricNames: readonly string[],
): { series: string; how: 'total' | 'final' } | undefined {
  for (const how of ['total', 'final'] as const) {
    if (!name.startsWith(how) || name.length === how.length) continue;
    const rest = name.slice(how.length);
    const series = rest.charAt(0).toLowerCase() + rest.slice(1);
    if (metricNames.includes(series)) return { series, how };
  }
  return undefined;
}

/** A recursive-descent parser over the text, keeping each token's offset for errors. */
class Parser {
  private pos = 0;

  constructor(private readonly text: string) {}

  expression(): MetricExpr {
    let left = this.term();
    for (let op = this.peekOp<'+' | '-'>('+-'); op; op = this.peekOp<'+' | '-'>('+-')) {
      this.pos++;
      left = { kind: 'op', op, left, right: this.term() };
    }
    return left;
  }

  end(): void {
    this.skipSpace();
    if (this.pos < this.text.length)
      throw new MetricExpressionError(
        `expected an operator (+ - * /) or the end, found "${this.text[this.pos]}"`,
        this.pos,
      );
  }

  private term(): MetricExpr {
    let left = this.unary();
    for (let op = this.peekOp<'*' | '/'>('*/'); op; op = this.peekOp<'*' | '/'>('*/')) {
      this.pos++;
      left = { kind: 'op', op, left, right: this.unary() };
    }
    return left;
  }

  private unary(): MetricExpr {
    this.skipSpace();
    if (this.text[this.pos] === '-') {
      this.pos++;
      return { kind: 'neg', of: this.unary() };
    }
    return this.primary();
  }

  private primary(): MetricExpr {
    this.skipSpace();
    const start = this.pos;
    const c = this.text[this.pos];
    if (c === '(') {
      this.pos++;
      const inner = this.expression();
      this.expect(')');
      return inner;
    }
    const number = /^(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?/.exec(this.text.slice(this.pos));
    if (number) {
      this.pos += number[0].length;
      return { kind: 'number', value: Number(number[0]) };
    }
    const name = this.name();
    if (name === undefined)
      throw new MetricExpressionError(
        c === undefined
          ? 'expected a number, a metric or "(", found the end'
          : `expected a number, a metric or "(", found "${c}"`,
        start,
      );
    this.skipSpace();
    if (this.text[this.pos] !== '(') return { kind: 'name', name, offset: start };
    if (!(name in FUNCTIONS))
      throw new MetricExpressionError(
        `unknown function "${name}" (known: ${Object.keys(FUNCTIONS).join(', ')})`,
        start,
      );
    const fn = name as MetricFunction;
    this.pos++;
    let series: SeriesRef | undefined;
    const args: MetricExpr[] = [];
    if (FUNCTIONS[fn].series) {
      this.skipSpace();
      const at = this.pos;
      const seriesName = this.name();
      if (seriesName === undefined)
        throw new MetricExpressionError(`${fn}() takes a metric name first`, at);
      series = { name: seriesName, offset: at };
    }
    const { arities } = FUNCTIONS[fn];
    for (;;) {
      this.skipSpace();
      const count = args.length + (series ? 1 : 0);
      if (this.text[this.pos] === ')' && arities.includes(count)) break;
      if (count > 0 && this.text[this.pos] !== ',' && arities.includes(count)) this.expect(')');
      if (count >= Math.max(...arities) || (count > 0 && this.text[this.pos] !== ','))
        throw new MetricExpressionError(
          `${fn}() takes ${arities.join(' or ')} argument${arities.length === 1 && arities[0] === 1 ? '' : 's'}`,
          start,
        );
      if (count > 0) this.pos++;
      args.push(this.expression());
    }
    this.expect(')');
    return { kind: 'call', fn, args, series, offset: start };
  }

  private name(): string | undefined {
    // A metric whose name is not a plain word (a grade's, like grade_750+) goes in backquotes.
    if (this.text[this.pos] === '`') {
      const end = this.text.indexOf('`', this.pos + 1);
      if (end < 0) throw new MetricExpressionError('expected a closing ` after the name', this.pos);
      const quoted = this.text.slice(this.pos + 1, end);
      this.pos = end + 1;
      return quoted;
    }
    const match = /^[A-Za-z_][A-Za-z0-9_]*/.exec(this.text.slice(this.pos));
    if (!match) return undefined;
    this.pos += match[0].length;
    return match[0];
  }

  private expect(token: string): void {
    this.skipSpace();
    if (this.text[this.pos] !== token) {
      const found = this.pos < this.text.length ? `"${this.text[this.pos]}"` : 'the end';
      throw new MetricExpressionError(`expected "${token}", found ${found}`, this.pos);
    }
    this.pos++;
  }

  private peekOp<T extends string>(ops: string): T | undefined {
    this.skipSpace();
    const c = this.text[this.pos];
    return c !== undefined && ops.includes(c) ? (c as T) : undefined;
  }

  private skipSpace(): void {
    while (this.pos < this.text.length && /\s/.test(this.text[this.pos])) this.pos++;
  }
}
