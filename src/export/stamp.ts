/**
 * The stamp every export carries so a run can be reproduced: Ledgertown's version, the scenario
 * (id, title, content hash) and the seed. In CSV the stamp is four columns at the end of every row
 * rather than comment lines above the header: every spreadsheet opens the file with its header in
 * the first row, and rows pasted together from several runs keep telling which run they came from.
 */
import { csvField, csvText } from './csv';

export interface RunStamp {
  version: string;
  scenario: { id: string; title: string; hash: string };
  seed: number;
  /** Days simulated when the export was made. */
  days: number;
}

/** The stamp columns, appended to every CSV row. */
export const STAMP_COLUMNS = [
  'ledgertown_version',
  'scenario_id',
  'scenario_hash',
  'seed',
] as const;

/** The stamp's values for one CSV row, encoded. */
export function stampFields(stamp: RunStamp): string[] {
  return [
    csvField(stamp.version),
    csvText(stamp.scenario.id),
    csvField(stamp.scenario.hash),
    csvField(stamp.seed),
  ];
}

/** A file name that says what the file holds: `ledgertown-welcome-seed1-day30-people.csv`. */
export function exportFileName(stamp: RunStamp, what: string, extension: string): string {
  const id = stamp.scenario.id.replace(/[^a-z0-9_]/g, '') || 'scenario';
  return `ledgertown-${id}-seed${stamp.seed}-day${stamp.days}-${what}.${extension}`;
}
