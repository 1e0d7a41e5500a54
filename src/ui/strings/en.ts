/**
 * Every word the interface shows, in one place (after ncase/trust): a translation is a copy of
 * this file. Scenario texts (titles, intros, rule reasons) come from the scenario files instead.
 */
import type { DossierEntry, FeedEvent, RecordCitation } from '../../engine/types';
import type { Speed } from '../../store/clockStore';
import type { SidePanel } from '../../store/prefsStore';
import type { Lens } from '../../store/selectionStore';
import type { NoticeMessage } from '../../store/sessionStore';
import type { GapFlag } from '../dossier/lenses';
import type { SelectedListing } from '../components/townFacts';
import type { LinkProblem } from '../../share/lessonLink';
import type { LessonPanel, PanelAccess, Role } from '../../share/teacherSettings';
import type { CompareOp, ConditionPhrase } from '../editor/conditionPhrase';
import type { RuleDescription, Telling } from '../editor/rulePreview';
import type { FieldSpec } from '../editor/schemaWalker';
import type { EditorNotice, WorkbenchView } from '../../store/editorStore';
import type { CitizenView, EndingKind, MoveRefusal, RoleKind } from '../../engine/types';
import type { RoleProblem } from '../../worker/roleProtocol';
import type { MapEventWords, MarkerIcon } from '../../game/mapEvents';
import { lowerFirst, words as text } from '../../text/en';
import { classResults } from './class.en';

const plural = (n: number, one: string, many: string) => `${fmt(n)} ${n === 1 ? one : many}`;
const fmt = (n: number) => n.toLocaleString('en-GB');

/**
 * The rule set's parts, named once: the editor's section headings, and (without the capital) the
 * planner's list of what may change.
 */
const SECTION_NAMES: Record<string, string> = {
  scoring: 'Scoring and grades',
  rules: 'Rules',
  lists: 'Lists',
  consequences: 'Sanctions and rewards',
  jointPunishment: 'Joint punishment',
  opacity: 'Opacity',
  appeals: 'Appeals',
  adaptation: 'Adaptation',
};

