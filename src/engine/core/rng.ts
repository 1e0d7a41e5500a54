/**
 * Random streams. All randomness in a run comes from seedrandom's Alea generator:
 *
 * - `townStream(seed)`: one stream that builds the town (households, names, friendships…).
 * - Two streams per agent (person or business), seeded from (seed, kind, index) only, so an agent's
 *   draws never depend on the scenario's rules:
 *   - the LIFE stream draws exactly LIFE_DRAWS values per agent per day, at these offsets:
 *       0 ACT      which act (if any) the agent does today (one uniform against fixed slots),
 *       1 FILE     whether they file an appeal today,
 *       2 DECIDE   how the appeals office decides their appeal, if decided today,
 *       3 SINCERE  whether the office judges them sincere, if decided today,
 *       4 SETTLE   whether they settle their debts today;
 *   - the WATCH stream draws exactly 1 + sources values per agent per day:
 *       0 MISFILE  whether (and to whom) a record is misattributed,
 *       1+s        what source s sees of this agent today (the act, or a false report).
 *   Keeping the watch draws apart means that adding a camera changes what is SEEN; what people DO
 *   changes only through what the records then cause (fear, sanctions), never through the draws.
 *
 * Every draw of a day is made up front into `DayDraws` whether or not a system uses it, so the number
 * of values drawn per agent per day is constant whatever the rules did (common random numbers: two rule
 * sets on one seed face the same people making the same choices until the rules change a behaviour).
 *
 * For speed the per-agent states live in one Float64Array and advance with Alea's own step; a test
 * checks that every agent stream matches `seedrandom.alea(streamKey(...))` value for value.
 */
import seedrandom from 'seedrandom';

export const LIFE_DRAWS = 5;
export const DRAW_ACT = 0;
export const DRAW_FILE = 1;
export const DRAW_DECIDE = 2;
export const DRAW_SINCERE = 3;
export const DRAW_SETTLE = 4;
export const WATCH_MISFILE = 0;
/** Offset of source s in an agent's watch draws. */
export const watchSource = (s: number): number => 1 + s;

/** A uniform [0, 1) generator. */
export type Uniform = () => number;

export type AgentKind = 'p' | 'b';

/** The seed string of an agent's stream: depends only on the run seed, the agent and the stream. */
export const streamKey = (
  seed: number,
  kind: AgentKind,
  index: number,
  stream: 'life' | 'watch',
): string => `${seed}:${kind}${index}:${stream}`;

/** The stream that generates the town. */
export function townStream(seed: number): Uniform {
  return seedrandom.alea(`${seed}:town`);
}

/** Alea states of many streams, stepped in bulk: 4 doubles (s0, s1, s2, c) per stream. */
export class StreamBank {
  readonly count: number;
  readonly drawsPerDay: number;
  /**
   * Today's draws: drawsPerDay values per stream, draw-major (draw j of stream i at j × count + i),
   * so a system that reads one draw of every agent reads it contiguously.
   */
  readonly today: Float64Array;
  /** draws[j]: today's draw j of every stream (views into `today`). */
  readonly draws: Float64Array[];
  private readonly state: Float64Array;

  constructor(keys: (index: number) => string, count: number, drawsPerDay: number) {
    this.count = count;
    this.drawsPerDay = drawsPerDay;
    this.today = new Float64Array(count * drawsPerDay);
    this.draws = [];
    for (let j = 0; j < drawsPerDay; j++)
      this.draws.push(this.today.subarray(j * count, (j + 1) * count));
    this.state = new Float64Array(count * 4);
    for (let i = 0; i < count; i++) {
      const s = seedrandom.alea(keys(i), { state: true }).state() as unknown as AleaState;
      this.state[i * 4] = s.s0;
      this.state[i * 4 + 1] = s.s1;
      this.state[i * 4 + 2] = s.s2;
      this.state[i * 4 + 3] = s.c;
    }
  }

  /** Draw the whole day's values for every stream (Alea's step, identical to seedrandom.alea). */
  drawDay(): void {
    const st = this.state;
    const out = this.today;
    const k = this.drawsPerDay;
    const n = this.count;
    for (let i = 0; i < n; i++) {
      const o = i * 4;
      let s0 = st[o];
      let s1 = st[o + 1];
      let s2 = st[o + 2];
      let c = st[o + 3];
      for (let j = 0; j < k; j++) {
        const t = 2091639 * s0 + c * 2.3283064365386963e-10;
        s0 = s1;
        s1 = s2;
        c = t | 0;
        s2 = t - c;
        out[j * n + i] = s2;
      }
      st[o] = s0;
      st[o + 1] = s1;
      st[o + 2] = s2;
      st[o + 3] = c;
    }
  }

  /** The Alea state of one stream (for tests that compare with seedrandom). */
  stateOf(index: number): AleaState {
    const o = index * 4;
    return {
      s0: this.state[o],
      s1: this.state[o + 1],
      s2: this.state[o + 2],
      c: this.state[o + 3],
    };
  }
}

export interface AleaState {
  s0: number;
  s1: number;
  s2: number;
  c: number;
}

/** Standard normal draw (Box–Muller) from a uniform stream; uses two draws. */
export function normal(rng: Uniform): number {
  const u = 1 - rng();
  const v = rng();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** Poisson draw by inversion (small means only). */
export function poisson(rng: Uniform, mean: number): number {
  const limit = Math.exp(-mean);
  let k = 0;
  let p = rng();
  while (p > limit && k < 20) {
    k++;
    p *= rng();
  }
  return k;
}

/** Index drawn from cumulative weights (last entry = total), by binary search. */
export function pickCumulative(cumulative: Float64Array, u: number): number {
  const target = u * cumulative[cumulative.length - 1];
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cumulative[mid] > target) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Cumulative sums of weights, for pickCumulative. */
export function cumulate(weights: ArrayLike<number>): Float64Array {
  const out = new Float64Array(weights.length);
  let sum = 0;
  for (let i = 0; i < weights.length; i++) {
    sum += Math.max(0, weights[i]);
    out[i] = sum;
  }
  return out;
}
