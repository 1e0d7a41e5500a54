/**
 * "Class results": the teacher opens or drops many hand-in files, or pastes many codes, and reads
 * the class together: predictions against what the runs gave, endings and the moves that led there,
 * the runs' figures side by side, a sortable list of students, the explanations one after another.
 * Every input is checked (src/export/classResults.ts); nothing leaves the browser; the class is
 * saved only when the teacher saves it (src/store/classStore.ts).
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { usePageDialog } from '../components/usePageDialog';
import {
  classCsv,
  endingKey,
  firstChoice,
  groupFigures,
  type ClassGroup,
  type ClassInput,
  type GroupFigures,
} from '../../export/classResults';
import { HAND_IN_LIMITS } from '../../export/handIn';
import { findHandInCodes, readHandInCode } from '../../export/handInCode';
import {
  addToClass,
  CLASS_STORAGE_KEY,
  createClassStore,
  forgetClass,
  removeStudent,
  restoreClass,
  saveClass,
  type ClassStore,
} from '../../store/classStore';
import { useApp } from '../appContext';
import { saveFile } from '../report/saveFile';
import { intlLocale, messages } from '../strings';
import { useStore } from '../useStore';
import { ChartTable, CountsChart, FiguresChart, FlowChart, NumberChart, fmt } from './ClassCharts';
import './class.css';

/** One class per page: it stays while the page is open, and is saved only when asked. */
let classStore: ClassStore | null = null;
let codesRead = 0;

export function theClassStore(): ClassStore {
  if (classStore === null) {
    classStore = createClassStore();
    restoreClass(classStore, classStorage(), Date.now());
  }
  return classStore;
}

function classStorage(): Storage | null {
  try {
    const storage = window.localStorage;
    storage.getItem(CLASS_STORAGE_KEY);
    return storage;
  } catch {
    return null;
  }
}

/** Reads files: those over the size limit are refused before they are read. */
export async function readFiles(files: readonly File[]): Promise<ClassInput[]> {
  return Promise.all(
    files.map(async (file): Promise<ClassInput> => {
      if (file.size > HAND_IN_LIMITS.fileBytes)
        return {
          source: file.name,
          read: {
            ok: false,
            problem: { kind: 'tooLarge', bytes: file.size, max: HAND_IN_LIMITS.fileBytes },
          },
        };
      try {
        return { source: file.name, text: await file.text() };
      } catch {
        return { source: file.name, read: { ok: false, problem: { kind: 'notJson' } } };
      }
    }),
  );
}

const KEY_FIGURES = [
  'finalMeanScore',
  'finalListed',
  'peakListed',
  'totalNewListings',
  'totalNewWrongfulListings',
  'wrongfulShare',
  'finalWrongfulListings',
  'totalFlightRefusals',
  'totalTrainRefusals',
  'totalSchoolRefusals',
  'totalSanctionsApplied',
  'totalAppealsFiled',
  'totalAppealsGranted',
];

