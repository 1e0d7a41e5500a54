/** A figure with at most `digits` decimals, in the page's language (Intl is fine in the interface). */
import { intlLocale } from '../strings';

export function formatFigure(value: number, digits: number): string {
  return value.toLocaleString(intlLocale, { maximumFractionDigits: digits });
}
