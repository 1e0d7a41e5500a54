/** What every form widget needs: the draft's data, its problems by field, and a way to edit it. */
import { createContext } from 'preact';
import { useContext, useEffect, useRef, useState } from 'preact/hooks';
import { formatPath, type Issue } from '../../scenario/issue';
import type { DataPath, DraftEdit } from '../../scenario/yamlEdit';

export interface FormContext {
  data: unknown;
  /** Problems found at exactly this field. */
  errorsAt(path: DataPath): Issue[];
  /** Problems at this field or inside it. */
  errorsWithin(path: DataPath): Issue[];
  /** One edit; `field` groups keystrokes in one field into one undo step. */
  edit(edit: DraftEdit, field: string): void;
}

export const FormContextValue = createContext<FormContext | null>(null);

/** The form's context (throws outside the rule form: a wiring mistake). */
export function useForm(): FormContext {
  const form = useContext(FormContextValue);
  if (form === null) throw new Error('useForm() outside the rule form');
  return form;
}

/** Builds the context for the draft's data and problems. */
export function formContext(
  data: unknown,
  errors: Issue[],
  edit: (edit: DraftEdit, field: string) => void,
): FormContext {
  const byPath = new Map<string, Issue[]>();
  for (const issue of errors) byPath.set(issue.path, [...(byPath.get(issue.path) ?? []), issue]);
  return {
    data,
    errorsAt: (path) => byPath.get(formatPath(path)) ?? [],
    errorsWithin: (path) => {
      const at = formatPath(path);
      return errors.filter(
        (e) => e.path === at || e.path.startsWith(`${at}.`) || e.path.startsWith(`${at}[`),
      );
    },
    edit,
  };
}

/** A DOM id for the field at `path`. */
export function fieldId(path: DataPath): string {
  return `field-${path.join('-').replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

/** Typing goes to the draft after this pause, or when the field loses focus. */
const COMMIT_AFTER_MS = 250;

/**
 * A text the player is typing: shown as typed, committed after a pause or on leaving the field,
 * and following the draft again once committed (undo, or an edit in the YAML tab).
 */
export function useTypedValue(
  stored: string,
  commit: (typed: string) => void,
): { shown: string; onInput: (typed: string) => void; onBlur: () => void } {
  const [typed, setTyped] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef({ typed, commit });
  latest.current = { typed, commit };

  /** The draft's value when we last committed: any other change came from elsewhere (undo). */
  const committed = useRef(stored);

  const flush = () => {
    if (timer.current !== undefined) clearTimeout(timer.current);
    timer.current = undefined;
    const pending = latest.current.typed;
    if (pending !== null) latest.current.commit(pending);
  };

  useEffect(() => () => flush(), []);
  useEffect(() => {
    if (timer.current === undefined && stored !== committed.current) setTyped(null);
    committed.current = stored;
  }, [stored]);

  return {
    shown: typed ?? stored,
    onInput(value) {
      setTyped(value);
      latest.current.typed = value;
      if (timer.current !== undefined) clearTimeout(timer.current);
      timer.current = setTimeout(flush, COMMIT_AFTER_MS);
    },
    onBlur() {
      flush();
      setTyped(null);
    },
  };
}
