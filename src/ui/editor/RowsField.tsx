/**
 * A list in the rule set: rows of fields as cards that can be added, removed and moved (each rule's
 * card reads as its plain-language preview while closed), or, for lists of ids that name something
 * in the scenario, a set of checkboxes.
 */
import type { EvidenceMarkDefinition } from '../../scenario/schema';
import { EvidenceBadge } from '../story/EvidenceBadge';
import type { ComponentType } from 'preact';
import { useState } from 'preact/hooks';
import type { DataPath } from '../../scenario/yamlEdit';
import { messages } from '../strings';
import { fieldId, useForm } from './formContext';
import { describeRule } from './rulePreview';
import { referenceChoices, valueAt, type Choice } from './references';
import { rowTemplate } from './rowTemplate';
import type { FieldSpec } from './schemaWalker';

/** The form's words, read when drawn: the page's catalogue may arrive after this module runs. */
const formWords = () => messages.editor.form;

/** The widget a row's fields are drawn with (FieldView, which draws rows with RowsField in turn). */
export type FieldComponent = ComponentType<{ spec: FieldSpec; path: DataPath }>;

/** `bare`: the list is a whole section, whose heading names it already. */
export function RowsField(props: {
  spec: FieldSpec;
  path: DataPath;
  bare?: boolean;
  Field: FieldComponent;
}) {
  const { spec, path, Field } = props;
  const form = useForm();
  if (spec.kind !== 'rows') return null;
  const written = valueAt(form.data, path);
  const choices = referenceChoices([...path, 0], form.data);
  if (choices !== null) {
    const values = Array.isArray(written) ? written.map(String) : [];
    return <ReferenceSet spec={spec} path={path} choices={choices} values={values} />;
  }
  if (!Array.isArray(written) && Array.isArray(spec.defaultValue) && spec.defaultValue.length > 0)
    return <DefaultRows spec={spec} path={path} rows={spec.defaultValue} />;
  const rows = Array.isArray(written) ? written : [];
  return <RowList spec={spec} path={path} rows={rows} bare={props.bare ?? false} Field={Field} />;
}

/** A list left at the schema's default (grade bands): shown, and copied in to be edited. */
function DefaultRows(props: { spec: FieldSpec; path: DataPath; rows: unknown[] }) {
  const form = useForm();
  return (
    <section class="rows" aria-labelledby={`${fieldId(props.path)}-title`}>
      <h3 class="rows-title" id={`${fieldId(props.path)}-title`}>
        {formWords().label(props.spec.key)}
      </h3>
      <p class="field-help">{formWords().usingDefault}</p>
      <ul class="default-rows">
        {props.rows.map((row, index) => (
          <li key={index}>{rowTitle(row, index)}</li>
        ))}
      </ul>
      <button
        type="button"
        class="button"
        onClick={() => form.edit({ op: 'set', path: props.path, value: props.rows }, '')}
      >
        {formWords().customise}
      </button>
    </section>
  );
}

function RowList(props: {
  spec: FieldSpec;
  path: DataPath;
  rows: unknown[];
  bare: boolean;
  Field: FieldComponent;
}) {
  const { spec, path, rows, Field } = props;
  const form = useForm();
  const [open, setOpen] = useState<ReadonlySet<number>>(new Set());
  if (spec.kind !== 'rows') return null;
  const full = spec.max !== undefined && rows.length >= spec.max;
  const toggle = (index: number, isOpen: boolean) =>
    setOpen((current) => {
      const next = new Set(current);
      if (isOpen) next.add(index);
      else next.delete(index);
      return next;
    });
  const add = () => {
    const value = rowTemplate(spec.item, path, rows, form.data);
    form.edit({ op: 'insert', path, index: rows.length, value }, '');
    toggle(rows.length, true);
  };
  const move = (from: number, to: number) => {
    form.edit({ op: 'move', path, from, to }, '');
    setOpen(new Set([...open].map((i) => (i === from ? to : i === to ? from : i))));
  };
  const remove = (index: number) => {
    form.edit({ op: 'remove', path, index }, '');
    setOpen(new Set([...open].filter((i) => i !== index).map((i) => (i > index ? i - 1 : i))));
  };

  return (
    <section class="rows" aria-label={formWords().label(spec.key)}>
      {!props.bare && <h4 class="rows-title">{formWords().label(spec.key)}</h4>}
      {!props.bare && spec.description && <p class="field-help">{spec.description}</p>}
      {rows.length === 0 && <p class="muted small">{formWords().noRows}</p>}
      <ol class="row-list">
        {rows.map((row, index) => {
          const rowPath = [...path, index];
          const problems = form.errorsWithin(rowPath).length;
          const title = rowTitle(row, index);
          return (
            <li key={index} class={`row-card${problems > 0 ? ' has-error' : ''}`}>
              <details
                open={open.has(index)}
                onToggle={(e) => toggle(index, (e.currentTarget as HTMLDetailsElement).open)}
              >
                <summary>
                  <span class="row-title">{title}</span>
                  <RowMarks row={row} />
                  {problems > 0 && (
                    <span class="badge badge-error">{formWords().problems(problems)}</span>
                  )}
                  <RowSummary path={path} row={row} />
                </summary>
                <div class="row-body">
                  {spec.item.kind === 'group' ? (
                    spec.item.fields.map((field) => (
                      <Field key={field.key} spec={field} path={[...rowPath, field.key]} />
                    ))
                  ) : (
                    <Field spec={{ ...spec.item, key: spec.key }} path={rowPath} />
                  )}
                  <div class="row-tools">
                    <button
                      type="button"
                      class="button button-small"
                      disabled={index === 0}
                      onClick={() => move(index, index - 1)}
                      aria-label={formWords().moveUpNamed(title)}
                    >
                      {formWords().moveUp}
                    </button>
                    <button
                      type="button"
                      class="button button-small"
                      disabled={index === rows.length - 1}
                      onClick={() => move(index, index + 1)}
                      aria-label={formWords().moveDownNamed(title)}
                    >
                      {formWords().moveDown}
                    </button>
                    <button
                      type="button"
                      class="button button-small button-danger"
                      disabled={rows.length <= spec.min}
                      onClick={() => remove(index)}
                      aria-label={formWords().removeNamed(title)}
                    >
                      {formWords().remove}
                    </button>
                  </div>
                </div>
              </details>
            </li>
          );
        })}
      </ol>
      <button type="button" class="button" onClick={add} disabled={full}>
        <span aria-hidden="true">+</span> {formWords().add(spec.key)}
      </button>
    </section>
  );
}

