/**
 * The role's save format: what of the role store is kept beside the progress (`ledgertown.role`),
 * versioned and checked with zod on the way back in. A save that cannot be read is set aside (or
 * left in place when storage is full) and the player told; a save of another run is ignored.
 */
import { z } from 'zod';
import type { PlayerMove, RolePlay } from '../engine/types';
import type { RoleChoice } from '../worker/roleProtocol';
import type { KeyValueStorage } from './progressStorage';
import { choiceOf, deskKey, type RoleState, type RoleStore } from './roleStore';
import { pushNotice, type SessionStore } from './sessionStore';
import { readStored, setAside, writeStored } from './storageGuard';

export const ROLE_PROGRESS_KEY = 'ledgertown.role';
const ROLE_PROGRESS_VERSION = 1;

const Choice = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('observer') }),
  z.strictObject({ kind: z.literal('citizen'), protagonist: z.string().max(80).optional() }),
  z.strictObject({ kind: z.literal('appealsOfficer') }),
  z.strictObject({ kind: z.literal('planner') }),
]);
const Day = z.number().int().min(0);
const Move = z.discriminatedUnion('kind', [
  z.strictObject({
    day: Day,
    kind: z.literal('choose'),
    person: z.string().regex(/^p\d{1,7}$/),
    action: z.string().max(80).nullable(),
  }),
  z.strictObject({
    day: Day,
    kind: z.literal('decide'),
    caseId: z.string().max(200),
    grant: z.boolean(),
  }),
]);
const Figure = z.strictObject({
  metric: z.string(),
  kind: z.enum(['flow', 'stock']),
  baseline: z.number(),
  plan: z.number(),
  diff: z.number(),
  relative: z.number().nullable(),
});
const Bets = z.strictObject({ target: z.number(), costs: z.record(z.string(), z.number()) });
const Evaluation = z.strictObject({
  ok: z.literal(true),
  target: z.strictObject({
    metric: z.string(),
    change: z.number(),
    over: z.enum(['lastMonthVsFirstMonth', 'vsBaseline']),
    text: z.string(),
  }),
  seed: Day,
  days: Day,
  change: z.number().nullable(),
  baselineChange: z.number().nullable(),
  achieved: z.boolean(),
  figure: Figure,
  costs: z.array(Figure),
  daily: z.strictObject({ baseline: z.array(z.number()), plan: z.array(z.number()) }),
  lockedChanged: z.array(z.string()),
  // Saved before the debrief named changed assumptions: read as none.
  assumptionsChanged: z.array(z.string()).default([]),
});
const SavedRole = z.strictObject({
  version: z.literal(ROLE_PROGRESS_VERSION),
  fileName: z.string(),
  seed: Day,
  role: Choice,
  moves: z.array(Move).max(100_000),
  officerFinished: z.boolean(),
  debriefOpen: z.boolean(),
  planBets: Bets,
  plan: z.strictObject({ result: Evaluation, bets: Bets, ms: z.number() }).nullable(),
});
type SavedRole = z.infer<typeof SavedRole>;

/** True when something the role save holds changed (moves come with each frame). */
export function roleSaveChanged(state: RoleState, before: RoleState): boolean {
  const saved = ['frame', 'planRun', 'planBets', 'officerFinished', 'debriefOpen'] as const;
  return saved.some((key) => state[key] !== before[key]);
}

/** Saves the role beside the progress of the same run (file and seed). */
export function writeRoleProgress(
  storage: KeyValueStorage,
  state: RoleState,
  run: { fileName: string; seed: number },
): void {
  const plan = state.planRun;
  const saved: SavedRole = {
    version: ROLE_PROGRESS_VERSION,
    fileName: run.fileName,
    seed: run.seed,
    role: choiceOf(state.playing),
    moves: state.frame?.moves ?? [],
    officerFinished: state.officerFinished,
    debriefOpen: state.debriefOpen,
    planBets: state.planBets,
    plan: plan.status === 'done' ? { result: plan.result, bets: plan.bets, ms: plan.ms } : null,
  };
  // A full or disabled storage is reported by the progress save beside it.
  writeStored(storage, ROLE_PROGRESS_KEY, JSON.stringify(saved));
}

/**
 * The saved role of this run (same file and seed as the restored progress), with its desk put back
 * into the store: the load options that replay it. A save that cannot be read is set aside under
 * another key and the player told; a save of another run is ignored.
 */
export function restoreRoleProgress(
  storage: KeyValueStorage,
  stores: { role: RoleStore; session: SessionStore },
  run: { fileName: string; seed: number },
  stamp: number,
): { role?: RoleChoice; moves?: PlayerMove[] } {
  const raw = readStored(storage, ROLE_PROGRESS_KEY);
  if (raw === null) return {};
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    data = undefined;
  }
  const parsed = SavedRole.safeParse(data);
  if (!parsed.success) {
    const aside = setAside(storage, ROLE_PROGRESS_KEY, raw, stamp);
    const reason =
      data === undefined
        ? 'it is not valid JSON'
        : (parsed.error.issues[0]?.message ?? 'unreadable');
    pushNotice(stores.session, { kind: 'roleSetAside', reason, ...aside });
    return {};
  }
  const saved = parsed.data;
  if (saved.fileName !== run.fileName || saved.seed !== run.seed) return {};
  const play: RolePlay =
    saved.role.kind === 'citizen'
      ? { kind: 'citizen', protagonist: saved.role.protagonist ?? '' }
      : saved.role;
  stores.role.setState({
    deskFor: deskKey(run.fileName, play),
    officerFinished: saved.officerFinished,
    debriefOpen: saved.debriefOpen,
    planBets: saved.planBets,
    planRun: saved.plan ? { status: 'done', ...saved.plan } : { status: 'idle' },
  });
  return { role: saved.role, moves: saved.moves };
}
