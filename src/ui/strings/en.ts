/**
 * Every word the interface shows, in one place (after ncase/trust): a translation is a copy of
 * this file. Scenario texts (titles, intros, rule reasons) come from the scenario files instead.
 */
import type { DossierEntry, FeedEvent } from '../../engine/types';
import type { Speed } from '../../store/clockStore';
import type { SidePanel } from '../../store/prefsStore';
import type { Lens } from '../../store/selectionStore';
import type { NoticeMessage } from '../../store/sessionStore';
import type { GapFlag } from '../dossier/lenses';
import type { CompareOp, ConditionPhrase } from '../editor/conditionPhrase';
import type { RuleDescription, Telling } from '../editor/rulePreview';

const plural = (n: number, one: string, many: string) => `${fmt(n)} ${n === 1 ? one : many}`;
const fmt = (n: number) => n.toLocaleString('en-GB');

export const messages = {
  appName: 'Ledgertown',
  tagline: 'A town that keeps score',

  start: {
    heading: 'Choose a scenario',
    intro:
      'Each scenario is one town under one set of rules. Read the question, press Start, and watch who the system records, lists and refuses.',
    loadingCatalog: 'Reading the scenarios…',
    question: 'The question',
    inThisTown: 'In this town',
    townFacts: (population: number, days: number) =>
      `${plural(population, 'person', 'people')} · ${plural(days, 'day', 'days')}`,
    steps: 'The story',
    predict: 'Predict first',
    seedLabel: 'Seed',
    seedHelp: 'The same seed gives the same run, every time.',
    startButton: 'Start',
    resumeButton: 'Back to the town',
    openFile: 'Open a scenario file…',
    openFileHelp: 'A YAML or JSON scenario from your computer. It is checked before it runs.',
    invalidEntry: 'Cannot be played',
    starting: 'Building the town…',
    list: 'Scenarios',
  },

  issues: {
    heading: (fileName: string) => `${fileName} cannot be loaded`,
    explain: (count: number) =>
      `${plural(count, 'problem was', 'problems were')} found. Each line names the place in the file (line:column), the field, and what was expected.`,
    dismiss: 'Close',
    warnings: (count: number) => plural(count, 'warning', 'warnings'),
  },

  top: {
    scenarios: 'Scenarios',
    scenariosHint: 'Back to the list of scenarios',
    play: 'Play',
    pause: 'Pause',
    step: 'Step one day',
    stepShort: 'Step',
    speed: 'Speed',
    speedLabel: (speed: Speed) => (speed === 'max' ? 'Max' : `${speed}×`),
    speedName: (speed: Speed) =>
      speed === 'max'
        ? 'As fast as possible'
        : `${speed} ${speed === 1 ? 'day' : 'days'} per second`,
    jump: 'Go to day',
    jumpButton: 'Go',
    restart: 'Restart',
    restartSame: (seed: number) => `Restart with the same seed (${seed})`,
    restartNew: 'Restart with a new seed',
    help: 'Help',
    helpHint: 'Help and keyboard shortcuts (?)',
    day: (day: number, last: number) => `Day ${fmt(day)} of ${fmt(last)}`,
    seeking: (day: number, target: number) => `Day ${fmt(day)} → ${fmt(target)}…`,
    loading: 'Loading…',
    finished: 'Run complete',
    seed: (seed: number) => `Seed ${seed}`,
  },

  panels: {
    label: 'Panels',
    names: {
      story: 'Story',
      person: 'Dossier',
      events: 'Events',
      charts: 'Charts',
    } satisfies Record<SidePanel, string>,
  },

  map: {
    label: 'Town map',
    description:
      'The town map. Arrow keys move the view, plus and minus zoom, Enter opens the person nearest the centre.',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    resetView: 'Fit the town',
    loading: 'Drawing the town…',
    focusHint: 'Arrows: move · + −: zoom · Enter: open the person in the ring',
    places: {
      school: 'School',
      station: 'Station',
      airport: 'Airport',
      bank: 'Bank',
      court: 'Court',
      office: 'Town hall',
      square: 'Square',
      business: 'Business',
      home: 'Home',
    } as Record<string, string>,
    hoverGrade: (grade: string) => `Grade ${grade}`,
    hoverListed: 'listed',
  },

  legend: {
    heading: 'Legend',
    grades: 'Grade (colour)',
    listed: 'On a list (diamond, dark outline)',
    notListed: 'Not listed (square)',
    wrongful: 'Wrongly listed (white centre)',
    revealWrongful: 'Show wrongful listings',
    selected: 'Selected person (ring)',
    places: 'Places',
  },

  person: {
    findHeading: 'Find a person',
    findLabel: 'Name',
    findPlaceholder: 'Type a name…',
    findHelp: 'Or click a figure on the map.',
    results: (n: number) => plural(n, 'match', 'matches'),
    noResults: 'Nobody by that name.',
    listedNow: (n: number) => `On a list now (${fmt(n)})`,
    noneListed: 'Nobody is on a list yet.',
    named: 'People in the story',
    close: 'Close dossier',
    notRecorded:
      'This town is large, so only a sample of dossiers is recorded. This person is not in the sample; the map and charts still count them.',
    loading: 'Reading the dossier…',
    readAt: (day: number) => `As of day ${fmt(day)}`,
    facts: (age: number, occupation: string, district: string) =>
      `${age} · ${occupation} · ${district}`,
    business: (sector: string, size: number, district: string) =>
      `${sector} · ${plural(size, 'employee', 'employees')} · ${district}`,
    owner: 'Owner',
    score: 'Score',
    scoreChart: 'Score over time',
    scoreHidden: 'Not told. Under these rules a person does not see their score.',
    grade: 'Grade',
    lists: 'Lists',
    sanctions: 'Sanctions in force',
    rewards: 'Rewards in force',
    none: 'None',
    family: 'Family',
    friends: 'Friends',
    owns: 'Owns',
    notKnown: 'Not known to them',
    timeline: 'Timeline',
    timelineEmpty: 'Nothing here yet.',
    showMore: (n: number) => `Show ${fmt(n)} earlier entries`,
    knowsListed: (known: boolean) =>
      known ? 'They know they are listed.' : 'They do not know they are listed.',
  },

  lenses: {
    label: 'Read the dossier as',
    names: {
      told: 'What they are told',
      recorded: 'What the system recorded',
      truth: 'What really happened',
    } satisfies Record<Lens, string>,
    explain: {
      told: 'Only what this person was told or could find out, under this scenario’s opacity rules.',
      recorded:
        'Everything the system holds about this person: records, rules fired, lists, sanctions.',
      truth: 'Their real acts next to the records, with every mismatch marked.',
    } satisfies Record<Lens, string>,
    flags: {
      misattributed: 'mismatch: someone else’s act',
      falseReport: 'mismatch: false report',
      wrongful: 'mismatch: wrongful',
      untold: 'not told',
      unseen: 'mismatch: never recorded',
    } satisfies Record<GapFlag, string>,
    gaps: {
      misattributed: (n: number) =>
        plural(n, 'record belongs to someone else', 'records belong to someone else'),
      falseReports: (n: number) =>
        plural(n, 'record of an act that never happened', 'records of acts that never happened'),
      unseen: (n: number) =>
        plural(n, 'real act was never recorded', 'real acts were never recorded'),
      wrongful: (n: number) => plural(n, 'listing was wrongful', 'listings were wrongful'),
      untold: (n: number) =>
        plural(n, 'rule fired without telling them', 'rules fired without telling them'),
      none: 'The record matches what happened.',
      heading: 'Gaps between the lenses',
    },
  },

  entry: {
    act: (label: string) => `Did: ${label}`,
    observed: (label: string, source: string) => `Recorded: ${label} (source: ${source})`,
    misattributed: 'Not their act: a same-name mix-up. It was done by',
    falseReport: 'False report: no such act happened.',
    unseen: 'Never recorded',
    rule: (reason: string, points: number) =>
      `${reason} (${points > 0 ? '+' : ''}${fmt(points)} points)`,
    ruleUntold: 'They were not told.',
    ruleId: (rule: string) => `rule ${rule}`,
    scoreAfter: (score: number) => `score ${fmt(Math.round(score))}`,
    grade: (from: string, to: string) => `Grade changed from ${from} to ${to}`,
    notice: (list: string) => `Warned of listing on: ${list}`,
    listed: (list: string) => `Listed on: ${list}`,
    listedWrongful: 'Wrongful: the listing rests on records that do not match what happened.',
    listedUntold: 'They were not told.',
    cause: (cause: string) => `because of ${cause}`,
    delisted: (list: string, why: string) => `Removed from ${list} (${why})`,
    delistedWhy: { settled: 'settled', expired: 'expired', appeal: 'appeal granted' } as Record<
      string,
      string
    >,
    sanction: (label: string) => `Sanction: ${label}`,
    sanctionVia: 'because of a family member:',
    sanctionLifted: (consequence: string) => `Sanction lifted: ${consequence}`,
    reward: (label: string) => `Reward: ${label}`,
    refused: (service: string) => `Refused: ${service}`,
    settled: (label: string) => `Settled: ${label}`,
    learned: (how: string) => `Found out they are listed (${how})`,
    learnedHow: {
      told: 'told',
      refused: 'when refused',
      notice: 'by a notice',
      published: 'saw it published',
    } as Record<string, string>,
    appealFiled: (list: string) => `Appealed the listing on ${list}`,
    appealDecided: (list: string, granted: boolean) =>
      `Appeal on ${list} ${granted ? 'granted' : 'refused'}`,
    appealInsincere: 'judged insincere',
    appealWasWrongful: 'the listing had been wrongful',
    dayLabel: (day: number) => `Day ${fmt(day)}`,
    kinds: {
      act: 'Act',
      observed: 'Record',
      rule: 'Rule',
      grade: 'Grade',
      notice: 'Notice',
      listed: 'Listed',
      delisted: 'Delisted',
      sanction: 'Sanction',
      sanctionLifted: 'Lifted',
      reward: 'Reward',
      refused: 'Refused',
      settled: 'Settled',
      learned: 'Learned',
      appealFiled: 'Appeal',
      appealDecided: 'Appeal',
    } satisfies Record<DossierEntry['type'], string>,
  },

  feed: {
    heading: 'Events as they happen',
    filters: 'Show',
    kinds: {
      listed: 'Listings',
      wrongfulListing: 'Wrongful listings',
      notice: 'Warnings',
      delisted: 'Removals',
      refused: 'Refusals',
      appealDecided: 'Appeals decided',
    } satisfies Record<FeedEvent['kind'], string>,
    empty: 'Nothing notable yet. Press play.',
    emptyFiltered: 'No events of the chosen kinds.',
    shown: (shown: number, total: number) =>
      shown === total
        ? plural(total, 'event', 'events')
        : `Newest ${fmt(shown)} of ${fmt(total)} events`,
    open: (name: string) => `Open the dossier of ${name}`,
  },

  charts: {
    heading: 'The town over time',
    noData: 'Charts fill in as days pass.',
    axisDay: 'Day',
    score: { title: 'Mean score', unit: 'points' },
    grades: { title: 'People in each grade', unit: 'people' },
    listed: { title: 'Listed, and wrongly listed', unit: 'people' },
    refusals: { title: 'Refusals', unit: 'refusals per day' },
    appeals: { title: 'Appeals', unit: 'appeals per day; backlog in appeals' },
    speech: { title: 'Speech acts', unit: 'posts and talks per day' },
    harm: { title: 'Harmful acts against their starting level', unit: 'acts per day' },
    series: {
      meanScore: 'Mean score',
      listed: 'Listed',
      wrongfulListings: 'Wrongly listed',
      flightRefusals: 'Flights refused',
      trainRefusals: 'Trains refused',
      schoolRefusals: 'School places refused',
      appealsFiled: 'Filed',
      appealsGranted: 'Granted',
      appealBacklog: 'Backlog',
      speechActs: 'Speech acts',
      harmfulActs: 'Harmful acts',
      harmBaseline: 'First 30 days’ mean',
    } as Record<string, string>,
    gradeSeries: (id: string) => `Grade ${id}`,
    latest: (value: string) => `latest ${value}`,
  },

  story: {
    question: 'The question',
    summary: 'Summary',
    steps: 'The story',
    predict: 'Predict first',
    teacherNotes: 'Teacher notes',
    objectives: 'Objectives',
    notice: 'Things to notice',
    try: 'Things to try',
    discussion: 'Discussion questions',
    lessonPlan: 'A 20-minute lesson',
    assumptions: 'Modelling assumptions',
    sources: 'Sources',
    warnings: 'Warnings about this file',
    runFacts: (population: number, seed: number, hash: string) =>
      `${plural(population, 'person', 'people')} · seed ${seed} · scenario ${hash.slice(0, 8)}`,
  },

  help: {
    title: 'How to read Ledgertown',
    close: 'Close help',
    colours: 'Colours and shapes',
    coloursText:
      'Each figure is a person. Its colour is their grade, from the best grade (dark blue) to the worst (dark red). A diamond with a dark outline means the person is on a list; a square means they are not. With “Show wrongful listings” on, a white centre marks people listed on records that do not match what they did.',
    panels: 'Panels',
    panelTexts: {
      story: 'the scenario’s question, its story steps, teacher notes, assumptions and sources.',
      person:
        'one person’s dossier, read through three lenses: what they are told, what the system recorded, and what really happened.',
      events:
        'listings, wrongful listings, refusals and appeal decisions as they happen; click one to open the dossier.',
      charts: 'the town over time: scores, grades, lists, refusals, appeals, speech and harm.',
    } satisfies Record<SidePanel, string>,
    shortcuts: 'Keyboard',
    keys: [
      ['Space', 'Play or pause'],
      ['→', 'Step one day (when the map is not focused)'],
      ['?', 'Open this help'],
      ['Esc', 'Close help or the dossier'],
      ['Tab', 'Move between controls'],
      ['Arrows (map focused)', 'Move the view'],
      ['+ / − (map focused)', 'Zoom in or out'],
      ['0 (map focused)', 'Fit the town'],
      ['Enter (map focused)', 'Open the person in the centre ring'],
    ] as [string, string][],
    mouse: 'Mouse',
    mouseText:
      'Drag the map to move it, use the wheel to zoom, hover a figure to see who it is, click to open their dossier.',
  },

  notices: {
    dismiss: 'Dismiss',
    text(message: NoticeMessage): string {
      switch (message.kind) {
        case 'workerRestarted':
          return message.reason === 'stuck'
            ? `The simulation stopped answering (${message.detail}). It was restarted and the run restored to day ${fmt(message.day)}.`
            : `The simulation crashed (${message.detail}). It was restarted and the run restored to day ${fmt(message.day)}.`;
        case 'workerGaveUp':
          return `The simulation keeps failing near day ${fmt(message.day)} (${message.detail}). It was stopped; restart the run or choose another scenario.`;
        case 'requestFailed':
          return `The simulation reported an error: ${message.detail}`;
        case 'saveFailed':
          return 'Your progress could not be saved in this browser (storage is full or disabled).';
        case 'progressSetAside':
          return `Your saved progress could not be read (${message.reason}). It was set aside as “${message.key}” and the game starts fresh.`;
        case 'savedScenarioGone':
          return `The scenario you were playing (${message.fileName}) is no longer shipped. Choose another.`;
        case 'unknownScenario':
          return `There is no shipped scenario called ${message.fileName}.`;
      }
    },
  },

  // ---- Rule editor and Compare A and B (src/ui/editor, src/ui/compare) ----
  editor: {
    preview: {
      rule: (d: RuleDescription): string => {
        const business = d.actor === 'business';
        const who = business ? 'a business' : 'someone';
        const label = lowerFirst(d.act.label);
        const gerund = /^\S+ing\b/i.test(d.act.label);
        const act = gerund ? `${who} ${label}` : `${label} by ${who}`;
        if (!d.act.known) {
          return `This rule waits for “${d.act.label}”, which is not a behaviour in this town, so it never fires.`;
        }
        if (d.sources.length === 0) {
          return `No surveillance source can see ${act}, so this rule never fires.`;
        }
        const sources = joinWords(d.sources.map(lowerFirst), 'or');
        const they = business ? 'it' : 'they';
        const condition = d.condition ? ` and ${conditionWords(d.condition, business)}` : '';
        const points =
          d.points === null
            ? `${they} ${business ? 'gets' : 'get'} points still to be set`
            : d.points === 0
              ? `${business ? 'its' : 'their'} score does not change`
              : `${they} ${d.points < 0 ? (business ? 'loses' : 'lose') : business ? 'gains' : 'gain'} ${plural(Math.abs(d.points), 'point', 'points')}`;
        const sentences = [
          `When ${sources} ${gerund ? 'see' : 'record'} ${act}${condition}, ${points}.`,
        ];
        if (d.capGrade !== null)
          sentences.push(
            `${business ? 'Its' : 'Their'} grade can be no better than ${d.capGrade}.`,
          );
        sentences.push(tellingWords[d.telling](business));
        return sentences.join(' ');
      },
      condition: (c: ConditionPhrase) => conditionWords(c, false),
    },
  },
} as const;

