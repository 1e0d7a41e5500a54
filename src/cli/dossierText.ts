/**
 * A dossier as text, with the three lenses side by side on each day: what REALLY happened, what
 * the system RECORDED, and what the person was TOLD (or ran into, like a refused ticket).
 */
import type { Dossier, DossierEntry } from '../engine/types';
import type { Scenario } from '../scenario/schema';
import { listingCause } from '../text/report';

type Lens = 'REALLY' | 'RECORDED' | 'TOLD';

interface Line {
  lens: Lens;
  text: string;
}

/** Names for ids, read from the scenario, so the timeline speaks in labels. */
interface Names {
  list(id: string): string;
  source(id: string): string;
  consequence(id: string): string;
  isReward(consequence: string): boolean;
  behaviour(id: string): string;
}

/** The whole dossier as readable text. */
export function formatDossier(dossier: Dossier, scenario: Scenario): string {
  const names = namesOf(scenario);
  const out: string[] = [...header(dossier, names), ''];
  out.push(
    'Lenses: REALLY = what really happened · RECORDED = what the system recorded ·',
    '        TOLD = what they were told or ran into',
    '',
  );
  if (dossier.timeline.length === 0) {
    out.push(`Nothing about this ${dossier.kind} was done, recorded or told in this run.`);
  }
  let previousDay = -1;
  for (const entry of dossier.timeline) {
    for (const line of linesOf(entry, names)) {
      const day = entry.day === previousDay ? '' : `Day ${entry.day}`;
      out.push(`${day.padEnd(9)}${line.lens.padEnd(10)}${line.text}`);
      previousDay = entry.day;
    }
  }
  return `${out.join('\n')}\n`;
}

function header(dossier: Dossier, names: Names): string[] {
  const lines: string[] = [];
  const { person, business } = dossier;
  if (person) {
    const role = person.role ? ` — ${person.role}` : '';
    lines.push(
      `${person.id}: ${person.name}, ${person.age}, ${person.occupation}, ${person.district}${role}`,
      `  household ${person.household} · family ${list(person.family)} · ${person.friends.length} friends · owns ${list(person.owns)}`,
    );
  } else if (business) {
    lines.push(
      `${business.id}: ${business.name}, ${business.sector}, ${business.size} staff, ${business.district}`,
      `  owner ${business.owner}`,
    );
  } else {
    lines.push(dossier.id);
  }
  const score = dossier.scoreHistory[dossier.scoreHistory.length - 1];
  const scoreText = score === undefined || Number.isNaN(score) ? '' : `score ${round(score)}, `;
  lines.push(
    `  now: ${scoreText}grade ${dossier.grade} · lists: ${list(dossier.lists.map(names.list))} · knows they are listed: ${dossier.knowsListed ? 'yes' : 'no'}`,
    `  sanctions: ${list(dossier.sanctions.map(names.consequence))} · rewards: ${list(dossier.rewards.map(names.consequence))}`,
  );
  return lines;
}

function linesOf(entry: DossierEntry, names: Names): Line[] {
  const really = (text: string): Line => ({ lens: 'REALLY', text });
  const recorded = (text: string): Line => ({ lens: 'RECORDED', text });
  const told = (text: string): Line => ({ lens: 'TOLD', text });
  switch (entry.type) {
    case 'act':
      return [really(entry.label)];
    case 'observed': {
      const basis =
        entry.basis === 'true'
          ? ''
          : entry.basis === 'misattributed'
            ? ` — in fact ${entry.actualActor ?? 'someone else'}'s act, filed under the same name`
            : ' — a false report: it never happened';
      return [recorded(`${names.source(entry.source)} recorded: ${entry.label}${basis}`)];
    }
    case 'rule': {
      const lines = [
        recorded(
          `rule ${entry.rule}: ${signed(entry.points)} points, score now ${round(entry.score)}`,
        ),
      ];
      if (entry.told) lines.push(told(`"${entry.reason}": ${signed(entry.points)} points`));
      return lines;
    }
    case 'grade':
      return [recorded(`grade ${entry.from} → ${entry.to}`)];
    case 'notice':
      return [told(`warning: about to be put on ${names.list(entry.list)}`)];
    case 'listed': {
      const wrongful = entry.wrongful ? ' — WRONGFUL: no act of theirs qualifies' : '';
      const lines = [
        recorded(
          `put on ${names.list(entry.list)} (cause: ${listingCause(entry, names.behaviour)})${wrongful}`,
        ),
      ];
      if (entry.told) lines.push(told(`listed on ${names.list(entry.list)}`));
      return lines;
    }
    case 'delisted':
      return [recorded(`removed from ${names.list(entry.list)} (${DELISTED_WHY[entry.why]})`)];
    case 'sanction':
      return [recorded(`sanction: ${entry.label}${via(entry.via)}`)];
    case 'sanctionLifted': {
      const ended = names.isReward(entry.consequence) ? 'reward withdrawn' : 'sanction lifted';
      return [recorded(`${ended}: ${names.consequence(entry.consequence)}`)];
    }
    case 'reward':
      return [recorded(`reward: ${entry.label}`)];
    case 'refused':
      return [
        told(
          `refused: ${entry.service} — ${names.consequence(entry.consequence)}${via(entry.via)}`,
        ),
      ];
    case 'settled':
      return [really(`settled what was owed for: ${names.behaviour(entry.behaviour)}`)];
    case 'learned':
      return [told(`learned they are listed (${LEARNED_HOW[entry.how]})`)];
    case 'appealFiled':
      return [really(`filed an appeal against ${names.list(entry.list)}`)];
    case 'appealDecided': {
      const outcome = entry.granted ? 'granted' : 'refused';
      return [
        recorded(
          `appeal ${outcome}; judged ${entry.sincere ? 'sincere' : 'insincere'}; the listing was ${entry.wrongful ? 'wrong' : 'right'}`,
        ),
        told(`appeal against ${names.list(entry.list)} ${outcome}`),
      ];
    }
  }
}

const DELISTED_WHY = {
  settled: 'the obligation was settled',
  expired: 'the listing expired',
  appeal: 'an appeal was granted',
} as const;

const LEARNED_HOW = {
  told: 'they were told',
  refused: 'a purchase was refused',
  notice: 'a warning came first',
  published: 'their name was published',
} as const;

function namesOf(scenario: Scenario): Names {
  const { lists, consequences } = scenario.ruleset;
  const lookup = (pairs: { id: string; label: string }[]) => {
    const labels = new Map(pairs.map((p) => [p.id, p.label]));
    return (id: string) => labels.get(id) ?? id;
  };
  return {
    list: lookup(lists),
    consequence: lookup(consequences),
    source: lookup(scenario.surveillance.sources),
    behaviour: lookup(scenario.behaviours),
    isReward: (id) => consequences.some((c) => c.id === id && c.kind === 'reward'),
  };
}

function via(agent: string | undefined): string {
  return agent === undefined ? '' : ` — because of ${agent}`;
}

function list(items: readonly string[]): string {
  return items.length === 0 ? 'none' : items.join(', ');
}

function signed(points: number): string {
  return points > 0 ? `+${round(points)}` : String(round(points));
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
