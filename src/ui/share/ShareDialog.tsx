/**
 * "Share this lesson": the teacher picks the day to open at, what students may open (each panel
 * open, locked or hidden), a fixed seed and role, a story step and projector colours; the dialog
 * shows the link at once and copies it. Under a lesson that already restricts something, its
 * settings stay as the teacher set them: a student can share their place, not loosen the lesson.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { LINK_LIMITS, lessonUrl, type Lesson } from '../../share/lessonLink';
import {
  LESSON_PANELS,
  PANEL_ACCESS,
  ROLES,
  restrictsAnything,
  type PanelAccess,
  type TeacherSettings,
} from '../../share/teacherSettings';
import { useApp } from '../appContext';
import { useOptionalWorkbench } from '../editor/workbenchContext';
import { locale, messages } from '../strings';
import { useStore } from '../useStore';
import { copyText } from './copyText';
import { shareableText } from './shareableText';
import { predictionQuestions } from '../../export/lesson/questions';
import { localizedScenarioText } from '../../scenario/localizedText';

export function ShareDialog() {
  const { stores } = useApp();
  const workbench = useOptionalWorkbench();
  const teacher = useStore(stores.teacher, (s) => s);
  const scenario = useStore(stores.session, (s) => s.scenario);
  const seed = useStore(stores.session, (s) => s.seed);
  const currentDay = useStore(stores.clock, (s) => s.day);
  const lastDay = useStore(stores.clock, (s) => s.lastDay);
  const fixedByTeacher = teacher.lesson !== null && restrictsAnything(teacher.settings);
  const [settings, setSettings] = useState<TeacherSettings>(teacher.settings);
  const [role, setRole] = useState(teacher.role);
  const [day, setDay] = useState(String(currentDay));
  const [copied, setCopied] = useState<'copied' | 'fallback' | null>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const linkField = useRef<HTMLTextAreaElement>(null);
  const m = messages.classroom.shareDialog;

  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  const close = () => stores.teacher.setState({ dialog: null });
  const source = shareableText(stores, workbench?.editorStore);
  const dayNumber = Number(day);
  const dayValid =
    day !== '' && Number.isInteger(dayNumber) && dayNumber >= 0 && dayNumber <= lastDay;
  const lessonSeed = fixedByTeacher && teacher.lesson ? teacher.lesson.seed : seed;

  const link = useMemo(() => {
    if (source === null || !dayValid) return null;
    const lesson: Lesson = {
      fileName: source.fileName,
      text: source.text,
      seed: lessonSeed,
      day: dayNumber,
      role,
      settings,
    };
    return lessonUrl(window.location.href, lesson);
  }, [source?.text, source?.fileName, lessonSeed, dayNumber, dayValid, role, settings]);

  const linkLength = link === null ? 0 : link.length - link.indexOf('#');
  const tooLong = linkLength > LINK_LIMITS.linkChars;
  const update = (patch: Partial<TeacherSettings>) => {
    setCopied(null);
    setSettings((s) => ({ ...s, ...patch }));
  };
  const setAccess = (panel: (typeof LESSON_PANELS)[number], access: PanelAccess) => {
    const panels = { ...settings.panels };
    if (access === 'open') delete panels[panel];
    else panels[panel] = access;
    update({ panels });
  };

  /** A checkbox for one on/off setting of the lesson. */
  const flagCheck = (flag: 'fixSeed' | 'fixRole' | 'projector', label: string) => (
    <label class="share-check">
      <input
        type="checkbox"
        checked={settings[flag]}
        onChange={(event) => update({ [flag]: event.currentTarget.checked })}
      />
      {label}
    </label>
  );

  const copy = async () => {
    if (link === null || tooLong) return;
    const ok = await copyText(link);
    if (!ok) {
      linkField.current?.focus();
      linkField.current?.select();
    }
    setCopied(ok ? 'copied' : 'fallback');
  };

  const names = messages.classroom.panelNames;
  const questions =
    scenario === null ? [] : predictionQuestions(localizedScenarioText(scenario, locale));
  const intro = scenario?.intro ?? [];
  return (
    <dialog ref={dialog} class="share-dialog" aria-labelledby="share-title" onClose={close}>
      <header class="share-header">
        <h2 id="share-title">{m.title}</h2>
        <button type="button" class="button button-quiet" onClick={close}>
          {m.close}
        </button>
      </header>
      <div class="share-body">
        <p>{m.intro}</p>
        {scenario && <p class="muted">{m.scenario(scenario.title, lessonSeed)}</p>}
        {source?.edited && <p class="share-edited">{m.withEdits}</p>}
        {fixedByTeacher && <p class="share-fixed">{messages.classroom.lessonNote}</p>}

        <label class="field share-day">
          <span>{m.startDay}</span>
          <input
            type="number"
            min={0}
            max={lastDay}
            step={1}
            value={day}
            aria-invalid={!dayValid}
            aria-describedby="share-day-help"
            onInput={(event) => {
              setCopied(null);
              setDay(event.currentTarget.value);
            }}
          />
          <span id="share-day-help" class="muted small">
            {m.startDayHelp(lastDay)}
          </span>
        </label>

        <fieldset class="share-settings" disabled={fixedByTeacher}>
          <legend>{m.panels}</legend>
          <p class="muted small">{m.panelsHelp}</p>
          <table class="share-panels">
            <tbody>
              {LESSON_PANELS.map((panel) => (
                <tr key={panel}>
                  <th scope="row" id={`share-panel-${panel}`}>
                    {names[panel]}
                  </th>
                  {PANEL_ACCESS.map((access) => (
                    <td key={access}>
                      <label class="share-radio">
                        <input
                          type="radio"
                          name={`share-panel-${panel}`}
                          value={access}
                          checked={(settings.panels[panel] ?? 'open') === access}
                          onChange={() => setAccess(panel, access)}
                        />
                        {messages.classroom.access[access]}
                      </label>
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>

          {flagCheck('fixSeed', m.fixSeed)}
          <div class="share-row">
            <label class="field">
              <span>{m.role}</span>
              <select
                value={role}
                onChange={(event) => {
                  setCopied(null);
                  setRole(event.currentTarget.value as (typeof ROLES)[number]);
                }}
              >
                {ROLES.filter((r) => r === 'observer' || scenario?.roles[r] !== undefined).map(
                  (r) => (
                    <option key={r} value={r}>
                      {messages.classroom.roles[r]}
                    </option>
                  ),
                )}
              </select>
            </label>
            {flagCheck('fixRole', m.fixRole)}
          </div>
          {intro.length > 0 && (
            <label class="field">
              <span>{m.storyStep}</span>
              <select
                value={settings.storyStep === null ? '' : String(settings.storyStep)}
                onChange={(event) => {
                  const value = event.currentTarget.value;
                  update({ storyStep: value === '' ? null : Number(value) });
                }}
              >
                <option value="">{m.storyNone}</option>
                {intro.map((step, index) => (
                  <option key={step.title} value={String(index)}>
                    {m.storyStepName(index + 1, step.title)}
                  </option>
                ))}
              </select>
            </label>
          )}
          {flagCheck('projector', m.projector)}
          {questions.length > 0 && (
            <fieldset class="share-questions">
              <legend>{messages.lesson.shareQuestions}</legend>
              {questions.map((question) => (
                <label key={question.id} class="share-check">
                  <input
                    type="checkbox"
                    checked={!settings.questionsOff.includes(question.id)}
                    onChange={(event) => {
                      const off = settings.questionsOff.filter((id) => id !== question.id);
                      update({
                        questionsOff: event.currentTarget.checked ? off : [...off, question.id],
                      });
                    }}
                  />
                  {question.text}
                </label>
              ))}
            </fieldset>
          )}
        </fieldset>

        <label class="field share-link">
          <span>
            {m.link} <span class="muted small">({m.linkSize(linkLength)})</span>
          </span>
          <textarea
            ref={linkField}
            readOnly
            rows={3}
            value={tooLong ? '' : (link ?? '')}
            aria-describedby="share-link-note"
            onFocus={(event) => event.currentTarget.select()}
          />
        </label>
        <p id="share-link-note" class="muted small">
          {tooLong ? m.tooLong(linkLength, LINK_LIMITS.linkChars) : m.longLink}
        </p>
        <div class="share-actions">
          <button
            type="button"
            class="button button-primary"
            disabled={link === null || tooLong}
            onClick={() => void copy()}
          >
            {m.copy}
          </button>
          <p class="share-copied" role="status">
            {copied === 'copied' ? m.copied : copied === 'fallback' ? m.copyFallback : ''}
          </p>
        </div>
      </div>
    </dialog>
  );
}
