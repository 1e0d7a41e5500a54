/**
 * The scenario format: one declaration per tunable number (unit, range, description), used for
 * validation, the editor's widgets and the generated JSON Schema (`npm run schema`).
 * The engine receives the parsed, defaulted `Scenario` type; it never sees raw YAML.
 */
import { z } from 'zod';
import { LIMITS } from './limits';
import { BEHAVIOUR_KINDS, PLACES, SERVICES, TRAITS } from './behaviourTerms';
import { RULESET_PARTS } from './rulesetParts';
import { MAX_DISTRICT_CAMERAS, MAX_PUBLIC_PLACES, PUBLIC_PLACE_KINDS } from './townPlaces';

export { LIMITS };

/** Metadata every tunable carries: drives the editor widget and the JSON Schema. */
export interface FieldMeta {
  description: string;
  unit?: string;
  /** Editor step; defaults to 1 for integers, 0.01 otherwise. */
  step?: number;
}

const withMeta = <T extends z.ZodType>(schema: T, meta: FieldMeta): T =>
  schema.meta({ description: meta.description, unit: meta.unit, step: meta.step }) as T;

/** A bounded number with its unit and description. */
export const num = (min: number, max: number, meta: FieldMeta) =>
  withMeta(z.number().min(min).max(max), meta);
/** A bounded integer with its unit and description. */
export const int = (min: number, max: number, meta: FieldMeta) =>
  withMeta(z.number().int().min(min).max(max), meta);
/** A probability per unit of time (0..1). */
export const prob = (meta: FieldMeta) => num(0, 1, { unit: 'probability', step: 0.001, ...meta });

export const Id = z
  .string()
  .min(1)
  .max(LIMITS.idLength)
  .regex(/^[a-z][a-z0-9_]*$/, 'a lower-case id of letters, digits and _ starting with a letter')
  .meta({ description: 'An identifier: lower-case letters, digits and _ (e.g. bad_driving).' });

const Text = (description: string) => z.string().max(LIMITS.textLength).meta({ description });

/** Where a number taken from the world stands: documented, secondary, uncertain or assumed. */
export const EVIDENCE_MARKS = ['documented', 'secondary', 'uncertain', 'assumed'] as const;

/** One field's evidence mark: how sure, which source, the range the sources give, a note. */
const EvidenceMark = z.strictObject({
  mark: z.enum(EVIDENCE_MARKS).meta({
    description:
      'documented: read in the cited source; secondary: from a summary of it; uncertain: sources disagree or are unclear (give the range); assumed: a modelling choice.',
  }),
  source: Id.optional().meta({ description: 'The id of the entry in `sources` it comes from.' }),
  range: z
    .tuple([z.number(), z.number()])
    .optional()
    .meta({ description: 'For an uncertain value: the lowest and highest the sources give.' }),
  note: Text('Where the number comes from, or why it was chosen.').optional(),
});

/**
 * Evidence marks for the numbers of the object it sits in, by field name (`points`, `rate`,
 * `durationDays`; a nested field by its dotted path inside the object: `entry.graceDays`).
 */
export const Evidence = z.record(z.string().max(80), EvidenceMark).optional().meta({
  description:
    'Evidence marks for this object’s numbers, by field name: where each number taken from the world stands.',
});

/** A condition in CEL (Common Expression Language); checked when the scenario loads. */
export const Expression = z.string().min(1).max(LIMITS.expressionLength).meta({
  description:
    'A condition in CEL, e.g. `person.age >= 18 && record.count30 >= 2`. Variables: person, record, event.',
});

/** The four areas of the State Council planning outline (2014–2020). */
export const Area = z
  .enum(['government', 'commercial', 'societal', 'judicial'])
  .meta({ description: 'Area of the planning outline this rule belongs to.' });

/** What a person is told (opacity). */
export const Disclosure = z.enum(['full', 'reasons', 'score', 'nothing']).meta({
  description:
    'full: the rules are public; reasons: told why after the fact; score: only the score; nothing: learns only when refused.',
});

/** Services that sanctions can refuse and rewards can discount. */
export const Service = z
  .enum(SERVICES)
  .meta({ description: 'A service a person tries to use; sanctions refuse or degrade it.' });

const Trait = z.enum(TRAITS);
export type Trait = z.infer<typeof Trait>;

// ---------------------------------------------------------------------------------------------
// Town
// ---------------------------------------------------------------------------------------------

const District = z.strictObject({
  id: Id,
  name: Text('Name shown on the map.'),
  share: num(0, 100, { description: 'Relative share of households living here.', unit: 'weight' }),
  coverage: prob({
    description: 'Share of public places watched by cameras here.',
  }),
  wealth: num(0.2, 5, {
    description: 'Income multiplier of residents.',
    unit: '×',
    step: 0.05,
  }).default(1),
  cameras: int(0, MAX_DISTRICT_CAMERAS, {
    description:
      "Camera posts drawn on the map here; each day's recordings by sources that use district coverage show at them (and in the Events feed). Only what the map shows: coverage decides what is recorded.",
    unit: 'cameras',
  }).optional(),
});

const PublicPlace = z.strictObject({
  kind: z.enum(PUBLIC_PLACE_KINDS).meta({
    description:
      "school, station, airport, bank, court, town_hall (officials and managers work there; its board shows who is publicly named), market (the district's businesses line a market street) or factory.",
  }),
  district: Id.optional().meta({
    description: 'The district it stands in (default: the next district in turn).',
  }),
});

