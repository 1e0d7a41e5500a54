/** Per-person outcomes as CSV: one row per person, lists joined with `;`, the stamp at the end. */
import { csvField, csvText } from './csv';
import type { PersonOutcome } from './peopleOutcomes';
import { STAMP_COLUMNS, stampFields, type RunStamp } from './stamp';

/** The columns, in order; `refused_<service>` columns follow `wrongful_listings`. */
export function peopleCsvHeader(services: readonly string[]): string[] {
  return [
    'id',
    'name',
    'age',
    'district',
    'occupation',
    'income',
    'role',
    'score',
    'grade',
    'lists_now',
    'wrongly_listed_now',
    'knows_listed',
    'sanctions_now',
    'rewards_now',
    'fear',
    'history_from_day',
    'lists_ever',
    'times_listed',
    'wrongful_listings',
    ...services.map((service) => `refused_${service}`),
    'sanctions_applied',
    'sanctions_via_family',
    'appeals_filed',
    'appeals_granted',
    'as_of_day',
    ...STAMP_COLUMNS,
  ];
}

/** The table; empty cells where a count is unknown (the person's history was not recorded). */
export function peopleCsv(
  outcomes: Iterable<PersonOutcome>,
  services: readonly string[],
  stamp: RunStamp,
): string {
  const stampCells = stampFields(stamp);
  const count = (value: number | null) => (value === null ? '' : csvField(value));
  const ids = (values: string[] | null) => (values === null ? '' : csvText(values.join(';')));
  const yesNo = (value: boolean) => (value ? 'yes' : 'no');
  // Each row is joined as soon as it is made: 200,000 rows never exist as arrays of cells at once.
  const rows: string[] = [];
  for (const p of outcomes)
    rows.push(
      [
        csvField(p.id),
        csvText(p.name),
        csvField(p.age),
        csvText(p.district),
        csvText(p.occupation),
        csvField(p.income),
        p.role === null ? '' : csvText(p.role),
        csvField(p.score),
        csvText(p.grade),
        ids(p.listsNow),
        yesNo(p.wronglyListedNow),
        yesNo(p.knowsListed),
        ids(p.sanctionsNow),
        ids(p.rewardsNow),
        csvField(p.fear),
        count(p.historyFromDay),
        ids(p.listsEver),
        count(p.timesListed),
        count(p.wrongfulListings),
        ...services.map((service) =>
          count(p.refusals === null ? null : (p.refusals[service] ?? 0)),
        ),
        count(p.sanctionsApplied),
        count(p.sanctionsViaFamily),
        count(p.appealsFiled),
        count(p.appealsGranted),
        csvField(stamp.days),
        ...stampCells,
      ].join(','),
    );
  return `${[peopleCsvHeader(services).map(csvField).join(','), ...rows].join('\n')}\n`;
}
