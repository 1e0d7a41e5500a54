/**
 * Claims quoted in texts: `{claim:ID}` in any text of a scenario stands for the figure the claim
 * states (its `about`, else its range), so a text cannot say one figure while the claim tested
 * across seeds says another.
 */
import type { ClaimDefinition } from '../schema';
import { formatFigure, formatRange } from './claimStats';

/** Matches one `{claim:ID}` token; group 1 is the id. */
export const CLAIM_TOKEN = /\{claim:([a-z][a-z0-9_]*)\}/g;

/** The figure a claim states, as texts quote it ("3.2", "2.5–4.6 %"). */
export function claimFigure(claim: ClaimDefinition): string {
  const figure =
    claim.about !== undefined
      ? formatFigure(claim.about, claim.digits)
      : formatRange(claim.min, claim.max, claim.digits);
  return claim.unit ? `${figure}${claim.unit === '%' ? '' : ' '}${claim.unit}` : figure;
}

/** The ids of the claims a text quotes, in order. */
export function claimsQuoted(text: string): string[] {
  return [...text.matchAll(CLAIM_TOKEN)].map((m) => m[1]);
}

/** The text with every `{claim:ID}` replaced by its figure (an unknown id stays as written). */
export function fillClaims(text: string, claims: readonly ClaimDefinition[] | undefined): string {
  if (!text.includes('{claim:')) return text;
  return text.replace(CLAIM_TOKEN, (token, id: string) => {
    const claim = claims?.find((c) => c.id === id);
    return claim ? claimFigure(claim) : token;
  });
}

/** A text split into plain parts and quoted claims, for an interface that marks each figure. */
export type ClaimTextPart = { text: string; claim?: string };

/** Splits a text at its `{claim:ID}` tokens; each quoted figure is its own part with its claim id. */
export function claimTextParts(
  text: string,
  claims: readonly ClaimDefinition[] | undefined,
): ClaimTextPart[] {
  const parts: ClaimTextPart[] = [];
  let last = 0;
  for (const m of text.matchAll(CLAIM_TOKEN)) {
    const claim = claims?.find((c) => c.id === m[1]);
    if (!claim) continue;
    if (m.index > last) parts.push({ text: text.slice(last, m.index) });
    parts.push({ text: claimFigure(claim), claim: claim.id });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}