const Occupation = z.strictObject({
  id: Id,
  name: Text('Name of the job.'),
  share: num(0, 100, {
    description: 'Relative share of working-age adults in this job.',
    unit: 'weight',
  }),
  income: num(0, 1_000_000, { description: 'Mean yearly income.', unit: '¥/year', step: 1000 }),
  executive: z.boolean().default(false).meta({
    description: 'An executive or state post: a job sanction bars listed people from it.',
  }),
});

const Sector = z.strictObject({
  id: Id,
  name: Text('Name of the sector.'),
  share: num(0, 100, { description: 'Relative share of businesses.', unit: 'weight' }),
  building: z.enum(['shop', 'workshop']).optional().meta({
    description:
      'How its businesses are drawn on the map: a shop (an awning) or a workshop (a saw-tooth roof). Default: workshop for the sector manufacturing, shop for any other.',
  }),
});

export const TownSchema = z.strictObject({
  population: int(10, LIMITS.population, {
    description: 'Number of simulated people.',
    unit: 'people',
  }).default(2000),
  scale: num(1, 1_000_000, {
    description: 'Each simulated person stands for this many real people (a sampling weight).',
    unit: 'people',
  }).default(1),
  districts: z
    .array(District)
    .min(1)
    .max(LIMITS.districts)
    .default([
      { id: 'old_town', name: 'Old Town', share: 30, coverage: 0.6, wealth: 0.8 },
      { id: 'riverside', name: 'Riverside', share: 30, coverage: 0.3, wealth: 1 },
      { id: 'hillside', name: 'Hillside', share: 20, coverage: 0.2, wealth: 1.6 },
      { id: 'new_quarter', name: 'New Quarter', share: 20, coverage: 0.8, wealth: 1.1 },
    ]),
  occupations: z
    .array(Occupation)
    .min(1)
    .max(32)
    .default([
      { id: 'worker', name: 'Factory worker', share: 30, income: 60000, executive: false },
      { id: 'shopkeeper', name: 'Shopkeeper', share: 12, income: 70000, executive: false },
      { id: 'driver', name: 'Delivery driver', share: 12, income: 55000, executive: false },
      { id: 'teacher', name: 'Teacher', share: 8, income: 80000, executive: false },
      { id: 'official', name: 'Official', share: 5, income: 110000, executive: true },
      { id: 'manager', name: 'Manager', share: 6, income: 150000, executive: true },
      { id: 'journalist', name: 'Journalist', share: 2, income: 75000, executive: false },
      { id: 'farmer', name: 'Farmer', share: 15, income: 40000, executive: false },
      { id: 'unemployed', name: 'Unemployed', share: 10, income: 15000, executive: false },
    ]),
  household: z
    .strictObject({
      coupleShare: prob({ description: 'Share of households headed by a couple.' }).default(0.7),
      meanChildren: num(0, 4, {
        description: 'Mean number of children per couple.',
        unit: 'children',
        step: 0.1,
      }).default(1.1),
      elderlyShare: prob({
        description: 'Share of households with an elderly parent living in.',
      }).default(0.25),
    })
    .prefault({}),
  friendships: z
    .strictObject({
      meanDegree: int(0, 40, {
        description: 'Mean number of friends per person.',
        unit: 'friends',
      }).default(8),
      rewire: prob({
        description: 'Small-world rewiring: share of friendships that reach across town.',
      }).default(0.1),
    })
    .prefault({}),
  names: z
    .strictObject({
      surnames: int(1, 500, {
        description: 'Distinct family names in town (few means more same-name people).',
        unit: 'names',
      }).default(60),
      givenNames: int(1, 2000, {
        description: 'Distinct given names in town.',
        unit: 'names',
      }).default(120),
    })
    .prefault({}),
  businesses: z
    .strictObject({
      count: int(0, LIMITS.businesses, {
        description: 'Number of businesses.',
        unit: 'businesses',
      }).default(120),
      sectors: z
        .array(Sector)
        .min(1)
        .max(16)
        .default([
          { id: 'retail', name: 'Retail', share: 40 },
          { id: 'food', name: 'Food', share: 30 },
          { id: 'services', name: 'Services', share: 20 },
          { id: 'manufacturing', name: 'Manufacturing', share: 10 },
        ]),
      rated: z.boolean().default(false).meta({
        description:
          "true when the rules rate businesses rather than people (a business blacklist street): the mean score and grade counts in charts and figures are then the businesses', in every rule set run on this town.",
      }),
    })
    .prefault({}),
  evidence: Evidence,
  places: z.array(PublicPlace).max(MAX_PUBLIC_PLACES).optional().meta({
    description:
      'The public places on the map, where people fly, take the train, go to school, bank, appeal and work. Left out: a school, station, airport, bank, court and town hall, one to each district in turn. Places change only where things happen on the map, never what happens: an act whose place the town lacks is drawn at the town hall, or at home.',
  }),
});

// ---------------------------------------------------------------------------------------------
// Behaviours
// ---------------------------------------------------------------------------------------------