/** What the person (or a business's owner) learns when a rule fires. */
const tellingWords: Record<Telling, (business: boolean) => string> = {
  told: (b) => `${b ? 'The owner is' : 'They are'} told why.`,
  notTold: (b) => `${b ? 'The owner is' : 'They are'} not told why.`,
  full: (b) => `${b ? 'The owner is' : 'They are'} told why: the rules are public.`,
  reasons: (b) => `${b ? 'The owner is' : 'They are'} told why afterwards.`,
  score: (b) => `${b ? 'The owner sees the' : 'They see their'} score change but not why.`,
  nothing: (b) =>
    `${b ? 'The owner is' : 'They are'} not told; ${b ? 'the owner finds' : 'they find'} out only when something is refused.`,
};

/** Condition variables in words. */
const SUBJECTS: Record<string, string> = {
  'person.age': 'their age',
  'person.income': 'their yearly income (¥)',
  'person.score': 'their score',
  'person.grade': 'their grade',
  'person.occupation': 'their job',
  'person.district': 'their district',
  'person.children': 'their number of children',
  'person.debts': 'their unpaid debts',
  'person.fear': 'their fear (0 to 1)',
  'event.behaviour': 'the act',
  'event.source': 'the source',
};
const RECORD_SPANS: Record<string, string> = {
  count30: 'in the last 30 days',
  count365: 'in the last 365 days',
  total: 'in all',
};
const COMPARE_WORDS: Record<CompareOp, string> = {
  '>=': 'at least ',
  '>': 'more than ',
  '<=': 'at most ',
  '<': 'less than ',
  '==': '',
  '!=': 'not ',
  in: 'one of ',
};
const RECORD_WORDS: Record<CompareOp, string> = {
  ...COMPARE_WORDS,
  '<': 'fewer than ',
  '==': 'exactly ',
  '!=': 'other than ',
};

