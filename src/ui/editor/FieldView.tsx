/**
 * One form widget per field spec, generated from the schema: numbers with their range and unit,
 * choices, switches, texts (conditions with a reading of what they mean), groups and rows. Every
 * input has a label, a description (aria-describedby) that states its unit, range and default,
 * and shows the problems found at its place.
 */
import type { ComponentChildren } from 'preact';
import type { Issue } from '../../scenario/issue';
import type { DataPath } from '../../scenario/yamlEdit';
import { messages } from '../strings';
import { readCondition } from './conditionPhrase';
import { fieldId, useForm, useTypedValue } from './formContext';
import { referenceChoices, valueAt, type Choice } from './references';
import { RowsField } from './RowsField';
import type { FieldSpec } from './schemaWalker';
import type { EvidenceMarkDefinition } from '../../scenario/schema';
import { EvidenceBadge } from '../story/EvidenceBadge';

/** The form's words, read when drawn: the page's catalogue may arrive after this module runs. */
const formWords = () => messages.editor.form;

/** The widget for `spec` at `path` in the draft. */
export function FieldView(props: { spec: FieldSpec; path: DataPath }) {
  const { spec, path } = props;
  switch (spec.kind) {
    case 'group':
      return <GroupField spec={spec} path={path} />;
    case 'rows':
      return <RowsField spec={spec} path={path} Field={FieldView} />;
    case 'number':
      return <NumberField spec={spec} path={path} />;
    case 'choice':
      return <ChoiceField spec={spec} path={path} />;
    case 'switch':
      return <SwitchField spec={spec} path={path} />;
    case 'text':
      return <TextField spec={spec} path={path} />;
    case 'other':
      return (
        <FieldFrame spec={spec} path={path}>
          <p class="muted small">{formWords().yamlOnly}</p>
        </FieldFrame>
      );
  }
}

/** The fields of a group; `bare` leaves out the fieldset (a section's own fields). */
export function GroupField(props: { spec: FieldSpec; path: DataPath; bare?: boolean }) {
  if (props.spec.kind !== 'group') return null;
  const fields = props.spec.fields.map((field) => (
    <FieldView key={field.key} spec={field} path={[...props.path, field.key]} />
  ));
  if (props.bare) return <div class="field-group">{fields}</div>;
  return (
    <fieldset class="field-set">
      <legend>{formWords().label(props.spec.key)}</legend>
      {props.spec.description && <p class="field-help">{props.spec.description}</p>}
      <div class="field-group">{fields}</div>
    </fieldset>
  );
}

/** Label, control, unit, description and problems of one field. */
function FieldFrame(props: {
  spec: FieldSpec;
  path: DataPath;
  children: ComponentChildren;
  /** Extra line under the control (a condition's reading). */
  note?: string;
}) {
  const { spec, path } = props;
  const form = useForm();
  const id = fieldId(path);
  const errors = form.errorsAt(path);
  const mark = evidenceAt(form.data, path);
  return (
    <div class={`field-row${errors.length > 0 ? ' has-error' : ''}`}>
      <label class="field-label" for={id}>
        {formWords().label(spec.key)}
      </label>
      <div class="field-control">
        {props.children}
        {spec.unit && (
          <span class="field-unit" id={`${id}-unit`}>
            {formWords().unit(spec.unit)}
          </span>
        )}
        {mark && <EvidenceBadge mark={mark} />}
      </div>
      <p class="field-help" id={`${id}-desc`}>
        {formWords().describe(spec)}
      </p>
      {props.note && (
        <p class="field-note" id={`${id}-note`}>
          {props.note}
        </p>
      )}
      {errors.map((error, k) => (
        <p class="field-error" id={`${id}-error-${k}`} key={k}>
          {formWords().problem(error.message)}
        </p>
      ))}
    </div>
  );
}

/**
 * The evidence mark of the number at `path`: in its object's `evidence`, by field name, or by a
 * dotted path from an enclosing object (a list's `entry.graceDays`).
 */
function evidenceAt(data: unknown, path: DataPath): EvidenceMarkDefinition | undefined {
  for (let up = 1; up <= Math.min(3, path.length); up++) {
    const owner = valueAt(data, path.slice(0, -up)) as { evidence?: unknown } | undefined;
    const evidence = owner?.evidence;
    if (evidence === null || typeof evidence !== 'object') continue;
    const mark = (evidence as Record<string, EvidenceMarkDefinition>)[path.slice(-up).join('.')];
    if (mark) return mark;
  }
  return undefined;
}

/** The ids an input is described by: description, unit, note and problems. */
function describedBy(spec: FieldSpec, path: DataPath, errors: Issue[], note: boolean): string {
  const id = fieldId(path);
  return [
    `${id}-desc`,
    spec.unit ? `${id}-unit` : '',
    note ? `${id}-note` : '',
    ...errors.map((_, k) => `${id}-error-${k}`),
  ]
    .filter((part) => part !== '')
    .join(' ');
}

function NumberField(props: { spec: FieldSpec; path: DataPath }) {
  const { spec, path } = props;
  const form = useForm();
  const value = valueAt(form.data, path);
  const errors = form.errorsAt(path);
  const typed = useTypedValue(
    typeof value === 'number' || typeof value === 'string' ? String(value) : '',
    (text) => {
      const trimmed = text.trim();
      if (trimmed === '') {
        if (spec.optional) form.edit({ op: 'unset', path }, path.join('.'));
        return;
      }
      const n = Number(trimmed);
      if (Number.isFinite(n)) form.edit({ op: 'set', path, value: n }, path.join('.'));
    },
  );
  if (spec.kind !== 'number') return null;
  return (
    <FieldFrame spec={spec} path={path}>
      <input
        id={fieldId(path)}
        type="number"
        inputMode="decimal"
        min={spec.min}
        max={spec.max}
        step={spec.step}
        value={typed.shown}
        placeholder={spec.defaultValue === undefined ? '' : String(spec.defaultValue)}
        aria-invalid={errors.length > 0}
        aria-describedby={describedBy(spec, path, errors, false)}
        onInput={(e) => typed.onInput(e.currentTarget.value)}
        onBlur={typed.onBlur}
      />
    </FieldFrame>
  );
}