/** The line under a row's title: a rule's plain-language preview, else its label. */
function RowSummary(props: { path: DataPath; row: unknown }) {
  const form = useForm();
  const data = form.data as { ruleset?: unknown } | null;
  if (props.path.join('.') === 'ruleset.rules') {
    const sentence = messages.editor.preview.rule(
      describeRule(props.row, form.data, data?.ruleset),
    );
    return <span class="row-preview rule-preview">{sentence}</span>;
  }
  const row = props.row as { label?: unknown; min?: unknown } | null;
  const parts = [
    typeof row?.label === 'string' ? row.label : '',
    typeof row?.min === 'number' ? formWords().fromPoints(row.min) : '',
  ].filter((part) => part !== '');
  return parts.length > 0 ? <span class="row-preview">{parts.join(' · ')}</span> : null;
}

function rowTitle(row: unknown, index: number): string {
  const id = typeof row === 'object' && row !== null ? (row as { id?: unknown }).id : undefined;
  return typeof id === 'string' && id !== '' ? id : formWords().rowNumber(index + 1);
}

/** Ids naming things in the scenario (lists, grades, behaviours), ticked on and off. */
function ReferenceSet(props: {
  spec: FieldSpec;
  path: DataPath;
  choices: Choice[];
  values: string[];
}) {
  const { spec, path, choices, values } = props;
  const form = useForm();
  const id = fieldId(path);
  const errors = form.errorsWithin(path);
  const unknown = values.filter((v) => !choices.some((c) => c.value === v));
  const all = [
    ...choices,
    ...unknown.map((value) => ({ value, label: formWords().unknownChoice(value) })),
  ];
  return (
    <fieldset
      class={`choice-set${errors.length > 0 ? ' has-error' : ''}`}
      aria-describedby={`${id}-desc`}
    >
      <legend class="field-label">{formWords().label(spec.key)}</legend>
      <p class="field-help" id={`${id}-desc`}>
        {formWords().describe(spec)}
      </p>
      <div class="choice-options">
        {all.map((choice) => {
          const at = values.indexOf(choice.value);
          return (
            <label class="check" key={choice.value}>
              <input
                type="checkbox"
                checked={at >= 0}
                onChange={() =>
                  form.edit(
                    at >= 0
                      ? { op: 'remove', path, index: at }
                      : { op: 'insert', path, index: values.length, value: choice.value },
                    '',
                  )
                }
              />
              <span>{choice.label}</span>
            </label>
          );
        })}
      </div>
      {errors.map((error, k) => (
        <p class="field-error" key={k}>
          {formWords().problem(error.message)}
        </p>
      ))}
    </fieldset>
  );
}

/** The evidence marks of a row's numbers (a rule's points), shown on its closed card. */
function RowMarks(props: { row: unknown }) {
  const evidence = (props.row as { evidence?: unknown } | null)?.evidence;
  if (evidence === null || typeof evidence !== 'object') return null;
  return (
    <>
      {Object.values(evidence as Record<string, EvidenceMarkDefinition>).map((mark, k) => (
        <EvidenceBadge key={k} mark={mark} />
      ))}
    </>
  );
}