const Behaviour = z.strictObject({
  id: Id,
  label: Text('What the act is, in plain words ("smoking in a no-smoking zone").'),
  kind: z.enum(BEHAVIOUR_KINDS).meta({
    description:
      'harmful: hurts others (the stated target); harmless: legal but may be scored; civic: helpful; speech: posting and talking (chilling shows here); activity: using a service (flying, school applications).',
  }),
  actor: z.enum(['person', 'business']).default('person').meta({ description: 'Who does it.' }),
  rate: num(0, 0.5, {
    description: 'Base chance that one actor does it on a given day.',
    unit: 'per day',
    step: 0.0001,
  }),
  place: z.enum(PLACES).meta({
    description: 'Where it happens: decides which surveillance sources can see it.',
  }),
  service: Service.optional().meta({
    description: 'For activities: the service used (refused under a matching sanction).',
  }),
  traits: z
    .partialRecord(
      Trait,
      num(0.1, 10, {
        description: 'Rate multiplier at the top of this trait (its inverse at the bottom).',
        unit: '×',
        step: 0.1,
      }),
    )
    .default({}),
  occupations: z
    .record(
      Id,
      num(0, 50, { description: 'Rate multiplier for this occupation.', unit: '×', step: 0.1 }),
    )
    .default({}),
  minAge: int(0, 120, { description: 'Youngest age that does this.', unit: 'years' }).default(18),
  maxAge: int(0, 120, { description: 'Oldest age that does this.', unit: 'years' }).default(120),
  deterrable: prob({
    description: 'How far fear can suppress it (0: not at all, 1: entirely).',
  }).default(0.8),
  obligation: z
    .strictObject({
      repayRate: prob({ description: 'Daily chance an unlisted person settles it.' }),
      listedRepayRate: prob({
        description: 'Daily chance a listed person settles it (listing pushes people to pay).',
      }),
      amount: num(0, 10_000_000, {
        description: 'Typical amount owed.',
        unit: '¥',
        step: 100,
      }).default(0),
    })
    .optional()
    .meta({
      description: 'The act leaves a debt or duty (unpaid loan, ignored judgment) until settled.',
    }),
  evidence: Evidence,
});

// ---------------------------------------------------------------------------------------------
// Surveillance
// ---------------------------------------------------------------------------------------------

const Source = z.strictObject({
  id: Id,
  label: Text('Name of the source ("street cameras").'),
  sees: z.array(z.enum(PLACES)).min(1).meta({
    description: 'Places this source watches.',
  }),
  coverage: prob({ description: 'Chance an act in a watched place is recorded.' }),
  useDistrictCoverage: z.boolean().default(false).meta({
    description: "Multiply coverage by the district's camera coverage.",
  }),
  retentionDays: int(1, 10_000, {
    description: 'How long records are kept.',
    unit: 'days',
  }).default(3650),
  misattribution: prob({
    description: 'Chance a record is filed under a different person with the same name.',
  }).default(0),
  falseReports: num(0, 0.01, {
    description: 'Daily chance per person of recording an act that did not happen.',
    unit: 'per day',
    step: 0.00001,
  }).default(0),
  falseReportOf: Id.optional().meta({
    description: 'The act a false report claims (default: the first watched harmful act).',
  }),
  evidence: Evidence,
});

// ---------------------------------------------------------------------------------------------
// Scoring, rules, lists, consequences
// ---------------------------------------------------------------------------------------------

const Grade = z.strictObject({
  id: z.string().min(1).max(8).meta({ description: 'Grade name, e.g. AAA, B, D.' }),
  min: num(-100_000, 100_000, { description: 'Lowest score in this grade.', unit: 'points' }),
  label: Text('What the grade means, in plain words.').default(''),
  evidence: Evidence,
});

const Factor = z.strictObject({
  id: Id,
  label: Text('Factor name shown to the person (the weights are not).'),
  weight: num(0, 1, { description: 'Hidden weight of this factor.', unit: 'share', step: 0.01 }),
  from: z.enum(['record', 'income', 'age', 'friends', 'civic', 'online']).meta({
    description:
      'record: the person’s negative record; income: earnings; age: identity stability; friends: friends’ mean score; civic: good deeds; online: time and talk online.',
  }),
});

export const ScoringSchema = z.strictObject({
  model: z.enum(['ledger', 'weighted']).default('ledger').meta({
    description:
      'ledger: points added and deducted per act (Rongcheng); weighted: an opaque score from hidden factor weights (Sesame).',
  }),
  start: num(-100_000, 100_000, { description: 'Starting score.', unit: 'points' }).default(1000),
  min: num(-100_000, 100_000, { description: 'Lowest possible score.', unit: 'points' }).default(0),
  max: num(-100_000, 100_000, { description: 'Highest possible score.', unit: 'points' }).default(
    1200,
  ),
  recoveryPerDay: num(0, 100, {
    description: 'Points restored each day toward the start score (credit repair).',
    unit: 'points/day',
    step: 0.01,
  }).default(0),
  factors: z.array(Factor).max(10).default([]),
  grades: z
    .array(Grade)
    .min(1)
    .max(12)
    .default([
      { id: 'A', min: 960, label: 'Trustworthy' },
      { id: 'B', min: 850, label: 'Fairly trustworthy' },
      { id: 'C', min: 600, label: 'Warning' },
      { id: 'D', min: -100_000, label: 'Untrustworthy' },
    ]),
  evidence: Evidence,
});

const Rule = z.strictObject({
  id: Id,
  on: Id.meta({ description: 'The behaviour whose recorded event triggers this rule.' }),
  when: Expression.optional(),
  points: num(-10_000, 10_000, {
    description: 'Points added (negative: deducted).',
    unit: 'points',
  }),
  area: Area,
  reason: Text('The reason as the person would be told it.'),
  told: z
    .boolean()
    .optional()
    .meta({ description: 'Override the opacity setting: is the person told this rule fired?' }),
  capGrade: z
    .string()
    .max(8)
    .optional()
    .meta({ description: 'Drop the person to at most this grade (e.g. drunk driving caps at C).' }),
  evidence: Evidence,
});

