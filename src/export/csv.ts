/** CSV text as spreadsheets read it: RFC 4180 quoting, one header row, `\n` line ends. */

/** One field, quoted when it holds a comma, a quote or a line break. */
export function csvField(value: string | number | undefined): string {
  if (value === undefined) return '';
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A field of text that came from a scenario (names, labels): a leading = + - @ or tab would make
 * a spreadsheet run it as a formula, so such text gets a leading apostrophe (OWASP's advice for
 * CSV injection). Numbers go through csvField unchanged.
 */
export function csvText(value: string): string {
  return csvField(/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);
}

/** A table: the header row, then one row per entry; every row already made of encoded fields. */
export function csvTable(header: readonly string[], rows: readonly string[][]): string {
  const lines = [header.map(csvField).join(','), ...rows.map((row) => row.join(','))];
  return `${lines.join('\n')}\n`;
}
