/**
 * The three readings of a dossier. "Told" follows the scenario's opacity (what the person was
 * told or found out), "recorded" is the system's file, "truth" adds the real acts and marks every
 * record that does not match them. The gaps between them are the lesson.
 */
import type { Dossier, DossierEntry } from '../../engine/types';
import type { Scenario } from '../../scenario/schema';
import type { Lens } from '../../store/selectionStore';

export type Disclosure = Scenario['ruleset']['opacity']['disclosure'];

/** Why an entry is marked in the truth lens. */
export type GapFlag = 'misattributed' | 'falseReport' | 'wrongful' | 'untold' | 'unseen';

export interface LensEntry {
  entry: DossierEntry;
  flags: GapFlag[];
}

export interface DossierGaps {
  misattributed: number;
  falseReports: number;
  unseen: number;
  wrongful: number;
  untold: number;
}

/** The entries one lens shows, in timeline order, with the truth lens's marks. */
export function entriesForLens(dossier: Dossier, lens: Lens, disclosure: Disclosure): LensEntry[] {
  const unseen = unseenActs(dossier.timeline);
  const out: LensEntry[] = [];
  let knowsListed = false;
  for (const entry of dossier.timeline) {
    if (entry.type === 'learned' || (entry.type === 'listed' && entry.told)) knowsListed = true;
    if (lens === 'told' && !toldSees(entry, disclosure, knowsListed)) continue;
    if (lens === 'recorded' && entry.type === 'act') continue;
    out.push({ entry, flags: lens === 'truth' ? flagsOf(entry, unseen) : [] });
  }
  return out;
}

/** Counts of every kind of mismatch between what happened, what was recorded and what was told. */
export function dossierGaps(dossier: Dossier): DossierGaps {
  const gaps: DossierGaps = {
    misattributed: 0,
    falseReports: 0,
    unseen: 0,
    wrongful: 0,
    untold: 0,
  };
  gaps.unseen = unseenActs(dossier.timeline).size;
  for (const entry of dossier.timeline) {
    if (entry.type === 'observed' && entry.basis === 'misattributed') gaps.misattributed++;
    if (entry.type === 'observed' && entry.basis === 'false') gaps.falseReports++;
    if (entry.type === 'listed' && entry.wrongful) gaps.wrongful++;
    if (entry.type === 'rule' && !entry.told) gaps.untold++;
  }
  return gaps;
}

/** Whether the person can see their score under this disclosure. */
export function scoreIsDisclosed(disclosure: Disclosure): boolean {
  return disclosure !== 'nothing';
}

function toldSees(entry: DossierEntry, disclosure: Disclosure, knowsListed: boolean): boolean {
  switch (entry.type) {
    case 'rule':
      return entry.told;
    case 'grade':
      return scoreIsDisclosed(disclosure);
    case 'listed':
      return entry.told;
    case 'delisted':
    case 'sanction':
    case 'sanctionLifted':
      return knowsListed;
    case 'notice':
    case 'reward':
    case 'refused':
    case 'settled':
    case 'learned':
    case 'appealFiled':
    case 'appealDecided':
      return true;
    case 'act':
    case 'observed':
      return false;
  }
}

function flagsOf(entry: DossierEntry, unseen: Set<DossierEntry>): GapFlag[] {
  switch (entry.type) {
    case 'observed':
      return entry.basis === 'misattributed'
        ? ['misattributed']
        : entry.basis === 'false'
          ? ['falseReport']
          : [];
    case 'listed':
    case 'appealDecided':
      return entry.wrongful ? ['wrongful'] : [];
    case 'rule':
      return entry.told ? [] : ['untold'];
    case 'act':
      return unseen.has(entry) ? ['unseen'] : [];
    default:
      return [];
  }
}

/** Real acts with no matching true record (same day, same behaviour). */
function unseenActs(timeline: DossierEntry[]): Set<DossierEntry> {
  const seen = new Map<string, number>();
  for (const entry of timeline) {
    if (entry.type === 'observed' && entry.basis === 'true') {
      const key = `${entry.day}|${entry.behaviour}`;
      seen.set(key, (seen.get(key) ?? 0) + 1);
    }
  }
  const unseen = new Set<DossierEntry>();
  for (const entry of timeline) {
    if (entry.type !== 'act') continue;
    const key = `${entry.day}|${entry.behaviour}`;
    const left = seen.get(key) ?? 0;
    if (left > 0) seen.set(key, left - 1);
    else unseen.add(entry);
  }
  return unseen;
}