const ListDef = z.strictObject({
  id: Id,
  label: Text('Name of the list ("defaulters’ blacklist").'),
  kind: z.enum(['blacklist', 'redlist']),
  subject: z.enum(['person', 'business']).default('person'),
  entry: z
    .strictObject({
      on: z
        .array(Id)
        .default([])
        .meta({ description: 'Recorded behaviours that put someone on the list.' }),
      when: Expression.optional().meta({
        description: 'A condition checked daily for anyone whose record changed.',
      }),
      graceDays: int(0, 365, {
        description: 'Days between the act and listing (time to settle first).',
        unit: 'days',
      }).default(0),
    })
    .prefault({}),
  durationDays: int(1, 10_000, { description: 'How long an entry stays.', unit: 'days' }).default(
    730,
  ),
  removal: z
    .strictObject({
      onSettle: z
        .boolean()
        .default(true)
        .meta({ description: 'Removed when the obligation is settled (debt paid).' }),
      settleDelayDays: int(0, 365, {
        description: 'Days from settling to removal.',
        unit: 'days',
      }).default(3),
      onExpiry: z.boolean().default(true).meta({ description: 'Removed when the duration ends.' }),
      onAppeal: z
        .boolean()
        .default(true)
        .meta({ description: 'Removed when an appeal is granted.' }),
    })
    .prefault({}),
  published: z
    .boolean()
    .default(true)
    .meta({ description: 'Names are published (public naming).' }),
  evidence: Evidence,
});

const Consequence = z.strictObject({
  id: Id,
  label: Text('What happens, in plain words ("refused flight tickets").'),
  kind: z.enum(['sanction', 'reward']),
  effect: z.enum(['refuse', 'slow', 'rate', 'discount', 'name', 'boost']).meta({
    description:
      'refuse: service denied; slow: degraded (internet); rate: worse loan rate; discount: cheaper; name: publicly named; boost: more visibility (dating).',
  }),
  service: Service.optional(),
  agency: Text('The agency that applies it (joint punishment counts agencies).').default('court'),
  lists: z.array(Id).default([]).meta({ description: 'Applies to people on any of these lists.' }),
  grades: z
    .array(z.string().max(8))
    .default([])
    .meta({ description: 'Applies to people in any of these grades.' }),
  spillover: z.enum(['none', 'children', 'household']).default('none').meta({
    description:
      'Also applies to the listed person’s children or whole household (e.g. school refusals).',
  }),
  lingerDays: int(0, 3650, {
    description: 'Days the agency keeps applying it after the person leaves the list.',
    unit: 'days',
  }).default(0),
  evidence: Evidence,
});

export const RuleSetSchema = z.strictObject({
  scoring: ScoringSchema.prefault({}),
  rules: z.array(Rule).max(LIMITS.rules).default([]),
  lists: z.array(ListDef).max(LIMITS.lists).default([]),
  consequences: z.array(Consequence).max(LIMITS.consequences).default([]),
  jointPunishment: z.boolean().default(true).meta({
    description:
      'Agencies share lists: every sanction attached to a list is applied by its agency. Off: only the court’s own sanctions apply.',
  }),
  opacity: z
    .strictObject({
      disclosure: Disclosure.default('reasons'),
      noticeBeforeListing: z
        .boolean()
        .default(false)
        .meta({ description: 'People are warned before they are listed.' }),
      noticeDays: int(0, 90, {
        description: 'Days between the warning and the listing.',
        unit: 'days',
      }).default(0),
      evidence: Evidence,
    })
    .prefault({}),
  appeals: z
    .strictObject({
      enabled: z.boolean().default(true),
      fileRate: prob({
        description: 'Daily chance that a person who knows they are listed files an appeal.',
      }).default(0.05),
      fileRateUnclear: prob({
        description: 'The same when they do not know why they are listed.',
      }).default(0.01),
      capacityPerDay: int(0, 10_000, {
        description: 'Appeals the office reviews per day.',
        unit: 'appeals/day',
      }).default(5),
      reviewDays: int(0, 365, {
        description: 'Days a review takes once started.',
        unit: 'days',
      }).default(15),
      grantIfWrong: prob({
        description: 'Chance an appeal succeeds when the listing was wrong.',
      }).default(0.6),
      grantIfRight: prob({
        description: 'Chance an appeal succeeds when the listing was right.',
      }).default(0.05),
      sincerityWeight: prob({
        description: 'How much a subjective “sincerity” judgment sways the decision (0: none).',
      }).default(0.3),
      sanctionsDuringReview: z.enum(['stay', 'suspend']).default('stay'),
      evidence: Evidence,
    })
    .prefault({}),
  adaptation: z
    .strictObject({
      punished: prob({
        description: 'How much a person’s fear rises when they are punished.',
      }).default(0.5),
      witnessed: prob({
        description: 'How much fear rises when a friend or neighbour is punished.',
      }).default(0.1),
      recoveryPerDay: prob({ description: 'Daily share of fear that fades.' }).default(0.005),
      opaqueSpread: prob({
        description: 'Under opaque rules, how far fear spreads to unscored acts, speech included.',
      }).default(0.7),
      rewardSeeking: num(0, 5, {
        description: 'How much rewards raise civic acts that are scored.',
        unit: '×',
        step: 0.1,
      }).default(0.5),
    })
    .prefault({}),
});

// ---------------------------------------------------------------------------------------------
// Roles: who the player is (the engine is the same for every role)
// ---------------------------------------------------------------------------------------------

const RoleTarget = z.enum(['self', 'parent', 'spouse']).default('self').meta({
  description:
    'Whom it concerns: the protagonist, a parent in their household (for a child), or their spouse.',
});