export const messages = {
  appName: 'Ledgertown',
  classResults,
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
      town_hall: 'Town hall',
      market: 'Market',
      factory: 'Factory',
      square: 'Square',
      business: 'Business',
      home: 'Home',
    } as Record<string, string>,
    hoverGrade: (grade: string) => `Grade ${grade}`,
    hoverListed: 'listed',
    follow: 'Follow',
    followTitle: 'Keep the view on the selected person, or on the person you play',
    events: {
      marker: {
        flight: (n: number, name: string) =>
          n === 1 ? `Ticket refused: ${name}` : `${fmt(n)} tickets refused`,
        train: (n: number, name: string) =>
          n === 1 ? `Train ticket refused: ${name}` : `${fmt(n)} train tickets refused`,
        school: (n: number, name: string) =>
          n === 1 ? `School place refused: ${name}` : `${fmt(n)} school places refused`,
        service: (n: number, name: string) => (n === 1 ? `Refused: ${name}` : `${fmt(n)} refusals`),
        listed: (n: number, name: string) =>
          n === 1 ? `Listed: ${name}` : `${fmt(n)} put on a list`,
        appealFiled: (n: number, name: string) =>
          n === 1 ? `Appeal filed: ${name}` : `${fmt(n)} appeals filed`,
        appealGranted: (n: number, name: string) =>
          n === 1 ? `Appeal granted: ${name}` : `${fmt(n)} appeals granted`,
        appealRefused: (n: number, name: string) =>
          n === 1 ? `Appeal refused: ${name}` : `${fmt(n)} appeals refused`,
        recorded: (n: number, name: string) =>
          n === 1 ? `Camera recorded ${name}` : `Cameras recorded ${fmt(n)} acts`,
        relative: (n: number, name: string) =>
          n === 1 ? `Punished for a relative: ${name}` : `${fmt(n)} punished for a relative`,
      } satisfies MapEventWords['marker'],
      board: (n: number) => `Named in public (${fmt(n)})`,
      boardMore: (n: number) => `and ${fmt(n)} more`,
      /** The map's live region: what the markers show, said once the town is at rest. */
      live: (day: number, parts: string[]) =>
        parts.length === 0
          ? `On the map, day ${fmt(day)}: nothing notable.`
          : `On the map, day ${fmt(day)}: ${parts.join('; ')}.`,
      at: (what: string, place: string) => `${what} at the ${place.toLowerCase()}`,
    },
  },

  townDescription: {
    toggle: 'Describe the town',
    heading: (day: number) => `The town on day ${fmt(day)}`,
    people: (n: number) => `${plural(n, 'person lives', 'people live')} in the town.`,
    listed: (listed: number, wrongful: number | null) =>
      listed === 0
        ? 'Nobody is on a list.'
        : `${plural(listed, 'person is', 'people are')} on a list${wrongful === null ? '' : `, ${fmt(wrongful)} of them wrongly`}.`,
    grades: (counts: { id: string; count: number }[]) =>
      `Grades as the system records them: ${counts.map((g) => `${fmt(g.count)} in ${g.id}`).join(', ')}.`,
    businessGrades: (counts: { id: string; count: number }[]) =>
      `Businesses' grades as the system records them (people are not scored here): ${counts.map((g) => `${fmt(g.count)} in ${g.id}`).join(', ')}.`,
    /** Sentences in a row (Chinese sets none between them). */
    sentences: (parts: string[]) => parts.join(' '),
    ownOnly: 'Your role shows you only your own grade and lists, as far as you know them.',
    notStarted: 'Today: the first day has not run yet.',
    today: (parts: string[]) =>
      parts.length === 0
        ? 'Today: no new listings, no refusals, no appeals decided.'
        : `Today: ${parts.join('; ')}.`,
    newListings: (n: number, wrongful: number | null) =>
      `${plural(n, 'new listing', 'new listings')}${wrongful === null ? '' : `, ${fmt(wrongful)} wrongful`}`,
    delistings: (n: number) => `${plural(n, 'listing', 'listings')} ended`,
    refused: (flights: number, trains: number, schools: number) => {
      const items = [
        flights > 0 ? plural(flights, 'flight', 'flights') : '',
        trains > 0 ? plural(trains, 'train ticket', 'train tickets') : '',
        schools > 0 ? plural(schools, 'school place', 'school places') : '',
      ].filter((item) => item !== '');
      const last = items.pop() ?? '';
      return `${items.length > 0 ? `${items.join(', ')} and ${last}` : last} refused`;
    },
    appeals: (decided: number, granted: number) =>
      `${plural(decided, 'appeal', 'appeals')} decided, ${fmt(granted)} granted`,
    selected: (name: string, lens: string, grade: string | null, listing: SelectedListing) =>
      `Selected: ${name}. ${lens}: ${grade === null ? 'grade not known' : `grade ${grade}`}, ${
        {
          listed: 'on a list',
          wrongful: 'on a list wrongly',
          notListed: 'not on a list',
          unknown: 'not known whether on a list',
        }[listing]
      }.`,
  },

  legend: {
    heading: 'Legend',
    grades: 'Grade (colour)',
    businessesRated:
      'Here the rules rate businesses, not people: every person is grey. A diamond marks an owner whose business is on a list. The businesses’ grades are in Charts.',
    listed: 'On a list (diamond, dark outline)',
    notListed: 'Not listed (square)',
    wrongful: 'Wrongly listed (white centre)',
    revealWrongful: 'Show wrongful listings',
    selected: 'Selected person (ring)',
    places: 'Places',
    onMap: 'On the map',
    icons: {
      refused:
        'Refused: a ticket at the airport or station, a school place at the school, a loan at the bank',
      listed: 'Put on a list (at the town hall)',
      appealFiled: 'Appeal filed (at the court)',
      appealDecided: 'Appeal decided (at the court)',
      camera: 'Cameras recorded acts in this district',
      relative: 'A punishment reached a relative (a line from the listed person)',
    } satisfies Record<MarkerIcon, string>,
    board: 'Town hall board: who is named in public',
    shop: 'Shop (awning)',
    workshop: 'Workshop (saw-tooth roof)',
    businessGrades: 'Businesses are coloured by their grade',
    businessListed: 'Business on a list (dark diamond)',
    businessNamed: 'Named in public (flag)',
    cameraPost: 'Camera post',
    family: 'Family of the selected person (line)',
    friends: 'Their friends (thin line)',
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
    scoreAfter: (score: number) => `score ${fmt(Math.round(score))}`,
    grade: (from: string, to: string) => `Grade changed from ${from} to ${to}`,
    notice: (list: string) => `Warned of listing on: ${list}`,
    listed: (list: string) => `Listed on: ${list}`,
    listedWrongful: 'Wrongful: the listing rests on records that do not match what happened.',
    listedUntold: 'They were not told.',
    cause: (cause: string) => `because of ${cause}`,
    /** The record a listing rests on: its number, what it says, its source and the day it was filed. */
    causeRecord: (record: number, behaviour: string, source: string, day: number) =>
      `record #${record}: ${behaviour} (${source}, day ${fmt(day)})`,
    causeRecordAtStart: (record: number, behaviour: string) =>
      `record #${record}: ${behaviour} (before the story begins)`,
    causeCondition: "meeting the list's condition",
    /** What the record really was (the truth lens). */
    causeBasis: {
      true: 'The record is of their own act.',
      misattributed: "The record is of someone else's act: a same-name mix-up.",
      false: 'The record is a false report: no such act happened.',
    } satisfies Record<RecordCitation['basis'], string>,
    delisted: (list: string, why: string) => `Removed from ${list} (${why})`,
    delistedWhy: text.entry.delistedWhy,
    sanction: (label: string) => `Sanction: ${label}`,
    sanctionVia: 'because of a family member:',
    sanctionLifted: (consequence: string) => `Sanction lifted: ${consequence}`,
    reward: (label: string) => `Reward: ${label}`,
    refused: (service: string) => `Refused ${service}`,
    services: {
      flight: 'a plane ticket',
      train: 'a high-speed train ticket',
      school: 'a school place',
      job: 'a job',
      loan: 'a loan',
      internet: 'fast internet',
      dating: 'a place on the dating site',
      rent: 'a rental',
      energy: 'an energy discount',
      bike: 'a public bike without deposit',
      property: 'a property purchase',
    } as Record<string, string>,
    under: (consequence: string) => `under: ${consequence}`,
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
      appealFiled: 'Appeals filed',
      appealDecided: 'Appeals decided',
      recorded: 'Camera recordings',
    } satisfies Record<FeedEvent['kind'], string>,
    /** The badge on one event. */
    badges: {
      listed: 'Listed',
      wrongfulListing: 'Wrongful',
      notice: 'Warning',
      delisted: 'Removed',
      refused: 'Refused',
      appealFiled: 'Appeal',
      appealDecided: 'Appeal',
      recorded: 'Camera',
    } satisfies Record<FeedEvent['kind'], string>,
    empty: 'Nothing notable yet. Press play.',
    emptyFiltered: 'No events of the chosen kinds.',
    shown: (shown: number, total: number) =>
      shown === total
        ? plural(total, 'event', 'events')
        : `Newest ${fmt(shown)} of ${fmt(total)} events`,
    open: (name: string) => `Open the dossier of ${name}`,
    says: text.feed.says,
  },

  charts: {
    heading: 'The town over time',
    noData: 'Charts fill in as days pass.',
    axisDay: 'Day',
    score: { title: 'Scores: mean, median and the middle 80%', unit: 'points' },
    grades: { title: 'People in each grade', unit: 'people' },
    /** The same two charts on a town whose rules rate businesses (town.businesses.rated). */
    scoreBusinesses: { title: 'Business scores: mean, median and the middle 80%', unit: 'points' },
    gradesBusinesses: { title: 'Businesses in each grade', unit: 'businesses' },
    listed: { title: 'Listed, and wrongly listed', unit: 'people and businesses' },
    refusals: { title: 'Refusals', unit: 'refusals per day' },
    appeals: { title: 'Appeals', unit: 'appeals per day; backlog in appeals' },
    speech: { title: 'Speech acts', unit: 'posts and talks per day' },
    harm: { title: 'Harmful acts against their starting level', unit: 'acts per day' },
    series: {
      meanScore: 'Mean score',
      scoreMedian: 'Median',
      scoreP10: '10th percentile',
      scoreP90: '90th percentile',
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
    table: {
      show: 'Show as table',
      hide: 'Hide table',
      caption: (title: string, unit: string, step: number, lastDay: number) =>
        `${title} (${unit}): day 1, then every ${step} days, and the last day (day ${fmt(lastDay)}).`,
    },
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
    sourceSupports: (text: string) => `Supports: ${text}`,
    opensNewTab: '(opens in a new tab)',
    real: {
      title: 'What is real here?',
      intro:
        'Every number this scenario takes from the world, with where it stands: documented (read in the cited source), secondary (from a summary of it), uncertain (sources disagree; the range they give) or assumed (a modelling choice).',
      what: 'Number',
      value: 'Value',
      mark: 'Evidence',
      source: 'Source',
      note: 'Note',
      counts: (documented: number, secondary: number, uncertain: number, assumed: number) =>
        `${fmt(documented)} documented · ${fmt(secondary)} secondary · ${fmt(uncertain)} uncertain · ${fmt(assumed)} assumed`,
      unmarked: 'no mark',
      range: (low: string, high: string) => `sources give ${low} to ${high}`,
      marks: {
        documented: 'documented',
        secondary: 'secondary',
        uncertain: 'uncertain',
        assumed: 'assumed',
      } as Record<string, string>,
      markTitle: {
        documented: 'Documented: read in the cited source',
        secondary: 'Secondary: from a summary of the cited source',
        uncertain: 'Uncertain: the sources disagree or are unclear',
        assumed: 'Assumed: a modelling choice, not a measured figure',
      } as Record<string, string>,
      groups: {
        town: 'Town',
        behaviour: 'Behaviour',
        source: 'Surveillance',
        scoring: 'Scoring',
        grade: 'Grade',
        rule: 'Rule',
        list: 'List',
        consequence: 'Sanction or reward',
        opacity: 'What people are told',
        appeals: 'Appeals',
      } as Record<string, string>,
    },
    claims: {
      title: 'Figures the story states',
      intro:
        'Each figure the texts quote about the runs is a claim, tested across seeds. Check them here: the scenario runs on its seed and the ones after it, in the background.',
      check: (seeds: number) => `Check across ${fmt(seeds)} seeds`,
      checking: (done: number, total: number) => `Running seed ${fmt(done)} of ${fmt(total)}…`,
      cancel: 'Stop',
      across: (seeds: number, median: string, range: string) =>
        `across ${fmt(seeds)} seeds: median ${median}, range ${range}`,
      verdict: (pass: boolean) => (pass ? 'holds' : 'does not hold'),
      failed: (message: string) => `The check stopped: ${message}`,
      claimed: (figure: string) => `claimed: ${figure}`,
    },
  },

  lesson: {
    prediction: 'Your prediction',
    guide: 'Teacher’s guide',
    worksheet: 'Student worksheet',
    close: 'Close',
    shareQuestions: 'Prediction questions students answer (untick to switch one off)',
    reportTitle: 'Predictions and explanations',
    thisRunPending: (day: number) => `This run (revealed on day ${day})`,
    numberLabel: (unit: string) => (unit ? `Your prediction (${unit})` : 'Your prediction'),
    range: (min: string, max: string) => `A number from ${min} to ${max}.`,
    rankHelp: 'Put the items in order, most first. Move an item with its buttons.',
    moveUp: (label: string) => `Move “${label}” up`,
    moveDown: (label: string) => `Move “${label}” down`,
    saved: 'Saved.',
    locksOn: (day: number) => `Answer before day ${day}: the answer locks when the run reaches it.`,
    lockedOn: (day: number) => `Locked on day ${day}.`,
    notAnswered: 'Not answered before the reveal.',
    reveal: 'What happened',
    thisRun: (seed: number, day: number) => `This run (seed ${seed}, day ${day})`,
    acrossSeeds: (count: number) => `Across ${count} seeds`,
    spread: (median: string, min: string, max: string) => `median ${median}, range ${min}–${max}`,
    computing: (done: number, total: number) =>
      `Running the scenario on ${total} seeds: ${done} done…`,
    spreadFailed: (message: string) => `The runs across seeds could not be computed: ${message}`,
    noValue: 'no value',
    inChoice: (label: string) => `“${label}”`,
    choiceCount: (count: number, total: number) => `in ${count} of ${total} seeds`,
    rankOf: (rank: number) => `#${rank}`,
    rankMatches: (count: number, total: number) =>
      `${count} of ${total} items where this run put them`,
    why: 'Why? Explain what you saw and what caused it.',
    whyHelp: 'Plain text. It goes into your printed report and the JSON export.',
    switchedOff: 'Your teacher switched the questions off for this lesson.',
    refusal: {
      noScenario: 'No scenario is open.',
      unknownQuestion: (id: string) => `This scenario has no question “${id}”.`,
      switchedOff: (id: string) => `The question “${id}” is switched off in this lesson.`,
      locked: (day: number) =>
        `Locked: the run has reached day ${day}, so the answer can no longer change.`,
      notRevealed: (day: number) => `The explanation opens once the run reaches day ${day}.`,
      tooLong: (max: number) => `At most ${fmt(max)} characters.`,
      notANumber: 'Enter a number.',
      outOfRange: (min: string, max: string) => `Enter a number from ${min} to ${max}.`,
      unknownChoice: 'Pick one of the choices.',
      notARanking: 'Put every item in order once.',
      notText: 'An explanation is text.',
    },
  },

  language: {
    label: 'Language',
  },

  /** A part of the interface fetched the first time it is opened (src/ui/components/lazyPart.tsx). */
  lazy: {
    loading: 'Loading…',
    failed: (part: string) =>
      `The ${part} could not be loaded: the connection dropped or the files are incomplete. Check the connection and try again.`,
    retry: 'Try again',
    parts: {
      town: 'town screen',
      map: 'town map',
      editor: 'rule editor',
      compare: 'comparison',
      roles: 'role desk',
      charts: 'charts',
      report: 'printable report',
      lesson: 'lesson document',
      share: 'share dialog',
      handIn: 'hand-in dialog',
      classScreen: 'class screen',
      fileCheck: 'check for scenario files',
    },
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
      ['→', 'Step one day'],
      ['?', 'Open this help'],
      ['Esc', 'Close help or the dossier'],
      ['Tab', 'Move between controls'],
      ['← ↑ → ↓', 'Move the view (when the map has focus)'],
      ['+  −', 'Zoom in or out (map)'],
      ['0', 'Fit the whole town (map)'],
      ['Enter', 'Open the person in the centre ring (map)'],
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
          return `The simulation failed ${fmt(message.restarts)} times on this run, the last near day ${fmt(message.day)} (${message.detail}). It is not restarted again for this run; restart it or choose another scenario.`;
        case 'requestFailed':
          return `The simulation reported an error: ${message.detail}`;
        case 'runStopped':
          return `The run was stopped on day ${fmt(message.day)}: that day’s conditions took more than ${fmt(message.budget)} steps (the last was ${message.where}). The town stays on its last whole day. Make that condition cheaper, or the town smaller, and load the scenario again.`;
        case 'saveFailed':
          return 'Your progress could not be saved in this browser (storage is full or disabled).';
        case 'progressSetAside':
          return message.moved !== false
            ? `Your saved progress could not be read (${message.reason}). It was set aside as “${message.key}” and the game starts fresh.`
            : `Your saved progress could not be read (${message.reason}). Storage is full, so it stays as “${message.key}” until the game next saves; the game starts fresh.`;
        case 'roleSetAside':
          return message.moved
            ? `Your saved role could not be read (${message.reason}). It was set aside as “${message.key}”; the run continues without it.`
            : `Your saved role could not be read (${message.reason}). Storage is full, so it stays as “${message.key}” until the game next saves; the run continues without it.`;
        case 'localeSetAside':
          return message.moved
            ? `The saved language choice (“${message.saved}”) is not a language this game speaks, so the page follows your browser’s language. It was set aside as “${message.key}”; choose a language with the picker to save a new one.`
            : `The saved language choice (“${message.saved}”) is not a language this game speaks, so the page follows your browser’s language. Storage is full, so it stays as “${message.key}”; choose a language with the picker to replace it.`;
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
    heading: (title: string) => `Rules of “${title}”`,
    status: {
      checking: 'Checking…',
      invalid: (n: number) =>
        `${plural(n, 'problem', 'problems')} to fix. The town keeps running the last rules that passed every check.`,
      running: (edited: boolean) =>
        edited
          ? 'Every check passes. The town runs these rules.'
          : 'Every check passes. The town runs the rules as shipped.',
      notApplied: 'Every check passes. Not applied yet: the town still runs the earlier rules.',
    },
    undo: 'Undo',
    undoHint: 'Undo (Ctrl+Z or ⌘Z)',
    redo: 'Redo',
    redoHint: 'Redo (Ctrl+Shift+Z or ⌘⇧Z)',
    reset: 'Reset to as shipped…',
    resetQuestion:
      'Throw away every edit to this scenario and go back to the rules as shipped? You can still undo this.',
    resetConfirm: 'Reset',
    resetCancel: 'Keep my edits',
    apply: 'Apply and restart',
    applying: 'Applying…',
    applyNote: (seed: number) =>
      `Applying restarts the town from day 0 on the same seed (${seed}), so every change you see comes from the rules. Edits are saved in this browser as you type; variants stay as shipped.`,
    tabsLabel: 'Edit as',
    tabs: { form: 'Forms', yaml: 'YAML' },
    notice(notice: EditorNotice): string {
      switch (notice.kind) {
        case 'restored':
          return 'Your earlier edits to this scenario were restored from this browser.';
        case 'setAside':
          return `Saved edits could not be read (${notice.reason}). They were set aside as “${notice.key}” and the editor starts from the scenario as it runs.`;
        case 'saveFailed':
          return 'Your edits could not be saved in this browser (storage is full or disabled). They are kept while this page is open.';
        case 'editFailed':
          return notice.reason === 'unparsable'
            ? 'The YAML has an error, so the forms cannot change it. Fix it in the YAML tab first.'
            : 'That change could not be made: the list has changed. Try again.';
        case 'shippedChanged':
          return 'This scenario has been updated since you edited it. Your edits were kept; “Reset to as shipped” gives the new version.';
      }
    },
    views: {
      label: 'Show',
      names: { town: 'Town', rules: 'Rules', compare: 'Compare A/B' } satisfies Record<
        WorkbenchView,
        string
      >,
      edited: 'edited',
    },
    form: {
      sections: 'Parts of the rule set',
      section: (key: string) => SECTION_NAMES[key] ?? humanise(key),
      sectionIntro: (key: string) => SECTION_INTROS[key] ?? '',
      outside: (n: number) =>
        `${plural(n, 'problem is', 'problems are')} outside the rule set: see the YAML tab.`,
      checking: 'Checking the rules…',
      unparsable:
        'The YAML cannot be read, so the forms are unavailable until it is fixed. The town keeps running the last valid rules.',
      toYaml: 'Go to the YAML tab',
      label: (key: string) => FIELD_LABELS[key] ?? humanise(key),
      unit: (unit: string) => UNIT_NAMES[unit] ?? unit,
      describe: (spec: FieldSpec): string => {
        const parts = [spec.description || FIELD_HELP[spec.key] || ''];
        const unit = spec.unit ? ` ${UNIT_NAMES[spec.unit] ?? spec.unit}` : '';
        if (spec.kind === 'number') parts.push(`From ${fmt(spec.min)} to ${fmt(spec.max)}${unit}.`);
        if (
          spec.defaultValue !== undefined &&
          spec.defaultValue !== '' &&
          typeof spec.defaultValue !== 'object'
        )
          parts.push(`Left empty: ${defaultWords(spec.defaultValue)}.`);
        return parts.filter((p) => p !== '').join(' ');
      },
      problem: (message: string) => `Problem: ${message}`,
      unset: (value: unknown) =>
        value === undefined ? '— none —' : `Default (${defaultWords(value)})`,
      unknownChoice: (value: string) => `${value} (not found)`,
      option: (key: string, option: string) => OPTION_NAMES[key]?.[option] ?? option,
      followSetting: 'Follow the opacity setting',
      yes: 'Yes',
      no: 'No',
      none: '— none —',
      reads: (words: string) => `Reads: ${words}.`,
      yamlOnly: 'Edit this in the YAML tab.',
      usingDefault: 'Left at the default. Customise to edit them here.',
      customise: 'Customise',
      noRows: 'None yet.',
      problems: (n: number) => plural(n, 'problem', 'problems'),
      rowNumber: (n: number) => `Row ${n}`,
      fromPoints: (min: number) => `from ${fmt(min)} points`,
      moveUp: 'Move up',
      moveDown: 'Move down',
      remove: 'Remove',
      moveUpNamed: (title: string) => `Move up: ${title}`,
      moveDownNamed: (title: string) => `Move down: ${title}`,
      removeNamed: (title: string) => `Remove: ${title}`,
      add: (key: string) => `Add ${ROW_NOUNS[key] ?? 'a row'}`,
    },
    yaml: {
      label: (fileName: string) => `The whole scenario, ${fileName}, as YAML`,
      help: 'Checked as you type. Tab indents; press Esc, then Tab, to leave the text. Choose a problem to go to its place.',
      checking: 'Checking…',
      valid: 'Every check passes.',
      invalid: (n: number) => `${plural(n, 'problem', 'problems')}:`,
      problemsLabel: 'Problems in the YAML',
      place: (line: number, column: number) => `Line ${fmt(line)}, column ${fmt(column)}`,
    },
  },

  compare: {
    heading: 'Compare A and B',
    intro: (people: number, seed: number, days: number) =>
      `Two rule sets on the same town: the same ${fmt(people)} people, the same seed (${seed}), ${plural(days, 'day', 'days')}. Until a rule changes what someone does, they make the same choices under both, so every difference comes from the rules.`,
    sideLabel: (side: 'a' | 'b') => (side === 'a' ? 'A' : 'B'),
    versus: 'against',
    choices: {
      shipped: 'As shipped',
      edited: 'Your edited rules',
      variant: (title: string) => `Variant: ${title}`,
      scenario: (title: string) => `Rules of “${title}”`,
    },
    run: 'Compare',
    runAgain: 'Compare again',
    auto: 'Compare again when the rules change',
    editedInvalid:
      'Your draft has problems; “Your edited rules” uses the last version that passed every check.',
    runningBoth: (a: string, b: string) => `Running ${a} and ${b}…`,
    percent: (share: number) => `${Math.round(share * 100)}%`,
    cancel: 'Cancel',
    cancelled: 'Cancelled.',
    failed: (message: string) => `The comparison failed: ${message}`,
    invalid: (side: 'a' | 'b', fileName: string) =>
      `${side.toUpperCase()} cannot be run: ${fileName} has problems`,
    empty: 'Choose A and B, then Compare.',
    stale: 'The rules changed since this comparison. Compare again to update it.',
    staleAuto: 'The rules changed: updating the comparison…',
    timing: (ms: number) => `Compared in ${(ms / 1000).toFixed(1)} s`,
    runFacts: (people: number, seed: number, days: number) =>
      `${plural(people, 'person', 'people')} · seed ${seed} · ${plural(days, 'day', 'days')}`,
    rulesOnATown: 'B’s town differs from A’s, so B’s rules ran on A’s town.',
    chartsHeading: 'Over time',
    charts: {
      listed: { title: 'Listed', unit: 'people' },
      wrongfulListings: { title: 'Wrongly listed', unit: 'people' },
      refusals: { title: 'Refusals', unit: 'refused purchases per day' },
      meanScore: { title: 'Mean score', unit: 'points' },
      speechActs: { title: 'Speech acts', unit: 'posts and talks per day' },
      harmfulActs: { title: 'Harmful acts', unit: 'acts per day' },
    },
    headline: {
      label: 'What changed for people',
      listed: (a: number, b: number) =>
        `Listed under A only: ${plural(a, 'person', 'people')}; under B only: ${fmt(b)}.`,
      refused: (a: number, b: number) =>
        `Refused a flight or train only under A: ${plural(a, 'person', 'people')}; only under B: ${fmt(b)}.`,
      school: (a: number, b: number) =>
        `Refused a school place only under A: ${plural(a, 'person', 'people')}; only under B: ${fmt(b)}.`,
      changed: (n: number, people: number) =>
        `${plural(n, 'person or business lived', 'people and businesses lived')} a different year (of ${fmt(people)} people).`,
    },
    table: {
      heading: 'The figures',
      caption: 'Each figure under A, under B, and the difference B − A',
      figure: 'Figure',
      side: (letter: string, label: string) => `${letter}: ${label}`,
      difference: 'B − A',
      more: (n: number) => `Every other figure (${fmt(n)})`,
    },
    figures: {
      names: {
        finalMeanScore: 'Mean score at the end',
        finalListed: 'Listed at the end',
        totalNewListings: 'Listings',
        totalDelistings: 'Removals from lists',
        finalWrongfulListings: 'Wrongly listed at the end',
        totalNewWrongfulListings: 'Wrongful listings',
        totalFlightRefusals: 'Flights refused',
        totalTrainRefusals: 'Train tickets refused',
        totalSchoolRefusals: 'School places refused',
        totalRefusals: 'All refusals',
        totalSanctionsApplied: 'Sanctions applied',
        totalRewardsGiven: 'Rewards given',
        totalAppealsFiled: 'Appeals filed',
        totalAppealsGranted: 'Appeals granted',
        totalAppealsDecided: 'Appeals decided',
        finalAppealBacklog: 'Appeals waiting at the end',
        meanAppealWaitDays: 'Mean wait for an appeal (days)',
        appealGrantShare: 'Share of appeals granted',
        totalSpeechActs: 'Speech acts',
        totalHarmfulActs: 'Harmful acts',
        totalCivicActs: 'Civic acts',
        totalRecords: 'Records made',
        totalMisattributedRecords: 'Records filed under the wrong person',
        totalFalseRecords: 'Records of acts that never happened',
        finalFamiliesAffected: 'Families hit through someone else (at the end)',
        finalSanctioned: 'Under a sanction at the end',
        finalMeanFear: 'Mean fear at the end (0 to 1)',
        wrongfulShare: 'Share of listings that were wrongful',
      } as Record<string, string>,
      grade: (id: string) => `In grade ${id} at the end`,
      onList: (label: string) => `On “${label}” at the end`,
      acts: (label: string) => `${label}: acts`,
      records: (label: string) => `${label}: records`,
      listedShare: (district: string) => `Share listed in ${district} at the end`,
    },
    people: {
      heading: 'People whose fate differs',
      none: 'Nobody was listed or refused travel or school under one rule set and not the other.',
      listedOnly: (list: string, side: 'a' | 'b') =>
        `Listed on “${list}” under ${side === 'a' ? 'A but not B' : 'B but not A'}`,
      refusedOnly: (service: string, side: 'a' | 'b') =>
        `${SERVICE_REFUSED[service] ?? `Refused ${service}`} under ${side === 'a' ? 'A but not B' : 'B but not A'}`,
      counts: (what: 'listed' | 'refused', a: number, b: number) =>
        what === 'listed'
          ? `listed ${fmt(a)}× under A, ${fmt(b)}× under B`
          : `refused ${fmt(a)}× under A, ${fmt(b)}× under B`,
      wrongful: 'wrongful',
      showAll: (n: number) => `Show all ${fmt(n)}`,
      pairHeading: (name: string) => `${name} under A and under B`,
      sideHeading: (letter: string, label: string) => `${letter}: ${label}`,
      inTown: 'Open in the side panel',
      inTownHint: 'The dossier of the same person in the town as it runs now',
      close: 'Close',
      loading: 'Reading both dossiers…',
      unavailable:
        'These runs are no longer kept (a newer comparison started). Compare again to open the dossiers.',
      notRecorded: 'No dossier was recorded for this person in this run.',
    },
    cause: {
      unknown: 'The deciding difference was not recorded.',
      only: (day: number, side: string, text: string) =>
        `Day ${fmt(day)}, only under ${side} — ${text}`,
      both: (day: number, a: string, b: string) => `Day ${fmt(day)} — under A: ${a}; under B: ${b}`,
      scores: (day: number, kind: string) =>
        `Day ${fmt(day)} — their scores part (a ${kind} setting).`,
      through: 'It reached them through a family member.',
    },
    across: {
      heading: 'Across seeds',
      intro:
        'One seed is one possible year. Repeat the comparison on several seeds to see whether a difference holds or was luck.',
      seedsLabel: 'Seeds',
      seedsOption: (k: number) => `${k} seeds`,
      run: (k: number) => `Compare across ${k} seeds`,
      running: (k: number) => `Running A and B on ${k} seeds…`,
      stale: 'The rules or choices changed since these seeds ran.',
      timing: (ms: number, seeds: number[]) =>
        `${plural(seeds.length, 'seed', 'seeds')} (${seeds[0]}–${seeds[seeds.length - 1]}) in ${(ms / 1000).toFixed(1)} s`,
      caption: (a: string, b: string) =>
        `Mean over the seeds of each figure under A (${a}) and B (${b}), the mean difference and its spread`,
      figure: 'Figure',
      meanA: 'A (mean)',
      meanB: 'B (mean)',
      meanDiff: 'B − A (mean)',
      spread: 'Spread of B − A',
      spreadText: (sd: string, min: string, max: string) => `sd ${sd}; from ${min} to ${max}`,
      countsHeading: 'People whose fate differs',
      countsCaption:
        'Mean over the seeds of the number of people whose fate differs, and its spread',
      mean: 'Mean',
      spreadPlain: 'Spread',
      counts: {
        listedOnlyA: 'People listed under A only',
        listedOnlyB: 'People listed under B only',
        flightRefusedOnlyA: 'Refused a flight under A only',
        flightRefusedOnlyB: 'Refused a flight under B only',
        trainRefusedOnlyA: 'Refused a train under A only',
        trainRefusedOnlyB: 'Refused a train under B only',
        schoolRefusedOnlyA: 'Refused a school under A only',
        schoolRefusedOnlyB: 'Refused a school under B only',
        agentsChanged: 'People and businesses whose year differs',
      } as Record<string, string>,
    },
  },
  // ---- Share, lock, export and report (src/ui/share, src/ui/report) ----
  classroom: {
    share: 'Share',
    shareHint: 'Share this lesson as a link',
    report: 'Report',
    reportHint: 'A printable report of this run, and its data to download',
    lockedByTeacher: 'Locked by your teacher',
    lessonNote: 'Settings fixed by your teacher for this lesson',
    panelNames: {
      story: 'Story',
      notes: 'Teacher notes in the story',
      person: 'Dossier',
      events: 'Events',
      charts: 'Charts',
      editor: 'Rule editor',
      compare: 'Compare A and B',
      scenarios: 'Other scenarios',
    } satisfies Record<LessonPanel, string>,
    access: {
      open: 'Open',
      locked: 'Locked',
      hidden: 'Hidden',
    } satisfies Record<PanelAccess, string>,
    roles: {
      observer: 'Observer (the sandbox)',
      citizen: 'Citizen',
      planner: 'Planner',
      appealsOfficer: 'Appeals officer',
    } satisfies Record<Role, string>,
    shareDialog: {
      title: 'Share this lesson',
      intro:
        'The link holds the whole scenario, the seed, the day and the settings below. Nothing is uploaded anywhere: whoever opens the link gets exactly this run.',
      withEdits: 'The link includes your edits to the rules.',
      scenario: (title: string, seed: number) => `${title} · seed ${seed}`,
      startDay: 'Open at day',
      startDayHelp: (last: number) => `From 0 (before the first day) to ${fmt(last)}.`,
      panels: 'What students can open',
      panelsHelp: 'Locked panels show greyed with a lock; hidden ones are not shown at all.',
      fixSeed: 'Students cannot change the seed',
      role: 'Role',
      fixRole: 'Students cannot change the role',
      storyStep: 'Open the story at',
      storyNone: 'The beginning, no step marked',
      storyStepName: (n: number, title: string) => `Step ${n}: ${title}`,
      projector: 'Projector colours: strong contrast and larger text',
      link: 'Link to the lesson',
      linkSize: (chars: number) => `${fmt(chars)} characters`,
      longLink:
        'Some mail and learning platforms cut long links short. If the link arrives broken, hand out the scenario file, or the single-file Ledgertown, instead.',
      copy: 'Copy link',
      copied: 'Copied. Paste it wherever your class will find it.',
      copyFallback: 'The link is selected: press Ctrl+C (⌘C on a Mac) to copy it.',
      close: 'Close',
      tooLong: (chars: number, max: number) =>
        `This lesson makes a link of ${fmt(chars)} characters, more than the ${fmt(max)} a link may have. Share the scenario file instead.`,
    },
    linkProblem: {
      heading: 'This lesson link cannot be opened',
      remedy:
        'Ask for the link again, or copy it whole from where it was sent. Meanwhile you can choose a scenario below.',
      dismiss: 'Close',
      text(problem: LinkProblem): string {
        switch (problem.kind) {
          case 'tooLong':
            return `The link is ${fmt(problem.length)} characters long; a lesson link may have at most ${fmt(problem.max)}.`;
          case 'unknownVersion':
            return Number(problem.version) > 1
              ? `The link was made by a newer Ledgertown (link format ${problem.version}); this one reads format 1.`
              : `The link says it has link format ${problem.version}, which Ledgertown never wrote; this one reads format 1.`;
          case 'badCharacter':
            return `The link holds a character that does not belong in it (“${problem.char}” at position ${fmt(problem.at + 1)}): it was changed on the way.`;
          case 'truncated':
            return 'The link is cut off: its end is missing. Mail and chat programs sometimes shorten long links.';
          case 'corrupt':
            return 'The link is damaged: its parts do not fit together.';
          case 'tooLarge':
            return `The link unpacks to more than ${fmt(problem.max)} characters, more than a scenario file may have.`;
          case 'badHeader':
            return `The lesson settings in the link cannot be read (${problem.detail}).`;
        }
      },
    },
    fileDrop: {
      overlay: 'Drop a scenario file (YAML or JSON) to open it',
      scenarioFixed: 'The scenario is fixed for this lesson: files cannot be opened.',
      unreadable: 'expected a text file the browser can read, found one it could not read',
    },
    reportView: {
      title: 'Run report',
      print: 'Print or save as PDF',
      close: 'Close report',
      downloads: 'Download the data',
      metricsCsv: 'Each day (CSV)',
      peopleCsv: 'Each person (CSV)',
      json: 'Everything (JSON)',
      downloadsHelp:
        'Every file carries the Ledgertown version, the scenario, its content hash and the seed, so the run can be repeated exactly. CSV files open in any spreadsheet; the stamp is in the last four columns.',
      preparing: 'Preparing the file…',
      failed: (detail: string) => `The file could not be made: ${detail}`,
      noRun: 'Start a scenario first: the report describes a run.',
      student: 'Name',
      notes: 'My answer',
      notesHelp: 'Answer the scenario’s question from what you saw. It is printed with the report.',
      question: 'The question',
      facts: 'The run',
      fact: {
        scenario: 'Scenario',
        seed: 'Seed',
        hash: 'Scenario hash',
        day: 'Day',
        people: 'People',
        version: 'Ledgertown',
        printed: 'Printed',
      },
      dayOf: (day: number, last: number) => `${fmt(day)} of ${fmt(last)}`,
      figures: 'Key figures',
      figureLabel(key: string): string | undefined {
        const change = /^(harmfulActs|speechActs)PerDay(First|Last)(\d+)Days$/.exec(key);
        if (change) {
          const what = change[1] === 'harmfulActs' ? 'Harmful acts' : 'Speech acts';
          return `${what} per day, ${change[2] === 'First' ? 'first' : 'last'} ${change[3]} days`;
        }
        return REPORT_FIGURES[key];
      },
      change: (percent: number) => `${percent > 0 ? '+' : ''}${fmt(percent)} %`,
      charts: 'The town over time',
      comparison: 'Comparison',
      compareSides: (a: string, b: string) => `A: ${a} · B: ${b}`,
      compareRun: (seed: number, days: number) =>
        `The same town and seed (${seed}), ${fmt(days)} days`,
      compareStale:
        'The rules changed after this comparison ran: compare again for figures that match.',
      compareHow: 'Each figure under A → under B (B − A)',
      compareCounts: {
        listedOnlyA: 'Listed under A only',
        listedOnlyB: 'Listed under B only',
        agentsChanged: 'People and businesses whose year differed',
      } as Record<string, string>,
    },
  },
  // ---- Roles: citizen, planner, appeals officer (src/ui/roles) ----
  roles: {
    loading: 'Reading your part…',
    picker: {
      legend: 'Your role',
      help: 'Watch the town as it is, or take a part in it: live as one person, set the rules, or decide the appeals.',
      onlyObserver: 'This scenario is for watching: it names no one to play.',
      fixed: 'Your teacher chose the role for this lesson.',
      observer: 'Observer',
      observerText: 'Watch the whole town: who is recorded, listed and refused, and why.',
      citizen: (label: string) => `Citizen: ${label}`,
      every: (days: 1 | 7) => (days === 1 ? 'You decide each day.' : 'You decide each week.'),
      planner: 'Planner',
      plannerDetail: 'Change the rules, predict the result, then run the year.',
      officer: 'Appeals officer',
      quota: (quota: number) => `Up to ${plural(quota, 'decision', 'decisions')} a day.`,
    },
    titles: {
      citizen: (label: string, name: string) =>
        name ? `Citizen: ${label} (${name})` : `Citizen: ${label}`,
      planner: 'Planner',
      officer: 'Appeals officer',
      observer: 'Observer',
    },
    pane: {
      yourRole: 'Your role',
      switchLabel: 'Show your desk or the town’s panels',
      desk: 'Your desk',
      town: 'Town panels',
      hiddenCitizen:
        'The town’s panels (dossiers, events, charts) open at your ending: until then they would show what you cannot know.',
      hiddenOfficer:
        'The town’s panels (dossiers, events, charts) open when your shift is over: they show the truth you must judge without.',
      /** `name` gives a protagonist's label by id; `why` words a refused move. */
      problem(
        problem: RoleProblem,
        name: (protagonist: string) => string,
        why: (refusal: MoveRefusal) => string,
      ): string {
        switch (problem.kind) {
          case 'notOffered':
            return `This scenario offers no ${ROLE_NAMES[problem.role]} role, so you are watching as the observer.`;
          case 'notCast':
            return problem.protagonist === undefined
              ? 'Nobody in this town can play that part, so you are watching as the observer.'
              : `Nobody in this town fits the part of ${name(problem.protagonist)}, so you are watching as the observer. Another seed makes another town.`;
          case 'replayFailed':
            return `Your saved move ${problem.move} (day ${problem.day}) could not be made again (${why(problem.refusal)}), so it and the moves after it were dropped; the run continues from the last one that could.`;
        }
      },
    },
    citizen: {
      youAre: (name: string, label: string) => `You are ${name}, ${label}.`,
      mapHint:
        'On the map you are the figure in the purple double ring. You see the town only as you know it: other people’s grades and lists are hidden from you.',
      endedOn: (day: number, kind: EndingKind) =>
        `Your story ended on day ${fmt(day)}: ${kind === 'win' ? 'you won' : kind === 'lose' ? 'you lost' : 'time ran out'}.`,
      seeEnding: 'See the ending',
      goals: 'Your goals',
      loseGoal: 'Avoid:',
      metOn: (day: number) => `Met on day ${fmt(day)}`,
      missedOn: (day: number) => `Missed on day ${fmt(day)}`,
      byDay: (day: number) => `By day ${fmt(day)}`,
      anyDay: 'Any day',
      thisWeek: 'This week',
      today: 'Today',
      runOver: 'The run has ended. Your ending is above.',
      notDecisionDay: (day: number) =>
        `Your next choice is on day ${fmt(day)}. Wait until then to choose.`,
      unavailable: (why: string) => `Not now: ${why}`,
      chosen: (label: string) => `Your choice: ${label}.`,
      nothingChosen: 'You have chosen nothing: you will do nothing.',
      clearChoice: 'Choose nothing instead',
      refused: (error: string) => `That choice was refused: ${error}`,
      waitUntil: (day: number) => `Wait until day ${fmt(day)}`,
      liveDay: (day: number) => `Live day ${fmt(day)}`,
      liveDays: (from: number, to: number) => `Live the week (days ${fmt(from)}–${fmt(to)})`,
      answer: text.roles.citizen.answer,
      whyNot: text.roles.citizen.whyNot,
    },
    knows: {
      heading: 'What you know',
      disclosure: {
        full: 'The rules are public: you are told your score, your grade and why it changes.',
        reasons: 'You are told your score and, afterwards, why it changed.',
        score: 'You are told your score, never why.',
        nothing: 'You are told nothing: you find out when something is refused.',
      } satisfies Record<CitizenView['disclosure'], string>,
      score: 'Score and grade',
      scoreUnknown: 'Not told to you.',
      scoreKnown: (score: number, grade: string) =>
        grade
          ? `${fmt(Math.round(score))} points, grade ${grade}`
          : `${fmt(Math.round(score))} points`,
      lists: 'Lists you know you are on',
      noLists: 'None that you know of.',
      /** A list your business (not you) is on. */
      businessList: (label: string) => `${label} (your business)`,
      listKnown: (label: string, day: number, how: CitizenView['lists'][number]['how']) =>
        `${label}: ${
          {
            told: 'you were told',
            refused: 'you found out when something was refused',
            notice: 'you were warned',
            published: 'you saw your name published',
          }[how]
        } on day ${fmt(day)}.`,
      appeal: 'Your appeal',
      noAppeal: 'You have not appealed.',
      appealState: (
        label: string,
        filed: number,
        status: 'waiting' | 'granted' | 'refused',
        decided: number | null,
      ) =>
        `Against the ${label}, filed on day ${fmt(filed)}: ${
          status === 'waiting'
            ? 'waiting for a decision'
            : `${status} on day ${fmt(decided ?? filed)}`
        }.`,
      debts: 'What you owe',
      noDebts: 'Nothing.',
      debt: (label: string, count: number) => (count === 1 ? label : `${label} (×${fmt(count)})`),
      messages: 'Answers you received',
      noMessages: 'None yet.',
      dated: (day: number, text: string) => `Day ${fmt(day)}: ${text}`,
      refusals: 'Refused to you',
      noRefusals: 'Nothing has been refused to you.',
      refusal: (day: number, label: string, throughFamily: boolean) =>
        `Day ${fmt(day)}: ${label}${throughFamily ? ' (because of someone in your family)' : ''}`,
      notices: 'Warnings',
      noNotices: 'No warnings.',
      notice: (day: number, label: string) => `Day ${fmt(day)}: you may be put on the ${label}.`,
      told: 'What you were told',
      noTold: 'Nothing.',
      toldReason: (day: number, reason: string, points: number) =>
        `Day ${fmt(day)}: ${reason} (${points > 0 ? '+' : points < 0 ? '−' : ''}${fmt(Math.abs(points))} points)`,
      apologies: 'Your apologies',
      noApologies: 'None.',
      apology: (day: number, accepted: boolean) =>
        `Day ${fmt(day)}: ${accepted ? 'accepted as sincere' : 'judged insincere'}`,
      acts: 'What you did',
      noActs: 'Nothing yet.',
      earlier: (n: number) => `and ${plural(n, 'earlier one', 'earlier ones')}`,
    },
    officer: {
      supervisor: 'Your supervisor',
      grantRate: (granted: number, decisions: number, max: number) =>
        decisions === 0
          ? `No decisions yet. Grant at most ${percentOf(max)}.`
          : `You granted ${fmt(granted)} of ${fmt(decisions)} (${percentOf(granted / decisions)}); the bureau wants at most ${percentOf(max)}.`,
      wait: (oldest: number, longestDecided: number, max: number) =>
        `No appeal may wait more than ${plural(max, 'day', 'days')}: the oldest open one has waited ${fmt(oldest)}, the longest you decided ${fmt(longestDecided)}.`,
      pressureState: { none: 'Not yet', met: 'Within', missed: 'Off target' },
      queue: (day: number, count: number) =>
        `Day ${fmt(day)}: ${plural(count, 'appeal', 'appeals')} waiting`,
      quota: (done: number, quota: number) => `Decided today: ${fmt(done)} of ${fmt(quota)}`,
      refused: (error: string) => `That decision was refused: ${error}`,
      empty: 'No appeals are waiting. End the day, or wait for the next appeal.',
      seeDebrief: 'See your debrief',
      endDay: (next: number) => `End the day (go to day ${fmt(next)})`,
      waitForAppeal: 'Wait for the next appeal',
      finish: 'Finish and see the debrief',
      who: (age: number, occupation: string) => `${fmt(age)}, ${occupation.replace(/_/g, ' ')}`,
      listing: (label: string, listed: number, filed: number, waiting: number) =>
        `On the ${label} since day ${fmt(listed)}; appealed on day ${fmt(filed)}; waiting ${plural(waiting, 'day', 'days')}.`,
      records: 'What the system recorded',
      noRecords: 'No record is held any more (deleted or expired).',
      recordDay: 'Day',
      recordWhat: 'Record',
      recordSource: 'Source',
      cause: 'cause',
      says: 'What they say',
      hint: 'A hint:',
      impression: {
        contrite: 'Comes across as contrite.',
        defiant: 'Comes across as defiant.',
      },
      decideLabel: (name: string) => `Decide the appeal of ${name}`,
      decideHelp: (quota: number) =>
        `Grant takes the person off the list, deny keeps the listing; either takes effect tomorrow. Up to ${plural(quota, 'decision', 'decisions')} a day.`,
      grant: 'Grant',
      deny: 'Deny',
      decided: (grant: boolean) =>
        grant ? 'Granted: takes effect tomorrow.' : 'Denied: takes effect tomorrow.',
      plea: text.roles.officer.plea,
      clue: text.roles.officer.clue,
    },
    planner: {
      problem: text.roles.planner.problem,
      target: 'Your target',
      measured: (metric: string, over: 'lastMonthVsFirstMonth' | 'vsBaseline') =>
        over === 'lastMonthVsFirstMonth'
          ? `Measured on “${metric}”: the last 30 days of the run against the first 30.`
          : `Measured on “${metric}”: the whole run under your rules against the scenario’s own rules, same town and seed.`,
      step1: '1. Change the rules',
      mayChange: (parts: string[]) => `You may change: ${parts.join(', ')}.`,
      fixedParts: (parts: string[]) => `Fixed: ${parts.join(', ')}.`,
      rulesInvalid: 'The rule editor has problems: fix them before you run.',
      rulesEdited: 'Your plan: the rules as you edited them.',
      rulesAsShipped: 'Your plan: the rules as shipped (nothing changed yet).',
      openEditor: 'Edit the rules',
      closeEditor: 'Back to the map',
      editorLocked: 'Your teacher locked the rule editor for this lesson.',
      step2: '2. Place your bets',
      betsHelp:
        'Before you run, predict what your rules will do: the change of the target, and of each cost against the scenario’s own rules.',
      betTarget: (metric: string) => `Target: ${metric}`,
      betCost: (metric: string) => `Cost: ${metric}`,
      percentChange: (share: number) => signedPercent(share),
      step3: '3. Run the year',
      runHelp:
        'Your rules and the scenario’s own run on the same town and seed, in the background: the page stays usable.',
      run: 'Run the plan',
      runAgain: 'Run the plan again',
      runningLabel: 'Running your rules and the scenario’s own…',
      elapsed: (seconds: number) => `${seconds.toFixed(0)} s`,
      cancel: 'Cancel',
      verdictMet: 'Target met.',
      verdictMissed: 'Target missed.',
      measuredChange: (change: number | null) =>
        change === null
          ? 'The change could not be measured.'
          : `Measured: ${signedPercent(change)}.`,
      openDebrief: 'Open the debrief',
      planAgain: 'Plan again',
      blocked: {
        noTown: 'Start the scenario first.',
        draftInvalid: 'The rule editor has problems: fix them, then run again.',
      },
      invalid: (which: 'baseline' | 'plan', message: string) =>
        `${which === 'plan' ? 'Your rules' : 'The scenario'} cannot be run: ${message}`,
      failed: (message: string) => `The run failed: ${message}`,
      parts: Object.fromEntries(
        Object.entries(SECTION_NAMES).map(([part, name]) => [
          part,
          name.charAt(0).toLowerCase() + name.slice(1),
        ]),
      ) as Record<string, string>,
    },
    stage: {
      close: 'Close',
    },
    ending: {
      eyebrow: (name: string, day: number) => `${name} · the ending · day ${fmt(day)}`,
      title: {
        win: 'You made it',
        lose: 'You did not make it',
        timeout: 'Time ran out',
      } satisfies Record<EndingKind, string>,
      goals: 'Your goals',
      truth: 'What really happened',
      truthIntro:
        'Now the truth can be told: what you did, what the system recorded, and what followed. Some of it you never knew.',
      openDossier: 'Open your full dossier',
      playAgain: 'Play again',
      otherRole: 'Choose another role',
    },
    story: text.roles.story,
    refusal: text.roles.refusal,
    debrief: {
      eyebrow: (day: number) => `The appeals office · day ${fmt(day)}`,
      title: 'Your shift is over',
      lead: (decisions: number, wrongStood: number, rightFell: number) =>
        decisions === 0
          ? 'You decided no appeals.'
          : `You decided ${plural(decisions, 'appeal', 'appeals')}. ${plural(wrongStood, 'wrong listing', 'wrong listings')} stood because you denied them; ${plural(rightFell, 'right listing', 'right listings')} fell because you granted them.`,
      wrongStood: 'Wrong listings that stood',
      wrongStoodNote: 'denied, although the listing was wrong',
      rightFell: 'Right listings that fell',
      rightFellNote: 'granted, although the listing was right',
      correct: 'Decided rightly',
      correctNote: (decisions: number) => `of ${plural(decisions, 'decision', 'decisions')}`,
      backlog: 'Still waiting',
      backlogNote: (wrongful: number, oldest: number) =>
        `${fmt(wrongful)} of them wrongly listed; the oldest has waited ${plural(oldest, 'day', 'days')}`,
      waited: 'Mean wait for a decision',
      days: (days: number) => `${days.toFixed(1)} days`,
      waitedNote: (max: number) => `longest ${plural(max, 'day', 'days')}`,
      granted: 'Granted',
      grantedNote: (denied: number) => `${fmt(denied)} denied`,
      supervisor: 'Your supervisor’s targets',
      grantRateVerdict: (rate: number | null, max: number, met: boolean | null) =>
        rate === null
          ? `Grant at most ${percentOf(max)}: you granted none, having decided none.`
          : `Grant at most ${percentOf(max)}: you granted ${percentOf(rate)}, ${met ? 'within the target' : 'over the target'}.`,
      waitVerdict: (longest: number, max: number, met: boolean | null) =>
        `Let no appeal wait more than ${plural(max, 'day', 'days')}: the longest wait was ${plural(longest, 'day', 'days')}, ${met ? 'within the target' : 'over the target'}.`,
      pressureNote:
        'A low grant rate pleases the bureau; it says nothing about whether the listings were right.',
      casesHeading: 'Every case you decided, with the truth',
      casesCaption: 'Decided appeals, newest first, with whether the listing was wrong',
      noCases: 'You decided no cases.',
      col: {
        day: 'Day',
        appellant: 'Appellant',
        list: 'List',
        decision: 'You',
        truth: 'The truth',
        waited: 'Waited (days)',
      },
      grantedCell: 'granted',
      deniedCell: 'denied',
      wrongfulCell: 'wrongly listed',
      rightfulCell: 'rightly listed',
      rightCall: ' · right call',
      wrongCall: ' · wrong call',
      openTown: 'Open the town’s panels',
      playAgain: 'Play again',
      otherRole: 'Choose another role',
    },
    verdict: {
      eyebrow: 'The planner’s debrief',
      met: 'Target met',
      missed: 'Target missed',
      notCounted: 'Not counted',
      lockedChanged: (parts: string[]) =>
        `Your plan changed ${parts.join(', ')}, which this scenario keeps fixed: undo those edits in the rule editor and run again.`,
      assumptionsChanged: (parts: string[]) =>
        `Your plan changed ${parts.join(', ')}: how people respond to being punished or seeing others punished. That is an assumption about people, not a rule anyone can set. The result holds only if people really respond that way; run it again with ${parts.join(', ')} as shipped to see what the rules alone achieve.`,
      measured: 'Measured change',
      percent: (share: number | null) => (share === null ? '—' : signedPercent(share)),
      aimed: (change: number) => `the target: ${signedPercent(change)}`,
      yourBet: 'Your bet',
      betOff: (change: number | null, bet: number) =>
        change === null
          ? 'nothing to compare it with'
          : `${Math.round(Math.abs(change - bet) * 100)} points from what happened`,
      ownRules: 'Under the scenario’s own rules',
      totals: (value: number) => fmt(Math.round(value)),
      ownRulesNote: (over: 'lastMonthVsFirstMonth' | 'vsBaseline', plan: number) =>
        over === 'lastMonthVsFirstMonth'
          ? 'the same measure, had you changed nothing'
          : `in all; under your plan ${fmt(Math.round(plan))}`,
      costs: 'What it cost',
      costsCaption: 'Each cost under the scenario’s own rules and under your plan, with your bet',
      col: {
        cost: 'Cost',
        baseline: 'Own rules',
        plan: 'Your plan',
        change: 'Change',
        bet: 'Your bet',
      },
      kind: { flow: 'over the run', stock: 'at the end' } satisfies Record<
        'flow' | 'stock',
        string
      >,
      costsNote:
        'Both runs share the town, the seed and every person’s draws: each difference is your rules’ doing.',
      number: (value: number) => fmt(Math.round(value * 10) / 10),
      fromZero: (diff: number) => (diff === 0 ? 'no change' : `from none to ${fmt(diff)}`),
      facts: (seed: number, days: number, ms: number) =>
        `Seed ${seed} · ${plural(days, 'day', 'days')} · both runs in ${(ms / 1000).toFixed(1)} s`,
      back: 'Back to planning',
      planAgain: 'Plan again',
    },
    chart: {
      baseline: 'The scenario’s own rules',
      plan: 'Your plan',
      axis: 'Per day, mean of the last 30 days; days along the bottom.',
      number: (value: number) => fmt(Math.round(value * 10) / 10),
      summary: (metric: string, b0: number, b1: number, p0: number, p1: number) =>
        `${metric} per day (mean of the last 30 days): under the scenario’s own rules from ${b0.toFixed(1)} to ${b1.toFixed(1)}; under your plan from ${p0.toFixed(1)} to ${p1.toFixed(1)}.`,
    },
    metrics: {
      names: {
        listed: 'People on a list',
        wrongfulListings: 'People wrongly listed',
        newWrongfulListings: 'Wrongful listings',
        familiesAffected: 'Families hit through someone else',
        speechActs: 'Speech (posts and talks)',
        appealBacklog: 'Appeals waiting',
        appealsFiled: 'Appeals filed',
        appealsGranted: 'Appeals granted',
        flightRefusals: 'Flight tickets refused',
        trainRefusals: 'Train tickets refused',
        schoolRefusals: 'School places refused',
        refusals: 'Refusals',
        harmfulActs: 'Harmful acts',
        civicActs: 'Civic acts',
        meanScore: 'Mean score',
        meanFear: 'Mean fear',
        sanctioned: 'People under a sanction',
      } as Record<string, string>,
      acts: (label: string) => `Acts: ${label.toLowerCase()}`,
      listedOn: (label: string) => `On the ${label}`,
    },
  },
} as const;

