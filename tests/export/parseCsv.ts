/** The tests' CSV reader (csvParser.mjs, shared with the browser tests) and rows keyed by header. */
import { parseCsv } from './csvParser.mjs';

export { parseCsv };

/** Rows as objects keyed by the header row. */
export function csvRecords(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  return rows.map((row) => {
    if (row.length !== header.length)
      throw new Error(`row has ${row.length} fields, header ${header.length}`);
    return Object.fromEntries(header.map((name, i) => [name, row[i]]));
  });
}
