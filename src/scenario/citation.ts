/**
 * A source as a reader sees it: "By, Title, date." and its address. One wording for the story
 * panel, the teacher notes, the report and doc/sources.md.
 */
import type { SourceDefinition } from './schema';

/** The citation without its address: `China Daily, “Title”, 2018-06-10` (or the older one-line label). */
export function citationText(source: SourceDefinition): string {
  const parts = [
    source.by,
    source.title === undefined ? undefined : `“${source.title}”`,
    source.date,
  ].filter((p): p is string => p !== undefined && p !== '');
  if (parts.length === 0) return source.label ?? '';
  return parts.join(', ');
}

/** True for an address a link may open: http or https only (the schema rejects anything else). */
export function isWebAddress(url: string | undefined): url is string {
  return url !== undefined && /^https?:\/\//i.test(url);
}
