/**
 * The rule set as forms, one section at a time (scoring, rules, lists, consequences, joint
 * punishment, opacity, appeals, adaptation), every widget generated from the schema.
 */
import { useMemo, useState } from 'preact/hooks';
import { RuleSetSchema } from '../../scenario/schema';
import { messages } from '../strings';
import { useStore } from '../useStore';
import { FieldView, GroupField } from './FieldView';
import { RowsField } from './RowsField';
import { FormContextValue, formContext } from './formContext';
import { describeFields } from './schemaWalker';
import { useWorkbench } from './workbenchContext';

/** The rule set's sections, read once from the schema. */
const SECTIONS = describeFields(RuleSetSchema);

export function RuleForm() {
  const workbench = useWorkbench();
  const data = useStore(workbench.editorStore, (s) => s.data);
  const check = useStore(workbench.editorStore, (s) => s.check);
  const [sectionKey, setSection] = useState('rules');
  const m = messages.editor.form;
  const errors = check.status === 'invalid' ? check.errors : [];
  const form = useMemo(
    () => formContext(data, errors, (edit, field) => workbench.editor.edit(edit, field)),
    [data, errors, workbench],
  );

  if (data === null && check.status === 'pending') return <p class="muted">{m.checking}</p>;
  if (data === null) {
    return (
      <div class="callout form-unavailable">
        <p>{m.unparsable}</p>
        <button
          type="button"
          class="button"
          onClick={() => workbench.editorStore.setState({ tab: 'yaml' })}
        >
          {m.toYaml}
        </button>
      </div>
    );
  }

  const section = SECTIONS.find((s) => s.key === sectionKey) ?? SECTIONS[0];
  const path = ['ruleset', section.key];
  const outside = errors.filter((e) => !e.path.startsWith('ruleset')).length;

  return (
    <FormContextValue.Provider value={form}>
      <div class="rule-form">
        <nav class="form-sections" aria-label={m.sections}>
          <ul>
            {SECTIONS.map((s) => {
              const problems = form.errorsWithin(['ruleset', s.key]).length;
              return (
                <li key={s.key}>
                  <button
                    type="button"
                    class="section-link"
                    aria-current={s.key === section.key ? 'true' : undefined}
                    onClick={() => setSection(s.key)}
                  >
                    <span>{m.section(s.key)}</span>
                    {problems > 0 && (
                      <span class="badge badge-error" aria-label={m.problems(problems)}>
                        {problems}
                      </span>
                    )}
                  </button>
                </li>
              );
            })}
          </ul>
          {outside > 0 && <p class="small muted outside-note">{m.outside(outside)}</p>}
        </nav>
        <div class="form-body" key={section.key}>
          <h3 class="form-section-title">{m.section(section.key)}</h3>
          <p class="form-section-intro">{m.sectionIntro(section.key)}</p>
          {section.kind === 'group' ? (
            <GroupField spec={section} path={path} bare />
          ) : section.kind === 'rows' ? (
            <RowsField spec={section} path={path} bare Field={FieldView} />
          ) : (
            <FieldView spec={section} path={path} />
          )}
        </div>
      </div>
    </FormContextValue.Provider>
  );
}