const ActionDo = z
  .union([
    z.strictObject({
      behaviour: Id.meta({ description: 'Do this behaviour today (instead of their own draw).' }),
    }),
    z.strictObject({
      settle: z.literal(true).meta({ description: 'Pay what is owed today.' }),
      of: z.array(Id).default([]).meta({
        description: 'Only these obligations (behaviour ids); empty: every debt.',
      }),
      target: RoleTarget,
    }),
    z.strictObject({
      appeal: z.literal(true).meta({
        description: 'File an appeal against a listing today (possible without knowing why).',
      }),
      target: RoleTarget,
    }),
    z.strictObject({
      apologise: z.literal(true).meta({
        description:
          'Apologise to fulfil an ordered apology: it settles the obligation unless the office judges it insincere (the SINCERE draw, weighed by appeals.sincerityWeight).',
      }),
      of: z.array(Id).default([]).meta({
        description: 'The obligations the apology answers (behaviour ids); empty: every one.',
      }),
    }),
    z.strictObject({
      stayQuiet: z.literal(true).meta({ description: 'Do nothing today.' }),
    }),
  ])
  .meta({ description: 'What the action does in the simulation.' });

const ProtagonistAction = z.strictObject({
  id: Id,
  label: Text('The choice as the player sees it ("Publish the story").'),
  description: Text('What choosing it means, in plain words.').default(''),
  do: ActionDo,
});

const Goal = z.strictObject({
  id: Id,
  text: Text('The goal as the player reads it ("Board the train before day 60").'),
  when: Expression.meta({
    description:
      'A CEL condition over the protagonist, checked after each day, e.g. `person.tripsTaken >= 1`. Fields: everything rules see on person, plus day, acts.<behaviour>, used.<service>, refused.<service>, tripsTaken, refusals, everListed, knowsListed, appealsFiled, appealsGranted, appealsDenied, debtsSettled, apologiesAccepted, apologiesRejected.',
  }),
  byDay: int(1, LIMITS.days, {
    description: 'The goal fails if not met by this day (none: any day of the run).',
    unit: 'day',
  }).optional(),
  outcome: z.enum(['win', 'lose']).default('win').meta({
    description: 'Meeting it wins (every win goal needed, or any: see winWhen) or loses at once.',
  }),
});

const Protagonist = z.strictObject({
  id: Id,
  label: Text('Who the player is, in a few words ("the journalist").'),
  description: Text('Their situation at the start.').default(''),
  pick: z
    .strictObject({
      occupation: Id.optional().meta({
        description: 'Their occupation id (or student, child, retired).',
      }),
      minAge: int(0, 120, { description: 'Youngest age.', unit: 'years' }).optional(),
      maxAge: int(0, 120, { description: 'Oldest age.', unit: 'years' }).optional(),
      hasChildren: z
        .boolean()
        .optional()
        .meta({ description: 'Has children living at home (or has none).' }),
      district: Id.optional().meta({ description: 'The district they live in.' }),
      ownsBusiness: z.boolean().optional().meta({ description: 'Owns a business (or owns none).' }),
    })
    .prefault({})
    .meta({
      description:
        'Which person plays the part: the first matching person in index order (the town itself does not change).',
    }),
  setup: z
    .strictObject({
      target: RoleTarget,
      debts: z.array(Id).default([]).meta({
        description: 'Obligations (behaviour ids) the target owes on day 0: a true act, on record.',
      }),
      listed: z.array(Id).default([]).meta({
        description:
          'Lists (ids) the target is on from day 0 (a business list: their first business).',
      }),
      wrongful: z.boolean().default(false).meta({
        description:
          'The day-0 listing is wrongful: the record behind it is a same-name mix-up (or a false report), no true act.',
      }),
    })
    .optional()
    .meta({ description: 'The story before day 1, applied in every run of the scenario.' }),
  actions: z.array(ProtagonistAction).min(1).max(32),
  every: z
    .union([z.literal(1), z.literal(7)])
    .default(7)
    .meta({
      description: 'How often the player decides: each day (1) or each week (7).',
    }),
  goals: z.array(Goal).min(1).max(8),
  winWhen: z.enum(['all', 'any']).default('all').meta({
    description: 'Win when every win goal is met, or when any one is.',
  }),
  endings: z.strictObject({
    win: Text('The ending when the goals are met.'),
    lose: Text('The ending when a goal is missed or a losing goal is met.'),
    timeout: Text('The ending when the run ends first.'),
  }),
});

const Planner = z.strictObject({
  target: z.strictObject({
    metric: z.string().min(1).max(80).meta({
      description: 'The metric to move, e.g. acts_counterfeit_goods or harmfulActs.',
    }),
    change: num(-1, 10, {
      description: 'The relative change aimed for (−0.3: down by 30 %).',
      unit: 'share',
      step: 0.05,
    }),
    over: z.enum(['lastMonthVsFirstMonth', 'vsBaseline']).default('vsBaseline').meta({
      description:
        "lastMonthVsFirstMonth: the run's last 30 days against its first 30; vsBaseline: the whole run against the scenario's own rules on the same seed.",
    }),
    text: Text('The target as the player reads it ("cut counterfeit sales by 30 % in a year").'),
  }),
  editable: z
    .array(z.enum(RULESET_PARTS))
    .default([...RULESET_PARTS])
    .meta({ description: 'Parts of the rule set the planner may change.' }),
  costs: z
    .array(z.string().min(1).max(80))
    .default(['wrongfulListings', 'familiesAffected', 'speechActs', 'appealBacklog'])
    .meta({ description: 'Metrics shown as the cost of the plan.' }),
});