/** Labels of the run's key figures shown in the printed report (keys of the run summary). */
const REPORT_FIGURES: Record<string, string> = {
  finalMeanScore: 'Mean score now',
  finalListed: 'On a list now',
  totalNewListings: 'Listings made',
  totalNewWrongfulListings: 'Wrongful listings made',
  wrongfulShare: 'Share of listings that were wrongful',
  totalFlightRefusals: 'Flight tickets refused',
  totalTrainRefusals: 'Train tickets refused',
  totalSchoolRefusals: 'School places refused',
  totalSanctionsApplied: 'Sanctions applied',
  finalFamiliesAffected: 'Families hit through someone else, now',
  totalAppealsFiled: 'Appeals filed',
  totalAppealsGranted: 'Appeals granted',
  finalAppealBacklog: 'Appeals waiting now',
};

/** Names of the rule set's sections. */
const SECTION_INTROS: Record<string, string> = {
  scoring: 'How points add up to a score, and which score makes which grade.',
  rules:
    'Each rule turns a recorded act into points. A closed rule reads as a sentence; open it to change it.',
  lists: 'Blacklists and redlists: who is put on them, for how long, and how they come off.',
  consequences:
    'What a grade or a list does to a person: refusals, slower service, public naming, or rewards.',
  jointPunishment: 'Whether every agency applies its sanctions to whoever one list names.',
  opacity: 'What people are told about their score and their listing, and whether they are warned.',
  appeals:
    'Who appeals, how many appeals are heard, how long they take and how often they succeed.',
  adaptation: 'How people change what they do after being punished, or seeing others punished.',
};