export function ClassScreen() {
  const { stores } = useApp();
  const store = theClassStore();
  const state = useStore(store, (s) => s);
  const [codes, setCodes] = useState('');
  const [codeNote, setCodeNote] = useState('');
  const [over, setOver] = useState(false);
  const [projector, setProjector] = useState(
    () => document.documentElement.dataset.theme === 'projector',
  );
  const fileInput = useRef<HTMLInputElement>(null);
  const m = messages.classResults.view;

  const close = () => stores.teacher.setState({ dialog: null });
  const closeButton = usePageDialog(close, { classes: ['class-open'] });
  // The projector switch here is the screen's own: the page's theme comes back when it closes.
  useEffect(() => {
    const themeBefore = document.documentElement.dataset.theme;
    return () => {
      if (themeBefore === undefined) delete document.documentElement.dataset.theme;
      else document.documentElement.dataset.theme = themeBefore;
    };
  }, []);
  useEffect(() => {
    if (projector) document.documentElement.dataset.theme = 'projector';
    else if (!stores.teacher.getState().settings.projector)
      delete document.documentElement.dataset.theme;
  }, [projector]);

  const addFiles = async (list: FileList | null) => {
    if (list === null || list.length === 0) return;
    addToClass(store, await readFiles([...list]));
  };

  const readCodes = () => {
    const found = findHandInCodes(codes, HAND_IN_LIMITS.students);
    if (found.codes.length === 0) {
      setCodeNote(m.noCodes);
      return;
    }
    const inputs = found.codes.map((code): ClassInput => ({
      source: m.code(++codesRead),
      read: readHandInCode(code),
    }));
    addToClass(store, inputs);
    setCodes('');
    setCodeNote(found.more ? m.tooManyCodes(HAND_IN_LIMITS.students) : '');
  };

  const group = state.groups.find((g) => g.key === state.shown) ?? state.groups[0] ?? null;

  return (
    <div
      class={`report class-screen${over ? ' class-over' : ''}`}
      role="dialog"
      aria-modal="true"
      aria-labelledby="class-title"
      onDragOver={(event) => {
        if (!event.dataTransfer?.types.includes('Files')) return;
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={(event) => {
        if (event.currentTarget === event.target) setOver(false);
      }}
      onDrop={(event) => {
        event.preventDefault();
        setOver(false);
        void addFiles(event.dataTransfer?.files ?? null);
      }}
    >
      <div class="report-toolbar">
        <h2 id="class-title">{m.title}</h2>
        <label class="class-projector">
          <input
            type="checkbox"
            checked={projector}
            onChange={(event) => setProjector(event.currentTarget.checked)}
          />{' '}
          {m.projector}
        </label>
        <button
          type="button"
          class="button"
          disabled={state.students.length === 0}
          onClick={() => window.print()}
        >
          {m.print}
        </button>
        <button ref={closeButton} type="button" class="button" onClick={close}>
          {m.close}
        </button>
      </div>

      <section class="report-downloads class-add" aria-labelledby="class-add-title">
        <p class="muted small">{m.privacy}</p>
        <h3 id="class-add-title">{m.add}</h3>
        <div class="class-drop">
          <button
            type="button"
            class="button button-primary"
            onClick={() => fileInput.current?.click()}
          >
            {m.files}
          </button>
          <input
            ref={fileInput}
            type="file"
            multiple
            accept=".json,application/json"
            class="class-file-input"
            aria-label={m.files}
            tabIndex={-1}
            onChange={(event) => {
              void addFiles(event.currentTarget.files).then(() => {
                if (fileInput.current) fileInput.current.value = '';
              });
            }}
          />
          <span class="muted small">{m.filesHelp}</span>
        </div>
        <label class="field">
          <span>{m.codes}</span>
          <textarea
            rows={3}
            value={codes}
            spellcheck={false}
            onInput={(event) => setCodes(event.currentTarget.value)}
          />
        </label>
        <button type="button" class="button" disabled={codes.trim() === ''} onClick={readCodes}>
          {m.readCodes}
        </button>
        <p class="report-status" role="status">
          {codeNote ||
            (state.lastRead
              ? m.read(state.lastRead.inputs, state.lastRead.kept, state.lastRead.rejected)
              : '')}
        </p>
        {state.note && (
          <p class="class-note" role="alert">
            {m.note(state.note)}
          </p>
        )}
      </section>

      {state.rejected.length > 0 && (
        <section class="report-downloads class-rejected" aria-labelledby="class-rejected-title">
          <h3 id="class-rejected-title">
            {m.rejectedTitle} ({state.rejected.length})
          </h3>
          <p class="muted small">{m.rejectedHelp}</p>
          <table class="class-list">
            <thead>
              <tr>
                <th scope="col">{m.source}</th>
                <th scope="col">{m.reason}</th>
              </tr>
            </thead>
            <tbody>
              {state.rejected.map((r, i) => (
                <tr key={i} data-problem={r.problem.kind}>
                  <td>{r.source}</td>
                  <td>{m.problem(r.problem)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}

      {state.groups.length === 0 ? (
        <p class="report-empty">{m.empty}</p>
      ) : (
        <>
          {state.groups.length > 1 && (
            <section class="report-downloads class-groups">
              <p class="class-note" data-groups={state.groups.length}>
                {m.groups(state.groups.length)}
              </p>
              {state.splitScenarios.length > 0 && (
                <p class="class-note">{m.split(state.splitScenarios.join(', '))}</p>
              )}
              <label class="field">
                <span>{m.group}</span>
                <select
                  value={group?.key}
                  onChange={(event) => store.setState({ shown: event.currentTarget.value })}
                >
                  {state.groups.map((g) => (
                    <option key={g.key} value={g.key}>
                      {m.groupOption(g.scenario.title, g.key, g.students.length)}
                    </option>
                  ))}
                </select>
              </label>
            </section>
          )}
          {group && <GroupView group={group} store={store} />}
          <section class="report-downloads class-out" aria-labelledby="class-out-title">
            <h3 id="class-out-title">{m.out}</h3>
            <div class="report-download-buttons">
              <button
                type="button"
                class="button button-primary"
                data-class="csv"
                onClick={() =>
                  saveFile(
                    `ledgertown-class-${state.students.length}-students.csv`,
                    classCsv(state),
                    'text/csv;charset=utf-8',
                  )
                }
              >
                {m.csv}
              </button>
              <button
                type="button"
                class="button"
                data-class="save"
                onClick={() => saveClass(store, classStorage())}
              >
                {m.save}
              </button>
              <button
                type="button"
                class="button"
                data-class="forget"
                onClick={() => {
                  if (window.confirm(m.forgetConfirm)) forgetClass(store, classStorage());
                }}
              >
                {m.forget}
              </button>
            </div>
            <p class="muted small">
              {state.saved ? m.savedNow : m.unsaved} {m.storageHelp(CLASS_STORAGE_KEY)}
            </p>
          </section>
        </>
      )}
    </div>
  );
}

function GroupView({ group, store }: { group: ClassGroup; store: ClassStore }) {
  const figures = useMemo(() => groupFigures(group), [group]);
  const m = messages.classResults.view;
  const seeds = [...new Set(group.students.map((s) => s.handIn.seed))].sort((a, b) => a - b);
  return (
    <article class="report-page class-page" data-group={group.key}>
      <header class="report-head">
        <p class="report-app">{messages.appName}</p>
        <h1>{group.scenario.title}</h1>
        <p class="muted">
          {m.stamp(
            group.students.length,
            seeds.length > 12 ? `${seeds.slice(0, 12).join(', ')}…` : seeds.join(', '),
          )}{' '}
          <code>{group.key}</code> · {m.printed} {new Date().toLocaleDateString(intlLocale)}
        </p>
      </header>
      <Predictions figures={figures} students={group.students.length} />
      <Endings figures={figures} />
      <RunFigures figures={figures} />
      <StudentList group={group} figures={figures} store={store} />
      <Explanations figures={figures} />
    </article>
  );
}

function Predictions({ figures, students }: { figures: GroupFigures; students: number }) {
  const m = messages.classResults.view;
  return (
    <section
      class="class-section"
      aria-labelledby="class-predictions-title"
      data-section="predictions"
    >
      <h2 id="class-predictions-title">{m.predictions}</h2>
      {figures.questions.length === 0 && <p class="muted">{m.noPredictions}</p>}
      {figures.questions.map((q) => {
        const label = q.question.text;
        const optionLabel = (id: string) =>
          q.question.options.find((o) => o.id === id)?.label ?? id;
        return (
          <div key={q.question.id} class="class-question" data-question={q.question.id}>
            <h3>{label}</h3>
            <p class="muted small">
              {m.answered(q.answered, students)} · {m.matched(q.matched, q.answered)}
            </p>
            {q.question.kind === 'number' ? (
              <NumberChart q={q} label={label} />
            ) : (
              <CountsChart
                label={`${label}: ${m.predicted} / ${m.observed}`}
                rows={q.question.options.map((o) => ({
                  label: o.label,
                  a: q.counts[o.id] ?? 0,
                  b: q.observedCounts[o.id] ?? 0,
                }))}
              />
            )}
            <p class="class-legend small">
              <span class="class-key class-key-a" /> {m.predicted}{' '}
              <span class="class-key class-key-b" /> {m.observed}
              {q.question.kind === 'number' && (
                <>
                  {' '}
                  <span class="class-key class-key-band" /> {m.spread}
                </>
              )}
            </p>
            <ChartTable id={`class-q-${q.question.id}`}>
              {q.question.kind === 'number' ? (
                <table class="class-list">
                  <thead>
                    <tr>
                      <th scope="col" />
                      <th scope="col">{m.count}</th>
                      <th scope="col">{m.median}</th>
                      <th scope="col">{m.min}</th>
                      <th scope="col">{m.max}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {(
                      [
                        ['predicted', m.predicted, q.predictions],
                        ['observed', m.observed, q.observed],
                        ['spread', m.spread, q.spread],
                      ] as const
                    ).map(([key, name, s]) => (
                      <tr key={key} data-row={key}>
                        <th scope="row">{name}</th>
                        <td data-value={s?.n ?? ''}>{fmt(s?.n)}</td>
                        <td data-value={s?.median ?? ''}>{fmt(s?.median)}</td>
                        <td data-value={s?.min ?? ''}>{fmt(s?.min)}</td>
                        <td data-value={s?.max ?? ''}>{fmt(s?.max)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              ) : (
                <table class="class-list">
                  <thead>
                    <tr>
                      <th scope="col">{m.option}</th>
                      <th scope="col">{m.predicted}</th>
                      <th scope="col">{m.observed}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {q.question.options.map((o) => (
                      <tr key={o.id} data-row={o.id}>
                        <th scope="row">{optionLabel(o.id)}</th>
                        <td data-value={q.counts[o.id] ?? 0}>{fmt(q.counts[o.id] ?? 0)}</td>
                        <td data-value={q.observedCounts[o.id] ?? 0}>
                          {fmt(q.observedCounts[o.id] ?? 0)}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </ChartTable>
          </div>
        );
      })}
    </section>
  );
}

function Endings({ figures }: { figures: GroupFigures }) {
  const m = messages.classResults.view;
  const words = messages.classResults;
  const endingLabel = (id: string) => words.endings[id] ?? id;
  const roles = figures.roles.filter((r) => r.key !== 'observer');
  return (
    <section class="class-section" aria-labelledby="class-endings-title" data-section="endings">
      <h2 id="class-endings-title">{m.endingsTitle}</h2>
      {roles.length === 0 && <p class="muted">{m.noRoles}</p>}
      {roles.map((role) => {
        const choiceLabel = (id: string) =>
          role.choiceLabels[id] ?? (id === '' ? words.noChoice : id);
        const endings = Object.keys(role.endings).sort(
          (a, b) => role.endings[b] - role.endings[a] || (a < b ? -1 : 1),
        );
        return (
          <div key={role.key} class="class-role" data-role={role.key}>
            <h3>
              {role.label} <span class="muted">({role.students})</span>
            </h3>
            <CountsChart
              label={m.endingChart(role.label)}
              rows={endings.map((e) => ({ label: endingLabel(e), a: role.endings[e] }))}
            />
            <h4>{m.flowTitle}</h4>
            <FlowChart
              role={role}
              choiceLabel={choiceLabel}
              endingLabel={endingLabel}
              label={m.flowChart(role.label)}
            />
            <ChartTable id={`class-role-${role.key.replace(/[^a-zA-Z0-9_-]/g, '-')}`}>
              <table class="class-list" data-table="endings">
                <thead>
                  <tr>
                    <th scope="col">{m.ending}</th>
                    <th scope="col">{m.students}</th>
                  </tr>
                </thead>
                <tbody>
                  {endings.map((e) => (
                    <tr key={e} data-row={e}>
                      <th scope="row">{endingLabel(e)}</th>
                      <td data-value={role.endings[e]}>{fmt(role.endings[e])}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <table class="class-list" data-table="flows">
                <thead>
                  <tr>
                    <th scope="col">{m.firstMove}</th>
                    <th scope="col">{m.ending}</th>
                    <th scope="col">{m.students}</th>
                  </tr>
                </thead>
                <tbody>
                  {role.flows.map((f) => (
                    <tr key={`${f.first}>${f.ending}`} data-first={f.first} data-ending={f.ending}>
                      <td>{choiceLabel(f.first)}</td>
                      <td>{endingLabel(f.ending)}</td>
                      <td data-value={f.students}>{fmt(f.students)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ChartTable>
          </div>
        );
      })}
    </section>
  );
}

const figureLabel = (key: string) => messages.classroom.reportView.figureLabel(key) ?? key;

function RunFigures({ figures }: { figures: GroupFigures }) {
  const m = messages.classResults.view;
  const rows = figures.figures
    .filter(
      (f) =>
        KEY_FIGURES.includes(f.key) &&
        f.values.n > 0 &&
        messages.classroom.reportView.figureLabel(f.key) !== undefined,
    )
    .map((f) => ({
      key: f.key,
      label: figureLabel(f.key),
      values: f.byStudent,
      summary: f.values,
    }));
  return (
    <section class="class-section" aria-labelledby="class-figures-title" data-section="figures">
      <h2 id="class-figures-title">{m.figuresTitle}</h2>
      <p class="muted small">{m.figuresHelp}</p>
      <FiguresChart rows={rows} label={m.figureChart} />
      <ChartTable id="class-figures-table">
        <table class="class-list" data-table="figures">
          <thead>
            <tr>
              <th scope="col">{m.figure}</th>
              <th scope="col">{m.runs}</th>
              <th scope="col">{m.median}</th>
              <th scope="col">{m.min}</th>
              <th scope="col">{m.max}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key} data-row={r.key}>
                <th scope="row">{r.label}</th>
                <td data-value={r.summary.n}>{fmt(r.summary.n)}</td>
                <td data-value={r.summary.median ?? ''}>{fmt(r.summary.median)}</td>
                <td data-value={r.summary.min ?? ''}>{fmt(r.summary.min)}</td>
                <td data-value={r.summary.max ?? ''}>{fmt(r.summary.max)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ChartTable>
    </section>
  );
}

/** One collator for every comparison: `localeCompare(…, locale)` builds one per call. */
const collator = new Intl.Collator(intlLocale, { numeric: true });

type SortKey =
  'name' | 'seed' | 'role' | 'ending' | 'first' | 'choices' | `q:${string}` | `f:${string}`;

function StudentList({
  group,
  figures,
  store,
}: {
  group: ClassGroup;
  figures: GroupFigures;
  store: ClassStore;
}) {
  const m = messages.classResults.view;
  const words = messages.classResults;
  const [sort, setSort] = useState<{ key: SortKey; up: boolean }>({ key: 'name', up: true });
  const questions = figures.questions.map((q) => q.question);
  const shownFigures = ['totalNewListings', 'totalNewWrongfulListings'].filter((k) =>
    figures.figures.some((f) => f.key === k),
  );
  const labelOf = (s: (typeof group.students)[number]) => {
    const id = firstChoice(s.handIn);
    return s.handIn.choiceLabels[id] ?? (id === '' ? '' : id);
  };
  const answerText = (s: (typeof group.students)[number], id: string) => {
    const a = s.handIn.answers.find((x) => x.question === id);
    const p = a?.prediction;
    if (p === null || p === undefined) return '';
    const q = questions.find((x) => x.id === id);
    const option = (o: string) => q?.options.find((x) => x.id === o)?.label ?? o;
    return Array.isArray(p)
      ? p.map(option).join(' > ')
      : typeof p === 'string'
        ? option(p)
        : fmt(p);
  };
  const value = (s: (typeof group.students)[number], key: SortKey): string | number => {
    switch (key) {
      case 'name':
        return s.handIn.name;
      case 'seed':
        return s.handIn.seed;
      case 'role':
        return s.handIn.role.label;
      case 'ending':
        return words.endings[endingKey(s.handIn)] ?? '';
      case 'first':
        return labelOf(s);
      case 'choices':
        return s.handIn.choices.length;
      default: {
        if (key.startsWith('q:')) {
          const p = s.handIn.answers.find((a) => a.question === key.slice(2))?.prediction;
          return typeof p === 'number' ? p : answerText(s, key.slice(2));
        }
        return s.handIn.figures[key.slice(2)] ?? -Infinity;
      }
    }
  };
  const rows = [...group.students].sort((a, b) => {
    const va = value(a, sort.key);
    const vb = value(b, sort.key);
    const c =
      typeof va === 'number' && typeof vb === 'number'
        ? va - vb
        : collator.compare(String(va), String(vb));
    return (sort.up ? c : -c) || (a.id < b.id ? -1 : 1);
  });
  const columns: { key: SortKey; label: string }[] = [
    { key: 'name', label: m.name },
    { key: 'seed', label: m.seed },
    { key: 'role', label: m.role },
    { key: 'ending', label: m.ending },
    { key: 'first', label: m.firstMove },
    { key: 'choices', label: m.choices },
    ...questions.map((q) => ({ key: `q:${q.id}` as SortKey, label: q.text })),
    ...shownFigures.map((k) => ({ key: `f:${k}` as SortKey, label: figureLabel(k) })),
  ];
  return (
    <section class="class-section" aria-labelledby="class-list-title" data-section="students">
      <h2 id="class-list-title">
        {m.listTitle} ({group.students.length})
      </h2>
      <div class="class-scroll">
        <table class="class-list class-students">
          <thead>
            <tr>
              {columns.map((c) => (
                <th
                  key={c.key}
                  scope="col"
                  aria-sort={
                    sort.key === c.key ? (sort.up ? 'ascending' : 'descending') : undefined
                  }
                >
                  <button
                    type="button"
                    class="class-sort"
                    data-sort={c.key}
                    title={m.sortBy(c.label)}
                    onClick={() =>
                      setSort({ key: c.key, up: sort.key === c.key ? !sort.up : true })
                    }
                  >
                    {c.label.length > 40 ? `${c.label.slice(0, 39)}…` : c.label}
                    {sort.key === c.key ? (sort.up ? ' ▲' : ' ▼') : ''}
                  </button>
                </th>
              ))}
              <th scope="col" class="class-screen-only">
                <span class="visually-hidden">{m.remove}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((s) => (
              <tr key={s.id} data-student={s.id}>
                <th scope="row" class="class-name">
                  {s.handIn.name || m.unnamed}
                </th>
                <td data-value={s.handIn.seed}>{s.handIn.seed}</td>
                <td>{s.handIn.role.label}</td>
                <td data-value={endingKey(s.handIn)}>{words.endings[endingKey(s.handIn)]}</td>
                <td data-value={firstChoice(s.handIn)}>{labelOf(s)}</td>
                <td data-value={s.handIn.choices.length}>{s.handIn.choices.length}</td>
                {questions.map((q) => (
                  <td key={q.id}>{answerText(s, q.id)}</td>
                ))}
                {shownFigures.map((k) => (
                  <td key={k} data-value={s.handIn.figures[k] ?? ''}>
                    {fmt(s.handIn.figures[k])}
                  </td>
                ))}
                <td class="class-screen-only">
                  <button
                    type="button"
                    class="button button-quiet"
                    aria-label={m.removeStudent(s.handIn.name || m.unnamed)}
                    onClick={() => removeStudent(store, s.id)}
                  >
                    {m.remove}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function Explanations({ figures }: { figures: GroupFigures }) {
  const m = messages.classResults.view;
  const all = figures.questions.flatMap((q) =>
    q.explanations.map((e) => ({ ...e, question: q.question.text, id: q.question.id })),
  );
  // One at a time by default: a class's explanations are read one after another.
  const [single, setSingle] = useState(true);
  const [at, setAt] = useState(0);
  const index = Math.min(at, Math.max(0, all.length - 1));
  const shown = single ? all.slice(index, index + 1) : all;
  return (
    <section
      class={`class-section class-explanations${single ? ' class-one' : ''}`}
      aria-labelledby="class-explanations-title"
      data-section="explanations"
    >
      <h2 id="class-explanations-title">{m.explanationsTitle}</h2>
      {all.length === 0 ? (
        <p class="muted">{m.noExplanations}</p>
      ) : (
        <>
          <div class="class-screen-only report-download-buttons">
            <button
              type="button"
              class="button"
              aria-pressed={single}
              onClick={() => setSingle(!single)}
            >
              {single ? m.allAtOnce : m.oneAtATime}
            </button>
            {single && (
              <>
                <button
                  type="button"
                  class="button"
                  disabled={index === 0}
                  onClick={() => setAt(index - 1)}
                >
                  {m.previous}
                </button>
                <span role="status">{m.position(index + 1, all.length)}</span>
                <button
                  type="button"
                  class="button"
                  disabled={index >= all.length - 1}
                  onClick={() => setAt(index + 1)}
                >
                  {m.next}
                </button>
              </>
            )}
          </div>
          {shown.map((e) => (
            <blockquote key={`${e.id}:${e.student}`} class="class-explanation" data-question={e.id}>
              <p class="muted small">{e.question}</p>
              <p class="class-explanation-text">{e.text}</p>
              <footer>— {e.name || m.unnamed}</footer>
            </blockquote>
          ))}
        </>
      )}
    </section>
  );
}