const AppealsOfficer = z.strictObject({
  quota: int(1, 1000, {
    description: 'Decisions the officer may make per day.',
    unit: 'appeals/day',
  }).default(5),
  pressure: z
    .strictObject({
      text: Text("The supervisor's message.").default(''),
      maxGrantRate: prob({
        description: 'The supervisor wants at most this share of appeals granted.',
      }).optional(),
      minPerDay: num(0, 1000, {
        description:
          'The supervisor wants at least this many decisions a day on average (a throughput target).',
        unit: 'appeals/day',
      }).optional(),
      maxWaitDays: int(1, 365, {
        description: 'The supervisor wants every case decided within this many days of filing.',
        unit: 'days',
      }).optional(),
    })
    .prefault({}),
  hintChance: prob({ description: 'Chance a case shows a hint of the truth.' }).default(0.3),
});

export const RolesSchema = z
  .strictObject({
    observer: z
      .strictObject({
        description: Text('What watching the town is for, in this scenario.').default(''),
      })
      .prefault({})
      .meta({ description: 'The sandbox: always available.' }),
    citizen: z
      .strictObject({ protagonists: z.array(Protagonist).min(1).max(8) })
      .optional()
      .meta({ description: 'Play one person through the system.' }),
    planner: Planner.optional().meta({
      description: 'Set the rules to meet a target, predict, run, and see what it cost.',
    }),
    appealsOfficer: AppealsOfficer.optional().meta({
      description: 'Decide the appeals yourself: a queue, a quota and a supervisor.',
    }),
  })
  .meta({ description: 'The roles a player can take in this scenario.' });

// ---------------------------------------------------------------------------------------------
// Teaching content
// ---------------------------------------------------------------------------------------------

/** Labels by id in another language (choices, ranking items); ids left out keep the English. */
const TranslatedLabelsOf = (what: string) =>
  z
    .record(Id, Text(`The ${what} in this language.`))
    .optional()
    .meta({ description: `The ${what} by id; ids left out keep the English.` });

/** A belief students bring, and how the scenario confronts it (for the teacher's guide). */
const Misconception = z.strictObject({
  belief: Text('What students often believe.'),
  confront: Text('What in this scenario shows otherwise, and where to look.'),
});

const TeacherNotes = z
  .strictObject({
    objectives: z.array(Text('A learning objective.')).default([]),
    notice: z.array(Text('Something to notice.')).default([]),
    try: z.array(Text('Something to try.')).default([]),
    discussion: z.array(Text('A discussion question.')).default([]),
    lessonPlan: z.array(Text('A step of a 20-minute lesson.')).default([]),
    // Optional with no default: a default would change the content hash of every scenario
    // written before these fields existed (the hash is taken with defaults filled in).
    level: Text('Who the scenario suits: age or year group, subject.').optional(),
    prerequisites: z.array(Text('What students should know or have done first.')).optional(),
    fullLesson: z.array(Text('A timed step of a 45–50 minute lesson ("0–5 min: …").')).optional(),
    misconceptions: z.array(Misconception).max(12).optional(),
  })
  .prefault({});

/**
 * A source: a full citation (outlet or author, title, date, address, what it supports). `id` lets
 * evidence marks point at it. `label` is the older one-line form, still read; a source missing a
 * part of the citation gets a warning.
 */
