/** The rule sets a player can compare, and their names. */
import { parse } from 'yaml';
import type { CompareChoice } from '../../store/compareStore';
import { locale, messages } from '../strings';

export interface ChoiceOption {
  /** The choice as a select's value: `shipped`, `edited`, `variant:<id>`, `scenario:<file>`. */
  value: string;
  label: string;
  choice: CompareChoice;
}

/** A scenario's variants (id and title), read from its text without checking the rest. */
export function variantsOf(text: string): { id: string; title: string }[] {
  try {
    const data = parse(text, { maxAliasCount: 100 }) as {
      variants?: unknown;
      translations?: Record<string, { variants?: Record<string, { title?: unknown }> }>;
    } | null;
    const variants = Array.isArray(data?.variants) ? data.variants : [];
    // A variant's title in the page's language, where the scenario translates it.
    const translated = data?.translations?.[locale]?.variants ?? {};
    return variants.flatMap((v: { id?: unknown; title?: unknown }) => {
      if (typeof v?.id !== 'string') return [];
      const own = translated[v.id]?.title;
      const title = typeof own === 'string' && own !== '' ? own : v.title;
      return [{ id: v.id, title: typeof title === 'string' ? title : v.id }];
    });
  } catch {
    return [];
  }
}

/** The options for side A (this scenario's own rule sets) or B (also other scenarios' rules). */
export function choiceOptions(
  side: 'a' | 'b',
  variants: { id: string; title: string }[],
  others: { fileName: string; title: string }[],
): ChoiceOption[] {
  const m = messages.compare.choices;
  const options: ChoiceOption[] = [
    { value: 'shipped', label: m.shipped, choice: { kind: 'shipped' } },
    { value: 'edited', label: m.edited, choice: { kind: 'edited' } },
    ...variants.map((v) => ({
      value: `variant:${v.id}`,
      label: m.variant(v.title),
      choice: { kind: 'variant', id: v.id } as CompareChoice,
    })),
  ];
  if (side === 'b') {
    options.push(
      ...others.map((o) => ({
        value: `scenario:${o.fileName}`,
        label: m.scenario(o.title),
        choice: { kind: 'scenario', fileName: o.fileName } as CompareChoice,
      })),
    );
  }
  return options;
}

/** The select value of a choice. */
export function choiceValue(choice: CompareChoice): string {
  switch (choice.kind) {
    case 'shipped':
    case 'edited':
      return choice.kind;
    case 'variant':
      return `variant:${choice.id}`;
    case 'scenario':
      return `scenario:${choice.fileName}`;
  }
}

/** A choice's name in sentences and column headings. */
export function choiceLabel(
  choice: CompareChoice,
  variants: { id: string; title: string }[],
  others: { fileName: string; title: string }[],
): string {
  const m = messages.compare.choices;
  switch (choice.kind) {
    case 'shipped':
      return m.shipped;
    case 'edited':
      return m.edited;
    case 'variant':
      return m.variant(variants.find((v) => v.id === choice.id)?.title ?? choice.id);
    case 'scenario':
      return m.scenario(
        others.find((o) => o.fileName === choice.fileName)?.title ?? choice.fileName,
      );
  }
}