/** Labels of fields, by their key in the schema. */
const FIELD_LABELS: Record<string, string> = {
  model: 'Scoring model',
  start: 'Starting score',
  min: 'Lowest score',
  max: 'Highest score',
  recoveryPerDay: 'Recovery per day',
  factors: 'Hidden factors',
  grades: 'Grades',
  id: 'Id',
  label: 'Label',
  weight: 'Weight',
  from: 'Drawn from',
  on: 'Triggered by',
  when: 'Only when',
  points: 'Points',
  area: 'Area',
  reason: 'Reason given',
  told: 'Told',
  capGrade: 'Grade cap',
  kind: 'Kind',
  subject: 'Who is listed',
  entry: 'Entry',
  graceDays: 'Days before listing',
  durationDays: 'Duration',
  removal: 'Removal',
  onSettle: 'Removed when settled',
  settleDelayDays: 'Days from settling to removal',
  onExpiry: 'Removed when the duration ends',
  onAppeal: 'Removed when an appeal is granted',
  published: 'Names published',
  effect: 'Effect',
  service: 'Service',
  agency: 'Agency',
  lists: 'Lists',
  spillover: 'Spills over to',
  lingerDays: 'Lingers after delisting',
  jointPunishment: 'Joint punishment',
  disclosure: 'What people are told',
  noticeBeforeListing: 'Warning before listing',
  noticeDays: 'Days of warning',
  enabled: 'Appeals allowed',
  fileRate: 'Appeal rate (reason known)',
  fileRateUnclear: 'Appeal rate (reason unknown)',
  capacityPerDay: 'Appeals heard per day',
  reviewDays: 'Review time',
  grantIfWrong: 'Granted if wrongly listed',
  grantIfRight: 'Granted if rightly listed',
  sincerityWeight: 'Weight of “sincerity”',
  sanctionsDuringReview: 'Sanctions during review',
  punished: 'Fear after punishment',
  witnessed: 'Fear after seeing punishment',
  opaqueSpread: 'Fear spreading under opaque rules',
  rewardSeeking: 'Reward seeking',
};