const Source_ = z.strictObject({
  id: Id.optional().meta({
    description: 'An id that evidence marks and notes cite (e.g. spc_2019).',
  }),
  by: Text('The outlet or author ("China Daily", "Kostka, New Media & Society").').optional(),
  title: Text('The title of the article, report or page.').optional(),
  date: z
    .string()
    .regex(/^(\d{4}(-\d{2}(-\d{2})?)?|n\.d\.)$/, 'a date as YYYY, YYYY-MM or YYYY-MM-DD, or n.d.')
    .optional()
    .meta({
      description:
        'Publication date: YYYY, YYYY-MM or YYYY-MM-DD; n.d. for a page that gives none.',
    }),
  url: z
    .string()
    .max(500)
    .regex(/^https?:\/\/[^\s"<>]+$/i, 'an http:// or https:// address')
    .optional()
    .meta({ description: 'The address: http:// or https:// only.' }),
  supports: Text('What in this scenario the source supports.').optional(),
  label: Text('A one-line citation (the older form; prefer by, title, date, url).').optional(),
});

/**
 * A figure the scenario's texts state about its runs, tested across seeds: the median of
 * `metric` over `seeds` runs (the scenario's seed and those after it) must lie in [min, max].
 * Texts quote it as {claim:ID}.
 */
const Claim = z.strictObject({
  id: Id,
  text: Text(
    'The statement, as the texts make it ("flights are refused about three times as often as trains").',
  ),
  metric: z.string().min(1).max(LIMITS.expressionLength).meta({
    description:
      'A metric expression read at the end of the run (or on `day`), e.g. `sum(flightRefusals) / sum(trainRefusals)`.',
  }),
  min: z.number().meta({ description: 'The lowest median across seeds the claim allows.' }),
  max: z.number().meta({ description: 'The highest median across seeds the claim allows.' }),
  about: z.number().optional().meta({
    description:
      'The figure the texts quote for {claim:ID} (between min and max); without it they quote min–max.',
  }),
  digits: int(0, 4, { description: 'Decimals shown for the figure.' }).optional(),
  unit: Text('The unit shown after the figure ("%", "people").').optional(),
  seeds: int(1, 200, {
    description: 'Runs (seeds) the median is taken over.',
    unit: 'seeds',
  }).default(20),
  day: int(1, LIMITS.days, {
    description: 'Read the figure at the end of this day (default: the end of the run).',
    unit: 'day',
  }).optional(),
});

/**
 * A metric expression: what answers a prediction, read from one run's daily metrics (the
 * language of claims, src/scenario/claims/metricExpression.ts); checked when the scenario loads.
 */
const MetricExpression = z.string().min(1).max(LIMITS.expressionLength).meta({
  description:
    'A metric expression read from the run on the reveal day, e.g. `finalListed` or `100 * totalNewWrongfulListings / totalNewListings`.',
});

/** One choice of a choice question: the answers up to `upTo` (the last choice takes the rest). */
const AnswerChoice = z.strictObject({
  id: Id,
  label: Text('The choice as the student reads it.'),
  upTo: z.number().optional().meta({
    description:
      "The largest value of the question's metric this choice stands for; choices go up, and the last one has none.",
  }),
});

/** One item of a ranking question, with the metric that places it. */
const RankItem = z.strictObject({
  id: Id,
  label: Text('The item as the student reads it.'),
  metric: MetricExpression,
});

/**
 * How a story step's prediction is answered and revealed: a number (`metric`, `unit`, `min`,
 * `max`), a choice (`metric` and `choices`) or a ranking (`rank`), read on day `day`. The student
 * answers before the run reaches that day; from then on the answer is locked and revealed.
 */
const PredictAnswer = z.strictObject({
  id: Id,
  day: int(1, LIMITS.days, {
    description:
      'The reveal day: the metric is read at the end of this day, and the prediction locks when the run reaches it.',
    unit: 'days',
  }),
  metric: MetricExpression.optional(),
  unit: Text('The unit of a number answer, as the student reads it ("people", "%").').default(''),
  min: z.number().optional().meta({ description: 'The smallest plausible number answer.' }),
  max: z.number().optional().meta({ description: 'The largest plausible number answer.' }),
  digits: int(0, 3, { description: 'Decimals shown for the number.' }).default(0),
  choices: z.array(AnswerChoice).min(2).max(8).optional(),
  rank: z.array(RankItem).min(2).max(6).optional(),
  because: Text(
    'What a good explanation names: the mechanism behind the answer (answer key and rubric).',
  ).default(''),
});

const IntroStep = z.strictObject({
  title: Text('Step title.'),
  text: Text('Step text (plain text, short).'),
  predict: Text('A "predict first" question asked before the reveal.').optional(),
  answer: PredictAnswer.optional().meta({
    description:
      'Makes `predict` a question answered in the game: a number, a choice or a ranking, tied to a metric and a reveal day.',
  }),
});

/** A story step in another language: its texts, and the words of its question's answer. */
const TranslatedIntroStep = z.strictObject({
  title: Text('Step title.'),
  text: Text('Step text (plain text, short).'),
  predict: Text('A "predict first" question asked before the reveal.').optional(),
  answer: z
    .strictObject({
      unit: Text('The unit.').optional(),
      because: Text('What a good explanation names.').optional(),
      choices: TranslatedLabelsOf('choice labels'),
      rank: TranslatedLabelsOf('ranking item labels'),
    })
    .optional(),
});

/** A suggested comparison: a full rule set that replaces the scenario's own for that run. */
const Variant = z.strictObject({
  id: Id,
  title: Text('Name of the variant ("transparent, with notice").'),
  description: Text('What changes and what to look for when comparing.').default(''),
  ruleset: RuleSetSchema,
});

/** Labels by id, in another language; an id not given keeps the English label. */
const TranslatedLabels = (what: string, key: z.ZodString = Id) =>
  z
    .record(key, Text(`The ${what} in this language.`))
    .optional()
    .meta({
      description: `${what[0].toUpperCase()}${what.slice(1)} by id; ids left out keep the English.`,
    });

/** Texts by the id of what they translate; an id left out keeps the English. */
const ById = <T extends z.ZodType>(value: T, description: string) =>
  z.record(Id, value).optional().meta({ description });

const TranslatedProtagonist = z.strictObject({
  label: Text('Who the player is, in a few words.').optional(),
  description: Text('Their situation at the start.').optional(),
  actions: ById(
    z.strictObject({
      label: Text('The choice as the player sees it.').optional(),
      description: Text('What choosing it means.').optional(),
    }),
    'Choices by action id; ids left out keep the English.',
  ),
  goals: ById(
    Text('The goal as the player reads it.'),
    'Goal texts by goal id; ids left out keep the English.',
  ),
  endings: z
    .strictObject({
      win: Text('The ending when the goals are met.').optional(),
      lose: Text('The ending when a goal is missed or a losing goal is met.').optional(),
      timeout: Text('The ending when the run ends first.').optional(),
    })
    .optional(),
});

/** The texts of `roles:` in one language, shaped like `roles:` with protagonists, actions and goals by id. */
const TranslatedRoles = z
  .strictObject({
    observer: z
      .strictObject({ description: Text('What watching the town is for.').optional() })
      .optional(),
    citizen: z
      .strictObject({
        protagonists: ById(
          TranslatedProtagonist,
          'Protagonists by id; ids left out keep the English.',
        ),
      })
      .optional(),
    planner: z
      .strictObject({
        target: z
          .strictObject({ text: Text('The target as the player reads it.').optional() })
          .optional(),
      })
      .optional(),
    appealsOfficer: z
      .strictObject({
        pressure: z.strictObject({ text: Text("The supervisor's message.").optional() }).optional(),
      })
      .optional(),
  })
  .optional()
  .meta({
    description:
      "The roles' texts: the observer's description, each protagonist's label, description, choices, goals and endings, the planner's target and the appeals officer's supervisor. Every text may be left out and then shows in English.",
  });

/** The scenario's texts in one language; every field may be left out and then shows in English. */
const ScenarioTranslation = z.strictObject({
  title: Text('The title.').optional(),
  question: Text('The question.').optional(),
  summary: Text('The summary.').optional(),
  intro: z.array(TranslatedIntroStep).max(20).optional().meta({
    description: 'The story steps in the same order; steps left out at the end stay in English.',
  }),
  teacherNotes: z
    .strictObject({
      objectives: z.array(Text('A learning objective.')).optional(),
      notice: z.array(Text('Something to notice.')).optional(),
      try: z.array(Text('Something to try.')).optional(),
      discussion: z.array(Text('A discussion question.')).optional(),
      lessonPlan: z.array(Text('A step of a 20-minute lesson.')).optional(),
      level: Text('Who the scenario suits.').optional(),
      prerequisites: z.array(Text('What students should know first.')).optional(),
      fullLesson: z.array(Text('A timed step of a 45–50 minute lesson.')).optional(),
      misconceptions: z.array(Misconception).max(12).optional(),
    })
    .optional()
    .meta({ description: 'Teacher notes; each list given replaces the English list whole.' }),
  assumptions: z.array(Text('A modelling assumption.')).optional().meta({
    description: 'The modelling assumptions, replacing the English list whole.',
  }),
  behaviours: TranslatedLabels('behaviour labels'),
  rules: TranslatedLabels('reasons given for rules'),
  lists: TranslatedLabels('list labels'),
  consequences: TranslatedLabels('sanction and reward labels'),
  grades: TranslatedLabels('grade labels', z.string().min(1).max(8)),
  surveillance: TranslatedLabels('surveillance source labels'),
  districts: TranslatedLabels('district names'),
  occupations: TranslatedLabels('occupation names'),
  sectors: TranslatedLabels('business sector names'),
  variants: z
    .record(
      Id,
      z.strictObject({
        title: Text("The variant's name.").optional(),
        description: Text('What changes and what to look for.').optional(),
      }),
    )
    .optional()
    .meta({ description: 'Suggested comparisons by id; ids left out keep the English.' }),
  roles: TranslatedRoles,
});

/** A language tag such as zh-CN (BCP 47, as the interface's ?locale= takes it). */
const LocaleTag = z
  .string()
  .max(35)
  .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'a language tag such as zh-CN');

/** The scenario's texts in other languages, by language tag. */
export const TranslationsSchema = z.record(LocaleTag, ScenarioTranslation).default({}).meta({
  description:
    "The scenario's texts in other languages, by language tag (zh-CN): title, question, summary, story, teacher notes, labels and the roles' texts. The interface shows them in that language and falls back to English field by field.",
});

export const ScenarioSchema = z
  .strictObject({
    $schema: z.string().optional(),
    id: Id,
    title: Text('Title of the scenario.'),
    question: Text('The one-line question the scenario explores.').default(''),
    summary: Text('A short summary shown on the start screen.').default(''),
    intro: z.array(IntroStep).max(20).default([]),
    teacherNotes: TeacherNotes,
    translations: TranslationsSchema,
    sources: z.array(Source_).default([]),
    claims: z.array(Claim).max(40).optional().meta({
      description:
        'Figures the texts state about the runs, each tested across seeds (`npm run sim -- claims`).',
    }),
    assumptions: z.array(Text('A modelling assumption, stated as such.')).default([]),
    seed: int(0, 2 ** 31 - 1, { description: 'Random seed: same seed, same run.' }).default(1),
    days: int(1, LIMITS.days, { description: 'Length of a run.', unit: 'days' }).default(365),
    town: TownSchema.prefault({}),
    behaviours: z.array(Behaviour).min(1).max(LIMITS.behaviours),
    surveillance: z.strictObject({ sources: z.array(Source).min(1).max(LIMITS.sources) }),
    ruleset: RuleSetSchema.prefault({}),
    variants: z.array(Variant).max(8).default([]).meta({
      description:
        'Suggested comparisons: alternative rule sets worth running against this one on the same town and seed.',
    }),
    roles: RolesSchema.prefault({}),
  })
  .meta({
    title: 'Ledgertown scenario',
    description: 'A town, its behaviours, surveillance and a social-credit rule set.',
  });

export type Scenario = z.output<typeof ScenarioSchema>;
export type ScenarioInput = z.input<typeof ScenarioSchema>;
export type RuleSet = Scenario['ruleset'];
export type Behaviour = Scenario['behaviours'][number];
export type SurveillanceSource = Scenario['surveillance']['sources'][number];
export type Rule = RuleSet['rules'][number];
export type ListDefinition = RuleSet['lists'][number];
export type ConsequenceDefinition = RuleSet['consequences'][number];
export type Town = Scenario['town'];
export type Variant = Scenario['variants'][number];
export type ScenarioTranslations = Scenario['translations'];
export type ScenarioTranslation = ScenarioTranslations[string];
export type Roles = Scenario['roles'];
export type ProtagonistDefinition = NonNullable<Roles['citizen']>['protagonists'][number];
export type ProtagonistActionDefinition = ProtagonistDefinition['actions'][number];
export type PlannerDefinition = NonNullable<Roles['planner']>;
export type AppealsOfficerDefinition = NonNullable<Roles['appealsOfficer']>;
export type ClaimDefinition = NonNullable<Scenario['claims']>[number];
export type SourceDefinition = Scenario['sources'][number];
export type EvidenceMarkDefinition = NonNullable<z.output<typeof Evidence>>[string];
export type IntroStepDefinition = Scenario['intro'][number];
export type PredictAnswerDefinition = NonNullable<IntroStepDefinition['answer']>;
