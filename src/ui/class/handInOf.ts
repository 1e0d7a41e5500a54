/**
 * The hand-in of the run in play: the stamp (version, scenario, seed, role, the lesson link's
 * settings), the name as typed, the predictions and explanations, the role's choices week by week
 * and its ending, the run's key figures and the comparison if one ran. Texts (role, choices,
 * questions) are as the student saw them, so the teacher's screen reads without the scenario.
 */
import { version } from '../../../package.json';
import { keyFigureValues, keyFigures } from '../../export/keyFigures';
import {
  HAND_IN_FORMAT,
  HAND_IN_LIMITS,
  HAND_IN_VERSION,
  sealHandIn,
  type HandIn,
  type HandInBody,
  type HandInComparison,
} from '../../export/handIn';
import { localizedRoleText } from '../../scenario/localizedText';
import { citizenEnded, officerDone } from '../../store/roleStore';
import type { TownStores } from '../../store/townStores';
import { lessonPredictions } from './lessonPredictions';
import { locale, messages } from '../strings';

/** The hand-in of the run as it stands; null when no run is loaded. */
export function handInOf(
  stores: TownStores,
  comparison: HandInComparison | null,
  name: string,
): HandIn | null {
  const session = stores.session.getState();
  const scenario = session.scenario;
  if (scenario === null || session.source === null) return null;
  const { day, lastDay } = stores.clock.getState();
  const town = stores.town.getState();
  const role = stores.role.getState();
  const teacher = stores.teacher.getState();
  const texts = localizedRoleText(scenario.translations, locale);
  const m = messages.classResults;

  const play = role.playing;
  const choiceLabels: Record<string, string> = {};
  let roleLabel = m.roles[play.kind];
  let ending: HandInBody['ending'] = null;
  const moves = role.frame?.moves ?? [];
  const choices = moves.flatMap((move) => {
    const week = Math.floor(move.day / 7) + 1;
    if (move.kind === 'choose') return [{ day: move.day, week, choice: move.action ?? '' }];
    return [{ day: move.day, week, choice: move.grant ? 'grant' : 'deny' }];
  });
  if (play.kind === 'citizen') {
    const info = role.roles?.protagonists.find((p) => p.id === play.protagonist);
    const t = texts.protagonist(play.protagonist);
    roleLabel = `${roleLabel}: ${t.label(info?.label ?? play.protagonist)}`;
    for (const action of info?.actions ?? [])
      choiceLabels[action.id] = t.action(action.id, action).label;
    choiceLabels[''] = m.noChoice;
    const reached = role.frame?.citizen?.status.ending ?? null;
    if (citizenEnded(role) && reached !== null) ending = { kind: reached.kind, day: reached.day };
  } else if (play.kind === 'appealsOfficer') {
    choiceLabels.grant = m.grant;
    choiceLabels.deny = m.deny;
    if (officerDone(role, day, lastDay)) ending = { kind: 'finished', day };
  } else if (play.kind === 'planner') {
    const run = role.planRun;
    if (run.status === 'done')
      ending = { kind: run.result.achieved ? 'achieved' : 'missed', day: null };
  }

  const figures = Object.fromEntries(
    Object.entries(
      keyFigureValues(
        keyFigures(town.metrics, day, town.peopleNames.length, town.businessNames.length),
      ),
    ).filter(([, value]) => Number.isFinite(value)),
  );
  const { questions, answers } = lessonPredictions(stores);
  const body: HandInBody = {
    format: HAND_IN_FORMAT,
    version: HAND_IN_VERSION,
    ledgertown: version,
    scenario: {
      id: scenario.id,
      title: scenario.title,
      hash: session.hash,
      file: session.source.fileName,
    },
    seed: session.seed,
    day,
    lastDay,
    lesson: teacher.lesson === null ? null : { settings: teacher.settings },
    name: name.trim().slice(0, HAND_IN_LIMITS.nameChars),
    role: {
      kind: play.kind,
      protagonist: play.kind === 'citizen' ? play.protagonist : null,
      label: roleLabel,
    },
    choices: choices.slice(0, HAND_IN_LIMITS.choices),
    choiceLabels,
    ending,
    figures,
    questions,
    answers,
    comparison,
  };
  return sealHandIn(body);
}