/** Help for the few fields whose schema declaration has no description. */
const FIELD_HELP: Record<string, string> = {
  kind: 'For a list: blacklist (punishes) or redlist (rewards). For a consequence: sanction or reward.',
  subject: 'Who can be put on this list: people or businesses.',
  enabled: 'Whether listed people can appeal at all.',
  sanctionsDuringReview:
    'stay: sanctions go on during a review; suspend: they pause until it ends.',
  grades: 'Grade ids this applies to.',
};

const UNIT_NAMES: Record<string, string> = {
  probability: 'chance (0–1)',
  share: 'share (0–1)',
};

const OPTION_NAMES: Record<string, Record<string, string>> = {
  disclosure: {
    full: 'full: the rules are public',
    reasons: 'reasons: told why afterwards',
    score: 'score: only the score',
    nothing: 'nothing: learns when refused',
  },
  spillover: { none: 'nobody else', children: 'their children', household: 'their household' },
  model: { ledger: 'ledger (points per act)', weighted: 'weighted (hidden factors)' },
  sanctionsDuringReview: { stay: 'stay in force', suspend: 'are suspended' },
};

const ROW_NOUNS: Record<string, string> = {
  rules: 'a rule',
  lists: 'a list',
  consequences: 'a sanction or reward',
  grades: 'a grade',
  factors: 'a factor',
};

const SERVICE_REFUSED: Record<string, string> = {
  flight: 'Refused a flight',
  train: 'Refused a train ticket',
  school: 'Refused a school place',
};

/** `fileRateUnclear` → "File rate unclear": a last resort for fields without a label. */
function humanise(key: string): string {
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function defaultWords(value: unknown): string {
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number') return fmt(value);
  return String(value);
}

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

/** The roles by name, inside a sentence ("no appeals officer role"). */
const ROLE_NAMES: Record<RoleKind, string> = {
  observer: 'observer',
  citizen: 'citizen',
  planner: 'planner',
  appealsOfficer: 'appeals officer',
};

/** A share as a whole percentage: 0.1 → "10 %". */
function percentOf(share: number): string {
  return `${fmt(Math.round(share * 100))} %`;
}

/** A change as a signed percentage: −0.3 → "−30 %", 0 → "0 %". */
function signedPercent(share: number): string {
  const rounded = Math.round(share * 100);
  return `${rounded > 0 ? '+' : rounded < 0 ? '−' : ''}${fmt(Math.abs(rounded))} %`;
}