function conditionWords(c: ConditionPhrase, business: boolean): string {
  switch (c.kind) {
    case 'all':
    case 'any': {
      const parts = c.parts.map((p) =>
        (p.kind === 'all' || p.kind === 'any') && p.kind !== c.kind
          ? `(${conditionWords(p, business)})`
          : conditionWords(p, business),
      );
      return joinWords(parts, c.kind === 'all' ? 'and' : 'or');
    }
    case 'not':
      return c.part.kind === 'flag' && c.part.subject.field === 'listed'
        ? `${business ? 'it is' : 'they are'} not on a list`
        : `it is not so that ${conditionWords(c.part, business)}`;
    case 'flag':
      return c.subject.field === 'listed'
        ? `${business ? 'it is' : 'they are'} on a list`
        : `${c.subject.scope}.${c.subject.field} is true`;
    case 'compare': {
      const value = Array.isArray(c.value)
        ? joinWords(c.value.map(literalWords), 'or')
        : literalWords(c.value);
      if (c.subject.scope === 'record') {
        const span = RECORD_SPANS[c.subject.field] ?? `(${c.subject.field})`;
        return `${business ? 'it has' : 'they have'} ${RECORD_WORDS[c.op]}${value} such records ${span}`;
      }
      const key = `${c.subject.scope}.${c.subject.field}`;
      const subject = SUBJECTS[key] ?? key;
      return `${subject} is ${COMPARE_WORDS[c.op]}${value}`;
    }
    case 'code':
      return `the condition “${c.code}” holds`;
  }
}

function literalWords(value: string | number | boolean): string {
  if (typeof value === 'number') return fmt(value);
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return `“${value}”`;
}

/** "a", "a or b", "a, b or c". */
function joinWords(items: string[], word: 'and' | 'or'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${word} ${items[items.length - 1]}`;
}

/** Lower-cases a label's first letter for use inside a sentence, leaving acronyms alone. */
function lowerFirst(label: string): string {
  return /^[A-Z][^A-Z]/.test(label) ? label[0].toLowerCase() + label.slice(1) : label;
}

export type Messages = typeof messages;