function ChoiceField(props: { spec: FieldSpec; path: DataPath }) {
  const { spec, path } = props;
  const form = useForm();
  if (spec.kind !== 'choice') return null;
  const value = valueAt(form.data, path);
  return (
    <OptionSelect
      spec={spec}
      path={path}
      current={typeof value === 'string' ? value : ''}
      empty={spec.optional ? formWords().unset(spec.defaultValue) : null}
      options={spec.options.map((option) => ({
        value: option,
        label: formWords().option(spec.key, option),
      }))}
    />
  );
}

function SwitchField(props: { spec: FieldSpec; path: DataPath }) {
  const { spec, path } = props;
  const form = useForm();
  const value = valueAt(form.data, path);
  const errors = form.errorsAt(path);
  const id = fieldId(path);
  // Optional with no default (a rule's `told`): unset means "follow the scenario's setting".
  if (spec.optional && spec.defaultValue === undefined) {
    const current = value === true ? 'yes' : value === false ? 'no' : '';
    return (
      <FieldFrame spec={spec} path={path}>
        <select
          id={id}
          value={current}
          aria-describedby={describedBy(spec, path, errors, false)}
          onChange={(e) => {
            const next = e.currentTarget.value;
            form.edit(
              next === '' ? { op: 'unset', path } : { op: 'set', path, value: next === 'yes' },
              '',
            );
          }}
        >
          <option value="">{formWords().followSetting}</option>
          <option value="yes">{formWords().yes}</option>
          <option value="no">{formWords().no}</option>
        </select>
      </FieldFrame>
    );
  }
  const checked = typeof value === 'boolean' ? value : spec.defaultValue === true;
  return (
    <FieldFrame spec={spec} path={path}>
      <input
        id={id}
        type="checkbox"
        class="switch"
        checked={checked}
        aria-invalid={errors.length > 0}
        aria-describedby={describedBy(spec, path, errors, false)}
        onChange={(e) => form.edit({ op: 'set', path, value: e.currentTarget.checked }, '')}
      />
    </FieldFrame>
  );
}

function TextField(props: { spec: FieldSpec; path: DataPath }) {
  const { spec, path } = props;
  const form = useForm();
  const value = valueAt(form.data, path);
  const stored = typeof value === 'string' ? value : value === undefined ? '' : String(value);
  const typed = useTypedValue(stored, (text) => {
    if (text === '' && spec.optional) form.edit({ op: 'unset', path }, path.join('.'));
    else form.edit({ op: 'set', path, value: text }, path.join('.'));
  });
  if (spec.kind !== 'text') return null;
  const errors = form.errorsAt(path);
  const choices = referenceChoices(path, form.data);
  if (choices !== null) {
    return <ReferenceSelect spec={spec} path={path} choices={choices} current={stored} />;
  }
  const note =
    spec.expression && typed.shown.trim() !== ''
      ? formWords().reads(messages.editor.preview.condition(readCondition(typed.shown)))
      : undefined;
  return (
    <FieldFrame spec={spec} path={path} note={note}>
      <input
        id={fieldId(path)}
        type="text"
        class={spec.expression ? 'code-input' : undefined}
        spellcheck={!spec.expression}
        autocomplete="off"
        maxLength={spec.maxLength}
        value={typed.shown}
        aria-invalid={errors.length > 0}
        aria-describedby={describedBy(spec, path, errors, note !== undefined)}
        onInput={(e) => typed.onInput(e.currentTarget.value)}
        onBlur={typed.onBlur}
      />
    </FieldFrame>
  );
}

/** An id naming something in the scenario: chosen from what the scenario has. */
function ReferenceSelect(props: {
  spec: FieldSpec;
  path: DataPath;
  choices: Choice[];
  current: string;
}) {
  const { spec, path, choices, current } = props;
  return (
    <OptionSelect
      spec={spec}
      path={path}
      current={current}
      empty={spec.optional || current === '' ? formWords().none : null}
      options={choices.map((choice) => ({
        value: choice.value,
        label: choice.label === choice.value ? choice.value : `${choice.label} (${choice.value})`,
      }))}
    />
  );
}

/**
 * A drop-down of string options; `empty` labels the option that unsets the field (null: none).
 * A value the options do not hold stays shown, marked unknown, rather than silently replaced.
 */
function OptionSelect(props: {
  spec: FieldSpec;
  path: DataPath;
  current: string;
  empty: string | null;
  options: Choice[];
}) {
  const { spec, path, current, empty, options } = props;
  const form = useForm();
  const errors = form.errorsAt(path);
  return (
    <FieldFrame spec={spec} path={path}>
      <select
        id={fieldId(path)}
        value={current}
        aria-invalid={errors.length > 0}
        aria-describedby={describedBy(spec, path, errors, false)}
        onChange={(e) => {
          const next = e.currentTarget.value;
          form.edit(next === '' ? { op: 'unset', path } : { op: 'set', path, value: next }, '');
        }}
      >
        {empty !== null && <option value="">{empty}</option>}
        {current !== '' && !options.some((o) => o.value === current) && (
          <option value={current}>{formWords().unknownChoice(current)}</option>
        )}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
