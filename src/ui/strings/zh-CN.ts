/**
 * 界面的全部文字：简体中文。Every key of en.ts, typed against it (`Messages`), so a key added to
 * en.ts and missing here fails `tsc`. Scenario texts come from each scenario's `translations`.
 *
 * Terms follow the documents the scenarios are built on: 社会信用体系, 失信被执行人名单,
 * 黑名单/红名单, 联合惩戒, 申诉, 信用修复, 积分, 等级. Numbers and Latin words are set off by spaces.
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
import { words as text } from '../../text/zh-CN';
import type { Messages } from './types';
import { classResults } from './class.zh-CN';

const fmt = (n: number) => n.toLocaleString('zh-CN');
/** A count with its measure word: `count(3, '人')` → "3 人". Chinese has no plural forms. */
const count = (n: number, unit: string) => `${fmt(n)} ${unit}`;

/**
 * The rule set's parts, named once: the editor's section headings and the planner's list of what
 * may change (Chinese has no capital letters to tell a heading from a phrase, as English does).
 */
const SECTION_NAMES: Record<string, string> = {
  scoring: '计分和等级',
  rules: '规则',
  lists: '名单',
  consequences: '惩戒和奖励',
  jointPunishment: '联合惩戒',
  opacity: '透明度',
  appeals: '申诉',
  adaptation: '行为调整',
};

export const messages: Messages = {
  appName: '账本镇',
  classResults,
  tagline: '一个给人记分的小镇',

  start: {
    heading: '选择一个情景',
    intro:
      '每个情景是一座小镇和一套规则。先读问题，再按“开始”，看系统记录了谁、把谁列入名单、拒绝了谁。',
    loadingCatalog: '正在读取情景……',
    question: '问题',
    inThisTown: '小镇概况',
    townFacts: (population: number, days: number) =>
      `${count(population, '人')} · ${count(days, '天')}`,
    steps: '故事',
    predict: '先预测',
    seedLabel: '随机种子',
    seedHelp: '同一个种子，每次都得到同样的运行结果。',
    startButton: '开始',
    resumeButton: '回到小镇',
    openFile: '打开情景文件……',
    openFileHelp: '你电脑上的 YAML 或 JSON 情景文件。运行前会先检查。',
    invalidEntry: '无法运行',
    starting: '正在建造小镇……',
    list: '情景',
  },

  issues: {
    heading: (fileName: string) => `无法载入 ${fileName}`,
    explain: (n: number) =>
      `发现 ${count(n, '个问题')}。每一行都注明了文件中的位置（行:列）、字段以及期望的内容。`,
    dismiss: '关闭',
    warnings: (n: number) => count(n, '条警告'),
  },

  top: {
    scenarios: '情景',
    scenariosHint: '返回情景列表',
    play: '播放',
    pause: '暂停',
    step: '前进一天',
    stepShort: '前进',
    speed: '速度',
    speedLabel: (speed: Speed) => (speed === 'max' ? '最快' : `${speed}×`),
    speedName: (speed: Speed) => (speed === 'max' ? '尽可能快' : `每秒 ${speed} 天`),
    jump: '跳到第几天',
    jumpButton: '跳转',
    restart: '重新开始',
    restartSame: (seed: number) => `用同一个种子重新开始（${seed}）`,
    restartNew: '用新的种子重新开始',
    help: '帮助',
    helpHint: '帮助与键盘快捷键（?）',
    day: (day: number, last: number) => `第 ${fmt(day)} 天，共 ${fmt(last)} 天`,
    seeking: (day: number, target: number) => `第 ${fmt(day)} 天 → 第 ${fmt(target)} 天……`,
    loading: '载入中……',
    finished: '运行结束',
    seed: (seed: number) => `种子 ${seed}`,
  },

  panels: {
    label: '面板',
    names: {
      story: '故事',
      person: '档案',
      events: '事件',
      charts: '图表',
    } satisfies Record<SidePanel, string>,
  },

  map: {
    label: '小镇地图',
    description: '小镇地图。方向键移动视图，加号和减号缩放，回车键打开离中心最近的人。',
    zoomIn: '放大',
    zoomOut: '缩小',
    resetView: '显示整个小镇',
    loading: '正在绘制小镇……',
    focusHint: '方向键：移动 · + −：缩放 · 回车：打开圆环中的人',
    places: {
      school: '学校',
      station: '火车站',
      airport: '机场',
      bank: '银行',
      court: '法院',
      town_hall: '镇政府',
      market: '市场',
      factory: '工厂',
      square: '广场',
      business: '企业',
      home: '住宅',
    } as Record<string, string>,
    hoverGrade: (grade: string) => `等级 ${grade}`,
    hoverListed: '在名单上',
    follow: '跟随',
    followTitle: '让视图跟着选中的人，或你扮演的人',
    events: {
      marker: {
        flight: (n: number, name: string) =>
          n === 1 ? `机票被拒：${name}` : `${fmt(n)} 张机票被拒`,
        train: (n: number, name: string) =>
          n === 1 ? `火车票被拒：${name}` : `${fmt(n)} 张火车票被拒`,
        school: (n: number, name: string) =>
          n === 1 ? `入学被拒：${name}` : `${fmt(n)} 个入学名额被拒`,
        service: (n: number, name: string) => (n === 1 ? `被拒：${name}` : `${fmt(n)} 次被拒`),
        listed: (n: number, name: string) =>
          n === 1 ? `列入名单：${name}` : `${fmt(n)} 人列入名单`,
        appealFiled: (n: number, name: string) =>
          n === 1 ? `提出申诉：${name}` : `${fmt(n)} 件申诉提出`,
        appealGranted: (n: number, name: string) =>
          n === 1 ? `申诉获准：${name}` : `${fmt(n)} 件申诉获准`,
        appealRefused: (n: number, name: string) =>
          n === 1 ? `申诉被驳回：${name}` : `${fmt(n)} 件申诉被驳回`,
        recorded: (n: number, name: string) =>
          n === 1 ? `摄像头记录了${name}` : `摄像头记录了 ${fmt(n)} 次行为`,
        relative: (n: number, name: string) =>
          n === 1 ? `因亲属受罚：${name}` : `${fmt(n)} 人因亲属受罚`,
      },
      board: (n: number) => `公开点名（${fmt(n)}）`,
      boardMore: (n: number) => `另有 ${fmt(n)} 个`,
      live: (day: number, parts: string[]) =>
        parts.length === 0
          ? `地图上，第 ${fmt(day)} 天：没有值得注意的事。`
          : `地图上，第 ${fmt(day)} 天：${parts.join('；')}。`,
      at: (what: string, place: string) => `${place}：${what}`,
    },
  },

  townDescription: {
    toggle: '用文字描述小镇',
    heading: (day: number) => `第 ${fmt(day)} 天的小镇`,
    people: (n: number) => `镇上住着 ${count(n, '人')}。`,
    listed: (listed: number, wrongful: number | null) =>
      listed === 0
        ? '没有人在名单上。'
        : `${count(listed, '人')}在名单上${wrongful === null ? '' : `，其中 ${count(wrongful, '人')}被错误列入`}。`,
    grades: (counts: { id: string; count: number }[]) =>
      `系统记录的等级：${counts.map((g) => `${g.id} 级 ${count(g.count, '人')}`).join('，')}。`,
    businessGrades: (counts: { id: string; count: number }[]) =>
      `系统记录的企业等级（这里不给个人打分）：${counts.map((g) => `${g.id} 级 ${count(g.count, '家')}`).join('，')}。`,
    sentences: (parts: string[]) => parts.join(''),
    ownOnly: '你的角色只能看到你自己的等级和名单，而且只限你知道的部分。',
    notStarted: '今天：第一天还没有开始。',
    today: (parts: string[]) =>
      parts.length === 0
        ? '今天：没有新的列入，没有拒绝服务，没有裁决申诉。'
        : `今天：${parts.join('；')}。`,
    newListings: (n: number, wrongful: number | null) =>
      `新增列入 ${count(n, '次')}${wrongful === null ? '' : `，其中错误 ${count(wrongful, '次')}`}`,
    delistings: (n: number) => `移出名单 ${count(n, '次')}`,
    refused: (flights: number, trains: number, schools: number) =>
      [
        flights > 0 ? `拒售机票 ${count(flights, '张')}` : '',
        trains > 0 ? `拒售火车票 ${count(trains, '张')}` : '',
        schools > 0 ? `拒绝入学 ${count(schools, '次')}` : '',
      ]
        .filter((item) => item !== '')
        .join('、'),
    appeals: (decided: number, granted: number) =>
      `裁决申诉 ${count(decided, '件')}，获准 ${count(granted, '件')}`,
    selected: (name: string, lens: string, grade: string | null, listing: SelectedListing) =>
      `选中：${name}。${lens}：${grade === null ? '等级不明' : `等级 ${grade}`}，${
        {
          listed: '在名单上',
          wrongful: '被错误列入名单',
          notListed: '不在名单上',
          unknown: '不知道是否在名单上',
        }[listing]
      }。`,
  },

  legend: {
    heading: '图例',
    grades: '等级（颜色）',
    businessesRated:
      '这里的规则给企业评分，不给个人评分：所有人都显示为灰色。菱形表示其企业在名单上的企业主。企业的等级见“图表”。',
    listed: '在名单上（菱形，深色轮廓）',
    notListed: '不在名单上（方形）',
    wrongful: '被错误列入（白色中心）',
    revealWrongful: '显示错误列入',
    selected: '选中的人（圆环）',
    places: '地点',
    onMap: '地图上的事件',
    icons: {
      refused: '被拒：机场或火车站的票、学校的入学名额、银行的贷款',
      listed: '列入名单（在镇政府）',
      appealFiled: '提出申诉（在法院）',
      appealDecided: '申诉有了结果（在法院）',
      camera: '摄像头记录了这个区的行为',
      relative: '惩罚波及亲属（从被列入者连出的线）',
    },
    board: '镇政府公告栏：被公开点名的人',
    shop: '商店（遮阳篷）',
    workshop: '作坊（锯齿形屋顶）',
    businessGrades: '企业按等级着色',
    businessListed: '在名单上的企业（深色菱形）',
    businessNamed: '被公开点名（小旗）',
    cameraPost: '摄像头',
    family: '选中的人的家人（线）',
    friends: '他们的朋友（细线）',
  },

  person: {
    findHeading: '查找一个人',
    findLabel: '姓名',
    findPlaceholder: '输入姓名……',
    findHelp: '或者点击地图上的人物。',
    results: (n: number) => `${count(n, '个')}结果`,
    noResults: '没有叫这个名字的人。',
    listedNow: (n: number) => `目前在名单上（${fmt(n)}）`,
    noneListed: '目前还没有人被列入名单。',
    named: '故事中的人物',
    close: '关闭档案',
    notRecorded:
      '这座小镇很大，只记录了部分人的档案。此人不在样本中；地图和图表仍然把他们计算在内。',
    loading: '正在读取档案……',
    readAt: (day: number) => `截至第 ${fmt(day)} 天`,
    facts: (age: number, occupation: string, district: string) =>
      `${age} 岁 · ${occupation} · ${district}`,
    business: (sector: string, size: number, district: string) =>
      `${sector} · ${count(size, '名员工')} · ${district}`,
    owner: '业主',
    score: '分数',
    scoreChart: '分数随时间的变化',
    scoreHidden: '未告知。在这套规则下，个人看不到自己的分数。',
    grade: '等级',
    lists: '名单',
    sanctions: '生效中的惩戒',
    rewards: '生效中的奖励',
    none: '无',
    family: '家人',
    friends: '朋友',
    owns: '拥有',
    notKnown: '本人不知道',
    timeline: '时间线',
    timelineEmpty: '暂时没有内容。',
    showMore: (n: number) => `显示更早的 ${count(n, '条')}记录`,
    knowsListed: (known: boolean) =>
      known ? '本人知道自己在名单上。' : '本人不知道自己在名单上。',
  },

  lenses: {
    label: '档案的读法',
    names: {
      told: '本人被告知的',
      recorded: '系统记录的',
      truth: '真实发生的',
    } satisfies Record<Lens, string>,
    explain: {
      told: '只有此人被告知或能查到的内容，取决于这个情景的透明度规则。',
      recorded: '系统掌握的关于此人的一切：记录、触发的规则、名单、惩戒。',
      truth: '此人真实的行为与记录并列，每一处不符都有标注。',
    } satisfies Record<Lens, string>,
    flags: {
      misattributed: '不符：别人的行为',
      falseReport: '不符：虚假举报',
      wrongful: '不符：错误列入',
      untold: '未告知',
      unseen: '不符：从未被记录',
    } satisfies Record<GapFlag, string>,
    gaps: {
      misattributed: (n: number) => `${count(n, '条')}记录属于别人`,
      falseReports: (n: number) => `${count(n, '条')}记录所写的行为从未发生`,
      unseen: (n: number) => `${count(n, '次')}真实行为从未被记录`,
      wrongful: (n: number) => `${count(n, '次')}列入名单是错误的`,
      untold: (n: number) => `${count(n, '条')}规则触发时没有告知本人`,
      none: '记录与实际发生的情况一致。',
      heading: '三种读法之间的差距',
    },
  },

  entry: {
    act: (label: string) => `做了：${label}`,
    observed: (label: string, source: string) => `被记录：${label}（来源：${source}）`,
    misattributed: '不是此人的行为：同名混淆。真正做这件事的是',
    falseReport: '虚假举报：根本没有发生这样的行为。',
    unseen: '从未被记录',
    rule: (reason: string, points: number) =>
      `${reason}（${points > 0 ? '+' : ''}${fmt(points)} 分）`,
    ruleUntold: '本人未被告知。',
    scoreAfter: (score: number) => `分数 ${fmt(Math.round(score))}`,
    grade: (from: string, to: string) => `等级从 ${from} 变为 ${to}`,
    notice: (list: string) => `收到即将列入名单的警告：${list}`,
    listed: (list: string) => `被列入：${list}`,
    listedWrongful: '错误列入：列入所依据的记录与实际发生的情况不符。',
    listedUntold: '本人未被告知。',
    cause: (cause: string) => `原因：${cause}`,
    causeRecord: (record: number, behaviour: string, source: string, day: number) =>
      `第 ${record} 号记录：${behaviour}（${source}，第 ${fmt(day)} 天）`,
    causeRecordAtStart: (record: number, behaviour: string) =>
      `第 ${record} 号记录：${behaviour}（故事开始之前）`,
    causeCondition: '符合名单的列入条件',
    causeBasis: {
      true: '这条记录确是本人的行为。',
      misattributed: '这条记录其实是别人的行为：同名混淆。',
      false: '这条记录是虚假举报：根本没有发生这样的行为。',
    } satisfies Record<RecordCitation['basis'], string>,
    delisted: (list: string, why: string) => `已移出${list}（${why}）`,
    delistedWhy: text.entry.delistedWhy,
    sanction: (label: string) => `惩戒：${label}`,
    sanctionVia: '因家人受到牵连：',
    sanctionLifted: (consequence: string) => `惩戒解除：${consequence}`,
    reward: (label: string) => `奖励：${label}`,
    refused: (service: string) => `被拒绝：${service}`,
    services: {
      flight: '购买机票',
      train: '购买高铁票',
      school: '入读学校',
      job: '求职',
      loan: '贷款',
      internet: '高速网络',
      dating: '婚恋网站推荐位',
      rent: '租房',
      energy: '能源费用优惠',
      bike: '免押金公共自行车',
      property: '购买房产',
    } as Record<string, string>,
    under: (consequence: string) => `依据：${consequence}`,
    settled: (label: string) => `已履行：${label}`,
    learned: (how: string) => `得知自己被列入名单（${how}）`,
    learnedHow: {
      told: '被告知',
      refused: '被拒绝时',
      notice: '收到通知',
      published: '看到公示',
    } as Record<string, string>,
    appealFiled: (list: string) => `对列入${list}提出申诉`,
    appealDecided: (list: string, granted: boolean) =>
      `关于${list}的申诉${granted ? '获准' : '被驳回'}`,
    appealInsincere: '被认定为不真诚',
    appealWasWrongful: '这次列入本来就是错误的',
    dayLabel: (day: number) => `第 ${fmt(day)} 天`,
    kinds: {
      act: '行为',
      observed: '记录',
      rule: '规则',
      grade: '等级',
      notice: '警告',
      listed: '列入',
      delisted: '移出',
      sanction: '惩戒',
      sanctionLifted: '解除',
      reward: '奖励',
      refused: '被拒',
      settled: '履行',
      learned: '得知',
      appealFiled: '申诉',
      appealDecided: '申诉',
    } satisfies Record<DossierEntry['type'], string>,
  },

  feed: {
    heading: '实时事件',
    filters: '显示',
    kinds: {
      listed: '列入名单',
      wrongfulListing: '错误列入',
      notice: '警告',
      delisted: '移出名单',
      refused: '拒绝服务',
      appealFiled: '提出申诉',
      appealDecided: '申诉结果',
      recorded: '摄像头记录',
    } satisfies Record<FeedEvent['kind'], string>,
    badges: {
      listed: '列入',
      wrongfulListing: '错误',
      notice: '警告',
      delisted: '移出',
      refused: '被拒',
      appealFiled: '申诉',
      appealDecided: '申诉',
      recorded: '摄像头',
    } satisfies Record<FeedEvent['kind'], string>,
    empty: '还没有值得注意的事。请按播放。',
    emptyFiltered: '没有所选类型的事件。',
    shown: (shown: number, total: number) =>
      shown === total ? count(total, '个事件') : `最新的 ${fmt(shown)} 个事件，共 ${fmt(total)} 个`,
    open: (name: string) => `打开${name}的档案`,
    says: text.feed.says,
  },

  charts: {
    heading: '小镇随时间的变化',
    noData: '随着时间推移，图表会逐渐填满。',
    axisDay: '天',
    score: { title: '分数：平均数、中位数和中间 80%', unit: '分' },
    grades: { title: '各等级人数', unit: '人' },
    scoreBusinesses: { title: '企业分数：平均数、中位数和中间 80%', unit: '分' },
    gradesBusinesses: { title: '各等级企业数', unit: '家企业' },
    listed: { title: '在名单上的和被错误列入的', unit: '人和企业' },
    refusals: { title: '拒绝服务', unit: '每天拒绝次数' },
    appeals: { title: '申诉', unit: '每天申诉数；积压的申诉数' },
    speech: { title: '言论行为', unit: '每天发帖和发言次数' },
    harm: { title: '有害行为与起始水平对比', unit: '每天行为次数' },
    series: {
      meanScore: '平均分',
      scoreMedian: '中位数',
      scoreP10: '第 10 百分位',
      scoreP90: '第 90 百分位',
      listed: '在名单上',
      wrongfulListings: '被错误列入',
      flightRefusals: '被拒购机票',
      trainRefusals: '被拒购火车票',
      schoolRefusals: '被拒入学',
      appealsFiled: '提出',
      appealsGranted: '获准',
      appealBacklog: '积压',
      speechActs: '言论行为',
      harmfulActs: '有害行为',
      harmBaseline: '前 30 天的平均值',
    } as Record<string, string>,
    gradeSeries: (id: string) => `等级 ${id}`,
    latest: (value: string) => `最新 ${value}`,
    table: {
      show: '以表格显示',
      hide: '隐藏表格',
      caption: (title: string, unit: string, step: number, lastDay: number) =>
        `${title}（${unit}）：从第 1 天起每 ${step} 天一行，另加最后一天（第 ${fmt(lastDay)} 天）。`,
    },
  },

  story: {
    question: '问题',
    summary: '概要',
    steps: '故事',
    predict: '先预测',
    teacherNotes: '教师说明',
    objectives: '学习目标',
    notice: '值得注意的地方',
    try: '可以尝试的操作',
    discussion: '讨论问题',
    lessonPlan: '20 分钟教案',
    assumptions: '建模假设',
    sources: '资料来源',
    warnings: '关于此文件的警告',
    runFacts: (population: number, seed: number, hash: string) =>
      `${count(population, '人')} · 种子 ${seed} · 情景 ${hash.slice(0, 8)}`,
    sourceSupports: (text: string) => `支持：${text}`,
    opensNewTab: '（在新标签页中打开）',
    real: {
      title: '这里哪些是真实的？',
      intro:
        '本情景取自现实世界的每一个数字，以及它的依据：有文献记载（在所引来源中读到）、二手资料（来自对来源的概述）、不确定（来源之间不一致；给出来源的范围）或假设（建模的选择）。',
      what: '数字',
      value: '数值',
      mark: '依据',
      source: '来源',
      note: '说明',
      counts: (documented: number, secondary: number, uncertain: number, assumed: number) =>
        `有文献记载 ${fmt(documented)} 个 · 二手资料 ${fmt(secondary)} 个 · 不确定 ${fmt(uncertain)} 个 · 假设 ${fmt(assumed)} 个`,
      unmarked: '未标注',
      range: (low: string, high: string) => `来源给出 ${low} 到 ${high}`,
      marks: {
        documented: '有文献记载',
        secondary: '二手资料',
        uncertain: '不确定',
        assumed: '假设',
      } as Record<string, string>,
      markTitle: {
        documented: '有文献记载：在所引来源中读到',
        secondary: '二手资料：来自对所引来源的概述',
        uncertain: '不确定：来源之间不一致或不清楚',
        assumed: '假设：建模的选择，不是测量得到的数字',
      } as Record<string, string>,
      groups: {
        town: '小镇',
        behaviour: '行为',
        source: '监控',
        scoring: '评分',
        grade: '等级',
        rule: '规则',
        list: '名单',
        consequence: '惩戒或奖励',
        opacity: '告知程度',
        appeals: '申诉',
      } as Record<string, string>,
    },
    claims: {
      title: '故事中陈述的数字',
      intro:
        '文字中引用的每一个关于运行结果的数字都是一个论断，会在多个种子上检验。在这里检验它们：情景会在后台用它的种子及之后的种子运行。',
      check: (seeds: number) => `在 ${fmt(seeds)} 个种子上检验`,
      checking: (done: number, total: number) =>
        `正在运行第 ${fmt(done)} 个种子，共 ${fmt(total)} 个……`,
      cancel: '停止',
      across: (seeds: number, median: string, range: string) =>
        `${fmt(seeds)} 个种子：中位数 ${median}，范围 ${range}`,
      verdict: (pass: boolean) => (pass ? '成立' : '不成立'),
      failed: (message: string) => `检验中止：${message}`,
      claimed: (figure: string) => `论断：${figure}`,
    },
  },

  lesson: {
    prediction: '你的预测',
    guide: '教师指南',
    worksheet: '学生学习单',
    close: '关闭',
    shareQuestions: '学生要回答的预测问题（取消勾选即可关闭）',
    reportTitle: '预测与解释',
    thisRunPending: (day: number) => `本次运行（第 ${day} 天揭晓）`,
    numberLabel: (unit: string) => (unit ? `你的预测（${unit}）` : '你的预测'),
    range: (min: string, max: string) => `一个 ${min} 到 ${max} 之间的数。`,
    rankHelp: '把各项按从多到少排列。用每项旁边的按钮移动它。',
    moveUp: (label: string) => `把“${label}”上移`,
    moveDown: (label: string) => `把“${label}”下移`,
    saved: '已保存。',
    locksOn: (day: number) => `请在第 ${day} 天之前作答：运行到那一天时答案就会锁定。`,
    lockedOn: (day: number) => `已于第 ${day} 天锁定。`,
    notAnswered: '揭晓之前没有作答。',
    reveal: '实际结果',
    thisRun: (seed: number, day: number) => `本次运行（种子 ${seed}，第 ${day} 天）`,
    acrossSeeds: (count: number) => `${count} 个种子`,
    spread: (median: string, min: string, max: string) => `中位数 ${median}，范围 ${min}–${max}`,
    computing: (done: number, total: number) =>
      `正在用 ${total} 个种子运行这个情景：已完成 ${done} 个……`,
    spreadFailed: (message: string) => `无法计算多个种子的结果：${message}`,
    noValue: '无数值',
    inChoice: (label: string) => `“${label}”`,
    choiceCount: (count: number, total: number) => `${total} 个种子中有 ${count} 个`,
    rankOf: (rank: number) => `第 ${rank} 位`,
    rankMatches: (count: number, total: number) =>
      `${total} 项中有 ${count} 项与本次运行的位置相同`,
    why: '为什么？解释你看到了什么，以及是什么造成的。',
    whyHelp: '纯文本。它会出现在你打印的报告和 JSON 导出中。',
    switchedOff: '老师在这节课中关闭了这些问题。',
    refusal: {
      noScenario: '没有打开的情景。',
      unknownQuestion: (id: string) => `这个情景没有问题“${id}”。`,
      switchedOff: (id: string) => `问题“${id}”在这节课中已关闭。`,
      locked: (day: number) => `已锁定：运行已到第 ${day} 天，答案不能再更改。`,
      notRevealed: (day: number) => `运行到第 ${day} 天后才能填写解释。`,
      tooLong: (max: number) => `最多 ${fmt(max)} 个字符。`,
      notANumber: '请输入一个数。',
      outOfRange: (min: string, max: string) => `请输入 ${min} 到 ${max} 之间的数。`,
      unknownChoice: '请从选项中选择一个。',
      notARanking: '请把每一项都排一次序。',
      notText: '解释必须是文字。',
    },
  },

  language: {
    label: '语言',
  },

  lazy: {
    loading: '正在加载……',
    failed: (part: string) => `${part}没有加载成功：网络中断或文件不完整。请检查网络后重试。`,
    retry: '重试',
    parts: {
      town: '小镇画面',
      map: '小镇地图',
      editor: '规则编辑器',
      compare: 'A/B 对比',
      roles: '角色工作台',
      charts: '图表',
      report: '运行报告',
      lesson: '课堂材料',
      share: '分享窗口',
      handIn: '提交窗口',
      classScreen: '全班结果',
      fileCheck: '情景文件检查',
    },
  },

  help: {
    title: '如何阅读账本镇',
    close: '关闭帮助',
    colours: '颜色与形状',
    coloursText:
      '每个人物代表一个人。颜色表示其等级，从最好的等级（深蓝）到最差的等级（深红）。带深色轮廓的菱形表示此人在名单上；方形表示不在。打开“显示错误列入”后，白色中心标出那些所依据的记录与其实际行为不符的人。',
    panels: '面板',
    panelTexts: {
      story: '情景的问题、故事步骤、教师说明、建模假设和资料来源。',
      person: '一个人的档案，可以用三种方式阅读：本人被告知的、系统记录的、真实发生的。',
      events: '实时显示的列入名单、错误列入、拒绝服务和申诉结果；点击一条即可打开档案。',
      charts: '小镇随时间的变化：分数、等级、名单、拒绝服务、申诉、言论和危害。',
    } satisfies Record<SidePanel, string>,
    shortcuts: '键盘',
    keys: [
      ['空格', '播放或暂停'],
      ['→', '前进一天'],
      ['?', '打开本帮助'],
      ['Esc', '关闭帮助或档案'],
      ['Tab', '在控件之间移动'],
      ['← ↑ → ↓', '移动视图（地图获得焦点时）'],
      ['+  −', '放大或缩小（地图）'],
      ['0', '显示整个小镇（地图）'],
      ['回车', '打开中心圆环里的人（地图）'],
    ] as [string, string][],
    mouse: '鼠标',
    mouseText:
      '拖动地图可以移动，滚动滚轮可以缩放，鼠标悬停在人物上可以看到是谁，点击即可打开其档案。',
  },

  notices: {
    dismiss: '知道了',
    text(message: NoticeMessage): string {
      switch (message.kind) {
        case 'workerRestarted':
          return message.reason === 'stuck'
            ? `模拟停止了响应（${message.detail}）。已重新启动，运行恢复到第 ${fmt(message.day)} 天。`
            : `模拟崩溃了（${message.detail}）。已重新启动，运行恢复到第 ${fmt(message.day)} 天。`;
        case 'workerGaveUp':
          return `这次运行中模拟已出错 ${fmt(message.restarts)} 次，最近一次在第 ${fmt(message.day)} 天附近（${message.detail}）。本次运行不再自动重启；请重新开始运行，或选择其他情景。`;
        case 'requestFailed':
          return `模拟报告了一个错误：${message.detail}`;
        case 'runStopped':
          return `运行在第 ${fmt(message.day)} 天被停止：这一天的条件计算超过了 ${fmt(message.budget)} 步（最后一个是 ${message.where}）。小镇停在最后一个完整的日子。请把这个条件改得更简单，或把小镇改小，然后重新载入情景。`;
        case 'saveFailed':
          return '无法在此浏览器中保存你的进度（存储空间已满或被禁用）。';
        case 'progressSetAside':
          return message.moved !== false
            ? `无法读取你保存的进度（${message.reason}）。它已另存为“${message.key}”，游戏将从头开始。`
            : `无法读取你保存的进度（${message.reason}）。存储空间已满，它仍保存在“${message.key}”中，直到游戏下次保存；游戏将从头开始。`;
        case 'roleSetAside':
          return message.moved
            ? `无法读取你保存的角色（${message.reason}）。它已另存为“${message.key}”；本次运行继续进行，但不含该角色。`
            : `无法读取你保存的角色（${message.reason}）。存储空间已满，它仍保存在“${message.key}”中，直到游戏下次保存；本次运行继续进行，但不含该角色。`;
        case 'localeSetAside':
          return message.moved
            ? `保存的语言选择（“${message.saved}”）不是本游戏支持的语言，所以页面按浏览器的语言显示。它已另存为“${message.key}”；用语言选择器选一种语言即可重新保存。`
            : `保存的语言选择（“${message.saved}”）不是本游戏支持的语言，所以页面按浏览器的语言显示。存储空间已满，它仍保存在“${message.key}”中；用语言选择器选一种语言即可替换它。`;
        case 'savedScenarioGone':
          return `你之前玩的情景（${message.fileName}）已不再提供，请另选一个。`;
        case 'unknownScenario':
          return `没有名为 ${message.fileName} 的内置情景。`;
      }
    },
  },

  // ---- 规则编辑器与 A/B 对比 ----
  editor: {
    preview: {
      rule: (d: RuleDescription): string => {
        const business = d.actor === 'business';
        const who = business ? '企业' : '有人';
        const subject = business ? '该企业' : '此人';
        if (!d.act.known) {
          return `这条规则等待的是“${d.act.label}”，但本镇没有这种行为，所以它永远不会触发。`;
        }
        if (d.sources.length === 0) {
          return `没有任何监控来源能看到${who}“${d.act.label}”，所以这条规则永远不会触发。`;
        }
        const sources = joinWords(d.sources, '或');
        const condition = d.condition ? `，并且${conditionWords(d.condition, business)}` : '';
        const points =
          d.points === null
            ? `${subject}的分值尚待设定`
            : d.points === 0
              ? `${subject}的分数不变`
              : `${subject}${d.points < 0 ? '扣' : '加'} ${count(Math.abs(d.points), '分')}`;
        const sentences = [`当${sources}发现${who}“${d.act.label}”${condition}时，${points}。`];
        if (d.capGrade !== null) sentences.push(`${subject}的等级最高只能是 ${d.capGrade}。`);
        sentences.push(tellingWords[d.telling](business));
        return sentences.join('');
      },
      condition: (c: ConditionPhrase) => conditionWords(c, false),
    },
    heading: (title: string) => `“${title}”的规则`,
    status: {
      checking: '正在检查……',
      invalid: (n: number) =>
        `有 ${count(n, '个问题')}需要修正。小镇会继续运行上一套通过全部检查的规则。`,
      running: (edited: boolean) =>
        edited ? '全部检查通过。小镇正在运行这套规则。' : '全部检查通过。小镇正在运行原始规则。',
      notApplied: '全部检查通过。尚未应用：小镇仍在运行之前的规则。',
    },
    undo: '撤销',
    undoHint: '撤销（Ctrl+Z 或 ⌘Z）',
    redo: '重做',
    redoHint: '重做（Ctrl+Shift+Z 或 ⌘⇧Z）',
    reset: '恢复为原始规则……',
    resetQuestion: '放弃对这个情景的全部修改，回到原始规则？之后仍可撤销。',
    resetConfirm: '恢复',
    resetCancel: '保留我的修改',
    apply: '应用并重新开始',
    applying: '正在应用……',
    applyNote: (seed: number) =>
      `应用后，小镇会用同一个种子（${seed}）从第 0 天重新开始，因此你看到的每一处变化都来自规则。修改会在输入时保存在此浏览器中；变体保持原样。`,
    tabsLabel: '编辑方式',
    tabs: { form: '表单', yaml: 'YAML' },
    notice(notice: EditorNotice): string {
      switch (notice.kind) {
        case 'restored':
          return '已从此浏览器恢复你之前对这个情景的修改。';
        case 'setAside':
          return `无法读取保存的修改（${notice.reason}）。它们已另存为“${notice.key}”，编辑器从当前运行的情景开始。`;
        case 'saveFailed':
          return '无法在此浏览器中保存你的修改（存储空间已满或被禁用）。在页面打开期间它们仍然保留。';
        case 'editFailed':
          return notice.reason === 'unparsable'
            ? 'YAML 有错误，表单无法修改它。请先在 YAML 标签页中修正。'
            : '无法完成这项修改：列表已经变了。请重试。';
        case 'shippedChanged':
          return '自你修改以来，这个情景已经更新。你的修改已保留；“恢复为原始规则”会得到新版本。';
      }
    },
    views: {
      label: '显示',
      names: { town: '小镇', rules: '规则', compare: 'A/B 对比' } satisfies Record<
        WorkbenchView,
        string
      >,
      edited: '已修改',
    },
    form: {
      sections: '规则集的组成部分',
      section: (key: string) => SECTION_NAMES[key] ?? key,
      sectionIntro: (key: string) => SECTION_INTROS[key] ?? '',
      outside: (n: number) => `有 ${count(n, '个问题')}不在规则集内：请看 YAML 标签页。`,
      checking: '正在检查规则……',
      unparsable: 'YAML 无法读取，修正之前表单不可用。小镇会继续运行上一套有效的规则。',
      toYaml: '转到 YAML 标签页',
      label: (key: string) => FIELD_LABELS[key] ?? key,
      unit: (unit: string) => UNIT_NAMES[unit] ?? unit,
      describe: (spec: FieldSpec): string => {
        const english = spec.description;
        const parts = [(english && FIELD_DESCRIPTIONS[english]) || FIELD_HELP[spec.key] || english];
        const unit = spec.unit ? ` ${UNIT_NAMES[spec.unit] ?? spec.unit}` : '';
        if (spec.kind === 'number')
          parts.push(`范围 ${fmt(spec.min)} 至 ${fmt(spec.max)}${unit}。`);
        if (spec.defaultValue !== undefined && typeof spec.defaultValue !== 'object')
          parts.push(`留空时：${defaultWords(spec.defaultValue)}。`);
        return parts.filter((p) => p !== '').join(' ');
      },
      problem: (message: string) => `问题：${message}`,
      unset: (value: unknown) =>
        value === undefined ? '— 无 —' : `默认（${defaultWords(value)}）`,
      unknownChoice: (value: string) => `${value}（未找到）`,
      option: (key: string, option: string) => OPTION_NAMES[key]?.[option] ?? option,
      followSetting: '遵循透明度设置',
      yes: '是',
      no: '否',
      none: '— 无 —',
      reads: (words: string) => `读作：${words}。`,
      yamlOnly: '请在 YAML 标签页中编辑此项。',
      usingDefault: '保持默认值。点击“自定义”即可在这里编辑。',
      customise: '自定义',
      noRows: '暂无。',
      problems: (n: number) => count(n, '个问题'),
      rowNumber: (n: number) => `第 ${n} 行`,
      fromPoints: (min: number) => `${fmt(min)} 分起`,
      moveUp: '上移',
      moveDown: '下移',
      remove: '删除',
      moveUpNamed: (title: string) => `上移 ${title}`,
      moveDownNamed: (title: string) => `下移 ${title}`,
      removeNamed: (title: string) => `删除 ${title}`,
      add: (key: string) => `添加${ROW_NOUNS[key] ?? '一行'}`,
    },
    yaml: {
      label: (fileName: string) => `整个情景 ${fileName} 的 YAML`,
      help: '输入时即检查。Tab 键缩进；先按 Esc 再按 Tab 可离开文本框。选择一个问题即可跳到它所在的位置。',
      checking: '正在检查……',
      valid: '全部检查通过。',
      invalid: (n: number) => `${count(n, '个问题')}：`,
      problemsLabel: 'YAML 中的问题',
      place: (line: number, column: number) => `第 ${fmt(line)} 行，第 ${fmt(column)} 列`,
    },
  },

  compare: {
    heading: '对比 A 与 B',
    intro: (people: number, seed: number, days: number) =>
      `两套规则作用于同一座小镇：同样的 ${fmt(people)} 个人、同一个种子（${seed}）、${count(days, '天')}。在某条规则改变一个人的行为之前，他们在两套规则下做出同样的选择，所以每一处差异都来自规则。`,
    sideLabel: (side: 'a' | 'b') => (side === 'a' ? 'A' : 'B'),
    versus: '对比',
    choices: {
      shipped: '原始规则',
      edited: '你修改后的规则',
      variant: (title: string) => `变体：${title}`,
      scenario: (title: string) => `“${title}”的规则`,
    },
    run: '对比',
    runAgain: '重新对比',
    auto: '规则改变时自动重新对比',
    editedInvalid: '你的草稿有问题；“你修改后的规则”使用的是上一个通过全部检查的版本。',
    runningBoth: (a: string, b: string) => `正在运行 ${a} 和 ${b}……`,
    percent: (share: number) => `${Math.round(share * 100)}%`,
    cancel: '取消',
    cancelled: '已取消。',
    failed: (message: string) => `对比失败：${message}`,
    invalid: (side: 'a' | 'b', fileName: string) =>
      `${side.toUpperCase()} 无法运行：${fileName} 有问题`,
    empty: '选择 A 和 B，然后点击“对比”。',
    stale: '自这次对比以来规则已经改变。请重新对比以更新结果。',
    staleAuto: '规则已改变：正在更新对比……',
    timing: (ms: number) => `对比用时 ${(ms / 1000).toFixed(1)} 秒`,
    runFacts: (people: number, seed: number, days: number) =>
      `${count(people, '人')} · 种子 ${seed} · ${count(days, '天')}`,
    rulesOnATown: 'B 的小镇与 A 的不同，因此 B 的规则是在 A 的小镇上运行的。',
    chartsHeading: '随时间的变化',
    charts: {
      listed: { title: '在名单上', unit: '人' },
      wrongfulListings: { title: '被错误列入', unit: '人' },
      refusals: { title: '拒绝服务', unit: '每天被拒的购买次数' },
      meanScore: { title: '平均分', unit: '分' },
      speechActs: { title: '言论行为', unit: '每天发帖和发言次数' },
      harmfulActs: { title: '有害行为', unit: '每天行为次数' },
    },
    headline: {
      label: '人们的遭遇有何变化',
      listed: (a: number, b: number) =>
        `只在 A 下被列入名单：${count(a, '人')}；只在 B 下：${fmt(b)} 人。`,
      refused: (a: number, b: number) =>
        `只在 A 下被拒购机票或火车票：${count(a, '人')}；只在 B 下：${fmt(b)} 人。`,
      school: (a: number, b: number) =>
        `只在 A 下被拒入学：${count(a, '人')}；只在 B 下：${fmt(b)} 人。`,
      changed: (n: number, people: number) =>
        `${count(n, '个人或企业')}度过了不一样的一年（共 ${fmt(people)} 人）。`,
    },
    table: {
      heading: '数据',
      caption: '每项数据在 A 下、在 B 下的数值，以及差值 B − A',
      figure: '数据项',
      side: (letter: string, label: string) => `${letter}：${label}`,
      difference: 'B − A',
      more: (n: number) => `其他全部数据（${fmt(n)}）`,
    },
    figures: {
      names: {
        finalMeanScore: '结束时的平均分',
        finalListed: '结束时在名单上的人数',
        totalNewListings: '列入名单次数',
        totalDelistings: '移出名单次数',
        finalWrongfulListings: '结束时被错误列入的人数',
        totalNewWrongfulListings: '错误列入次数',
        totalFlightRefusals: '被拒购机票次数',
        totalTrainRefusals: '被拒购火车票次数',
        totalSchoolRefusals: '被拒入学次数',
        totalRefusals: '全部拒绝次数',
        totalSanctionsApplied: '实施的惩戒',
        totalRewardsGiven: '给予的奖励',
        totalAppealsFiled: '提出的申诉',
        totalAppealsGranted: '获准的申诉',
        totalAppealsDecided: '已裁决的申诉',
        finalAppealBacklog: '结束时待处理的申诉',
        meanAppealWaitDays: '申诉平均等待天数',
        appealGrantShare: '申诉获准的比例',
        totalSpeechActs: '言论行为',
        totalHarmfulActs: '有害行为',
        totalCivicActs: '公益行为',
        totalRecords: '产生的记录',
        totalMisattributedRecords: '记在错误的人名下的记录',
        totalFalseRecords: '所记行为从未发生的记录',
        finalFamiliesAffected: '因他人受牵连的家庭（结束时）',
        finalSanctioned: '结束时仍受惩戒的人数',
        finalMeanFear: '结束时的平均恐惧程度（0 至 1）',
        wrongfulShare: '错误列入占全部列入的比例',
      } as Record<string, string>,
      grade: (id: string) => `结束时处于等级 ${id} 的人数`,
      onList: (label: string) => `结束时在“${label}”上的人数`,
      acts: (label: string) => `${label}：行为次数`,
      records: (label: string) => `${label}：记录次数`,
      listedShare: (district: string) => `结束时${district}被列入名单的比例`,
    },
    people: {
      heading: '遭遇不同的人',
      none: '没有人只在一套规则下被列入名单，或被拒绝出行、入学。',
      listedOnly: (list: string, side: 'a' | 'b') =>
        `${side === 'a' ? '在 A 下而非 B 下' : '在 B 下而非 A 下'}被列入“${list}”`,
      refusedOnly: (service: string, side: 'a' | 'b') =>
        `${side === 'a' ? '在 A 下而非 B 下' : '在 B 下而非 A 下'}${SERVICE_REFUSED[service] ?? `被拒绝：${service}`}`,
      counts: (what: 'listed' | 'refused', a: number, b: number) =>
        what === 'listed'
          ? `在 A 下被列入 ${fmt(a)} 次，在 B 下 ${fmt(b)} 次`
          : `在 A 下被拒 ${fmt(a)} 次，在 B 下 ${fmt(b)} 次`,
      wrongful: '错误列入',
      showAll: (n: number) => `显示全部 ${fmt(n)} 个`,
      pairHeading: (name: string) => `${name}在 A 下和在 B 下`,
      sideHeading: (letter: string, label: string) => `${letter}：${label}`,
      inTown: '在侧边面板中打开',
      inTownHint: '同一个人在当前运行的小镇中的档案',
      close: '关闭',
      loading: '正在读取两份档案……',
      unavailable: '这些运行已不再保留（新的对比已经开始）。请重新对比后再打开档案。',
      notRecorded: '这次运行没有记录此人的档案。',
    },
    cause: {
      unknown: '没有记录下决定性的差异。',
      only: (day: number, side: string, text: string) =>
        `第 ${fmt(day)} 天，只在 ${side} 下——${text}`,
      both: (day: number, a: string, b: string) =>
        `第 ${fmt(day)} 天——在 A 下：${a}；在 B 下：${b}`,
      scores: (day: number, kind: string) =>
        `第 ${fmt(day)} 天——此人的分数开始不同（${kind} 设置所致）。`,
      through: '这是通过一位家人波及到此人的。',
    },
    across: {
      heading: '多个种子',
      intro: '一个种子代表一种可能的一年。在多个种子上重复对比，看差异是稳定存在还是出于运气。',
      seedsLabel: '种子数',
      seedsOption: (k: number) => `${k} 个种子`,
      run: (k: number) => `在 ${k} 个种子上对比`,
      running: (k: number) => `正在 ${k} 个种子上运行 A 和 B……`,
      stale: '自这些种子运行以来，规则或选择已经改变。',
      timing: (ms: number, seeds: number[]) =>
        `${count(seeds.length, '个种子')}（${seeds[0]}–${seeds[seeds.length - 1]}），用时 ${(ms / 1000).toFixed(1)} 秒`,
      caption: (a: string, b: string) =>
        `各项数据在 A（${a}）和 B（${b}）下的种子平均值、平均差值及其离散程度`,
      figure: '数据项',
      meanA: 'A（平均）',
      meanB: 'B（平均）',
      meanDiff: 'B − A（平均）',
      spread: 'B − A 的离散程度',
      spreadText: (sd: string, min: string, max: string) => `标准差 ${sd}；从 ${min} 到 ${max}`,
      countsHeading: '遭遇不同的人',
      countsCaption: '遭遇不同的人数在各种子上的平均值及其离散程度',
      mean: '平均',
      spreadPlain: '离散程度',
      counts: {
        listedOnlyA: '只在 A 下被列入名单的人',
        listedOnlyB: '只在 B 下被列入名单的人',
        flightRefusedOnlyA: '只在 A 下被拒购机票',
        flightRefusedOnlyB: '只在 B 下被拒购机票',
        trainRefusedOnlyA: '只在 A 下被拒购火车票',
        trainRefusedOnlyB: '只在 B 下被拒购火车票',
        schoolRefusedOnlyA: '只在 A 下被拒入学',
        schoolRefusedOnlyB: '只在 B 下被拒入学',
        agentsChanged: '一年经历不同的人和企业',
      } as Record<string, string>,
    },
  },
  // ---- 分享、锁定、导出与报告 ----
  classroom: {
    share: '分享',
    shareHint: '以链接分享这节课',
    report: '报告',
    reportHint: '这次运行的可打印报告及其可下载数据',
    lockedByTeacher: '已被老师锁定',
    lessonNote: '老师为这节课固定的设置',
    panelNames: {
      story: '故事',
      notes: '故事中的教师笔记',
      person: '档案',
      events: '事件',
      charts: '图表',
      editor: '规则编辑器',
      compare: '对比 A 与 B',
      scenarios: '其他情景',
    } satisfies Record<LessonPanel, string>,
    access: {
      open: '开放',
      locked: '锁定',
      hidden: '隐藏',
    } satisfies Record<PanelAccess, string>,
    roles: {
      observer: '观察者（沙盒）',
      citizen: '公民',
      planner: '规划者',
      appealsOfficer: '申诉审理员',
    } satisfies Record<Role, string>,
    shareDialog: {
      title: '分享这节课',
      intro:
        '链接中包含整个情景、种子、天数和下面的设置。不会上传到任何地方：打开链接的人得到的正是这次运行。',
      withEdits: '链接包含你对规则的修改。',
      scenario: (title: string, seed: number) => `${title} · 种子 ${seed}`,
      startDay: '从第几天打开',
      startDayHelp: (last: number) => `从 0（第一天之前）到 ${fmt(last)}。`,
      panels: '学生可以打开的内容',
      panelsHelp: '锁定的面板显示为灰色并带锁；隐藏的面板完全不显示。',
      fixSeed: '学生不能更改种子',
      role: '角色',
      fixRole: '学生不能更改角色',
      storyStep: '故事从哪一步打开',
      storyNone: '从头开始，不标记步骤',
      storyStepName: (n: number, title: string) => `第 ${n} 步：${title}`,
      projector: '投影仪配色：高对比度和更大的字',
      link: '这节课的链接',
      linkSize: (chars: number) => `${fmt(chars)} 个字符`,
      longLink:
        '有些邮件和学习平台会截断过长的链接。如果链接收到时已损坏，请改为分发情景文件或单文件版账本镇。',
      copy: '复制链接',
      copied: '已复制。请把它粘贴到班级能找到的地方。',
      copyFallback: '链接已选中：按 Ctrl+C（Mac 上为 ⌘C）复制。',
      close: '关闭',
      tooLong: (chars: number, max: number) =>
        `这节课生成的链接有 ${fmt(chars)} 个字符，超过了链接允许的 ${fmt(max)} 个。请改为分享情景文件。`,
    },
    linkProblem: {
      heading: '无法打开这个课程链接',
      remedy: '请重新索取链接，或从发送处完整复制。在此期间，你可以在下面选择一个情景。',
      dismiss: '关闭',
      text(problem: LinkProblem): string {
        switch (problem.kind) {
          case 'tooLong':
            return `这个链接长 ${fmt(problem.length)} 个字符；课程链接最多只能有 ${fmt(problem.max)} 个。`;
          case 'unknownVersion':
            return Number(problem.version) > 1
              ? `这个链接由更新版本的账本镇生成（链接格式 ${problem.version}）；此版本只能读取格式 1。`
              : `这个链接自称链接格式 ${problem.version}，账本镇从未生成过这种格式；此版本只能读取格式 1。`;
          case 'badCharacter':
            return `链接中有一个不该出现的字符（第 ${fmt(problem.at + 1)} 位的“${problem.char}”）：它在传递途中被改动了。`;
          case 'truncated':
            return '链接被截断了：末尾缺失。邮件和聊天软件有时会缩短过长的链接。';
          case 'corrupt':
            return '链接已损坏：各部分对不上。';
          case 'tooLarge':
            return `链接解压后超过 ${fmt(problem.max)} 个字符，超出了情景文件允许的大小。`;
          case 'badHeader':
            return `无法读取链接中的课程设置（${problem.detail}）。`;
        }
      },
    },
    fileDrop: {
      overlay: '拖放一个情景文件（YAML 或 JSON）即可打开',
      scenarioFixed: '这节课的情景是固定的：不能打开文件。',
      unreadable: '需要浏览器能读取的文本文件，但这个文件无法读取',
    },
    reportView: {
      title: '运行报告',
      print: '打印或另存为 PDF',
      close: '关闭报告',
      downloads: '下载数据',
      metricsCsv: '每天的数据（CSV）',
      peopleCsv: '每个人的数据（CSV）',
      json: '全部数据（JSON）',
      downloadsHelp:
        '每个文件都带有账本镇版本、情景、其内容哈希值和种子，因此这次运行可以被精确重现。CSV 文件可以用任何电子表格打开；这些标记位于最后四列。',
      preparing: '正在准备文件……',
      failed: (detail: string) => `无法生成文件：${detail}`,
      noRun: '请先开始一个情景：报告描述的是一次运行。',
      student: '姓名',
      notes: '我的回答',
      notesHelp: '根据你看到的内容回答这个情景的问题。它会和报告一起打印。',
      question: '问题',
      facts: '这次运行',
      fact: {
        scenario: '情景',
        seed: '种子',
        hash: '情景哈希值',
        day: '天数',
        people: '人数',
        version: '账本镇',
        printed: '打印于',
      },
      dayOf: (day: number, last: number) => `第 ${fmt(day)} 天，共 ${fmt(last)} 天`,
      figures: '关键数据',
      figureLabel(key: string): string | undefined {
        const change = /^(harmfulActs|speechActs)PerDay(First|Last)(\d+)Days$/.exec(key);
        if (change) {
          const what = change[1] === 'harmfulActs' ? '有害行为' : '言论行为';
          return `${change[2] === 'First' ? '前' : '最后'} ${change[3]} 天每天的${what}`;
        }
        return REPORT_FIGURES[key];
      },
      change: (percent: number) => `${percent > 0 ? '+' : ''}${fmt(percent)}%`,
      charts: '小镇随时间的变化',
      comparison: '对比',
      compareSides: (a: string, b: string) => `A：${a} · B：${b}`,
      compareRun: (seed: number, days: number) =>
        `同一个小镇、同一个种子（${seed}），${fmt(days)} 天`,
      compareStale: '这次对比之后规则又改过：请重新对比，数字才对得上。',
      compareHow: '每项指标：A 下 → B 下（B − A）',
      compareCounts: {
        listedOnlyA: '只在 A 下被列入名单',
        listedOnlyB: '只在 B 下被列入名单',
        agentsChanged: '这一年经历不同的人和企业',
      } as Record<string, string>,
    },
  },
  // ---- 角色：公民、规划者、申诉审理员（src/ui/roles） ----
  roles: {
    loading: '正在读取你的角色……',
    picker: {
      legend: '你的角色',
      help: '旁观小镇本来的样子，或者亲自参与：作为一个人生活、制定规则，或者审理申诉。',
      onlyObserver: '这个情景只供旁观：没有可以扮演的人。',
      fixed: '老师为这节课指定了角色。',
      observer: '观察者',
      observerText: '旁观整个小镇：谁被记录、谁被列入名单、谁被拒绝，以及为什么。',
      citizen: (label: string) => `公民：${label}`,
      every: (days: 1 | 7) => (days === 1 ? '你每天做一次决定。' : '你每周做一次决定。'),
      planner: '规划者',
      plannerDetail: '修改规则，预测结果，然后运行一年。',
      officer: '申诉审理员',
      quota: (quota: number) => `每天最多做出 ${count(quota, '项')}决定。`,
    },
    titles: {
      citizen: (label: string, name: string) =>
        name ? `公民：${label}（${name}）` : `公民：${label}`,
      planner: '规划者',
      officer: '申诉审理员',
      observer: '观察者',
    },
    pane: {
      yourRole: '你的角色',
      switchLabel: '显示你的工作台或小镇的面板',
      desk: '你的工作台',
      town: '小镇面板',
      hiddenCitizen:
        '小镇的面板（档案、事件、图表）在你的结局到来时打开：在那之前，它们会显示你无从知道的事。',
      hiddenOfficer:
        '小镇的面板（档案、事件、图表）在你下班后打开：它们显示的真相，正是你审理时看不到的。',
      problem(
        problem: RoleProblem,
        name: (protagonist: string) => string,
        why: (refusal: MoveRefusal) => string,
      ): string {
        switch (problem.kind) {
          case 'notOffered':
            return `这个情景没有${ROLE_NAMES[problem.role]}角色，所以你以观察者身份旁观。`;
          case 'notCast':
            return problem.protagonist === undefined
              ? '小镇里没有人能扮演这个角色，所以你以观察者身份旁观。'
              : `小镇里没有人符合“${name(problem.protagonist)}”这个角色，所以你以观察者身份旁观。换一个种子就是另一个小镇。`;
          case 'replayFailed':
            return `你保存的第 ${problem.move} 个操作（第 ${problem.day} 天）没能重做（${why(problem.refusal)}），它和之后的操作都已放弃；运行从最后一个能重做的操作继续。`;
        }
      },
    },
    citizen: {
      youAre: (name: string, label: string) => `你是${name}，${label}。`,
      mapHint:
        '地图上，紫色双圈中的人就是你。你只能看到自己所知道的小镇：别人的等级和名单对你是隐藏的。',
      endedOn: (day: number, kind: EndingKind) =>
        `你的故事在第 ${fmt(day)} 天结束：${kind === 'win' ? '你成功了' : kind === 'lose' ? '你失败了' : '时间用完了'}。`,
      seeEnding: '查看结局',
      goals: '你的目标',
      loseGoal: '避免：',
      metOn: (day: number) => `第 ${fmt(day)} 天达成`,
      missedOn: (day: number) => `第 ${fmt(day)} 天错过`,
      byDay: (day: number) => `第 ${fmt(day)} 天之前`,
      anyDay: '任何一天',
      thisWeek: '本周',
      today: '今天',
      runOver: '运行已经结束。你的结局在上方。',
      notDecisionDay: (day: number) => `你下一次选择在第 ${fmt(day)} 天。请等到那天再选。`,
      unavailable: (why: string) => `现在不行：${why}`,
      chosen: (label: string) => `你的选择：${label}。`,
      nothingChosen: '你什么也没选：你将什么也不做。',
      clearChoice: '改为什么也不做',
      refused: (error: string) => `这个选择被拒绝了：${error}`,
      waitUntil: (day: number) => `等到第 ${fmt(day)} 天`,
      liveDay: (day: number) => `度过第 ${fmt(day)} 天`,
      liveDays: (from: number, to: number) => `度过这一周（第 ${fmt(from)}–${fmt(to)} 天）`,
      answer: text.roles.citizen.answer,
      whyNot: text.roles.citizen.whyNot,
    },
    knows: {
      heading: '你知道的事',
      disclosure: {
        full: '规则是公开的：你会被告知自己的分数、等级以及变化的原因。',
        reasons: '你会被告知自己的分数，事后也会被告知变化的原因。',
        score: '你会被告知自己的分数，但从不告诉你原因。',
        nothing: '什么都不告诉你：直到某件事被拒绝，你才会发现。',
      } satisfies Record<CitizenView['disclosure'], string>,
      score: '分数和等级',
      scoreUnknown: '没有告诉你。',
      scoreKnown: (score: number, grade: string) =>
        grade ? `${fmt(Math.round(score))} 分，等级 ${grade}` : `${fmt(Math.round(score))} 分`,
      lists: '你知道自己在哪些名单上',
      noLists: '就你所知，一个也没有。',
      businessList: (label: string) => `${label}（你的企业）`,
      listKnown: (label: string, day: number, how: CitizenView['lists'][number]['how']) =>
        `${label}：第 ${fmt(day)} 天${
          {
            told: '有人告诉了你',
            refused: '你在被拒绝时发现',
            notice: '你收到了警告',
            published: '你看到自己的名字被公布',
          }[how]
        }。`,
      appeal: '你的申诉',
      noAppeal: '你还没有申诉。',
      appealState: (
        label: string,
        filed: number,
        status: 'waiting' | 'granted' | 'refused',
        decided: number | null,
      ) =>
        `针对${label}，第 ${fmt(filed)} 天提出：${
          status === 'waiting'
            ? '等待决定'
            : `第 ${fmt(decided ?? filed)} 天${status === 'granted' ? '获准' : '被驳回'}`
        }。`,
      debts: '你欠下的',
      noDebts: '没有。',
      debt: (label: string, n: number) => (n === 1 ? label : `${label}（×${fmt(n)}）`),
      messages: '你收到的答复',
      noMessages: '还没有。',
      dated: (day: number, text: string) => `第 ${fmt(day)} 天：${text}`,
      refusals: '对你的拒绝',
      noRefusals: '还没有什么被拒绝。',
      refusal: (day: number, label: string, throughFamily: boolean) =>
        `第 ${fmt(day)} 天：${label}${throughFamily ? '（因为你家里的某个人）' : ''}`,
      notices: '警告',
      noNotices: '没有警告。',
      notice: (day: number, label: string) => `第 ${fmt(day)} 天：你可能被列入${label}。`,
      told: '告诉过你的',
      noTold: '没有。',
      toldReason: (day: number, reason: string, points: number) =>
        `第 ${fmt(day)} 天：${reason}（${points > 0 ? '+' : points < 0 ? '−' : ''}${fmt(Math.abs(points))} 分）`,
      apologies: '你的道歉',
      noApologies: '没有。',
      apology: (day: number, accepted: boolean) =>
        `第 ${fmt(day)} 天：${accepted ? '被认为有诚意' : '被认为没有诚意'}`,
      acts: '你做过的事',
      noActs: '还没有。',
      earlier: (n: number) => `以及更早的 ${count(n, '条')}`,
    },
    officer: {
      supervisor: '你的上级',
      grantRate: (granted: number, decisions: number, max: number) =>
        decisions === 0
          ? `还没有决定。批准比例最多 ${percentOf(max)}。`
          : `你批准了 ${fmt(decisions)} 项中的 ${fmt(granted)} 项（${percentOf(granted / decisions)}）；局里要求最多 ${percentOf(max)}。`,
      wait: (oldest: number, longestDecided: number, max: number) =>
        `任何申诉等待都不得超过 ${count(max, '天')}：最久的未决申诉已等 ${fmt(oldest)} 天，你决定过的最长等待 ${fmt(longestDecided)} 天。`,
      pressureState: { none: '尚无', met: '达标', missed: '未达标' },
      queue: (day: number, n: number) => `第 ${fmt(day)} 天：${count(n, '项')}申诉等待中`,
      quota: (done: number, quota: number) => `今天已决定：${fmt(done)} / ${fmt(quota)}`,
      refused: (error: string) => `这个决定被拒绝了：${error}`,
      empty: '没有等待中的申诉。结束这一天，或者等待下一项申诉。',
      seeDebrief: '查看你的总结',
      endDay: (next: number) => `结束这一天（进入第 ${fmt(next)} 天）`,
      waitForAppeal: '等待下一项申诉',
      finish: '结束并查看总结',
      who: (age: number, occupation: string) => `${fmt(age)} 岁，${occupation.replace(/_/g, ' ')}`,
      listing: (label: string, listed: number, filed: number, waiting: number) =>
        `自第 ${fmt(listed)} 天起在${label}上；第 ${fmt(filed)} 天提出申诉；已等待 ${count(waiting, '天')}。`,
      records: '系统的记录',
      noRecords: '已没有任何记录（已删除或过期）。',
      recordDay: '天',
      recordWhat: '记录',
      recordSource: '来源',
      cause: '原因',
      says: '申诉人的说法',
      hint: '线索：',
      impression: {
        contrite: '看起来很悔悟。',
        defiant: '看起来不服。',
      },
      decideLabel: (name: string) => `决定${name}的申诉`,
      decideHelp: (quota: number) =>
        `批准即移出名单，驳回即维持列入；都在明天生效。每天最多 ${count(quota, '项')}决定。`,
      grant: '批准',
      deny: '驳回',
      decided: (grant: boolean) => (grant ? '已批准：明天生效。' : '已驳回：明天生效。'),
      plea: text.roles.officer.plea,
      clue: text.roles.officer.clue,
    },
    planner: {
      problem: text.roles.planner.problem,
      target: '你的目标',
      measured: (metric: string, over: 'lastMonthVsFirstMonth' | 'vsBaseline') =>
        over === 'lastMonthVsFirstMonth'
          ? `以“${metric}”衡量：运行最后 30 天对比最初 30 天。`
          : `以“${metric}”衡量：整个运行期间你的规则对比情景原有规则，同一个小镇、同一个种子。`,
      step1: '1. 修改规则',
      mayChange: (parts: string[]) => `你可以修改：${parts.join('、')}。`,
      fixedParts: (parts: string[]) => `不可修改：${parts.join('、')}。`,
      rulesInvalid: '规则编辑器里有问题：运行前请先修正。',
      rulesEdited: '你的方案：你修改后的规则。',
      rulesAsShipped: '你的方案：原样的规则（还没有修改）。',
      openEditor: '编辑规则',
      closeEditor: '回到地图',
      editorLocked: '老师为这节课锁定了规则编辑器。',
      step2: '2. 下注',
      betsHelp:
        '运行之前，预测你的规则会带来什么：目标的变化，以及每项代价相对情景原有规则的变化。',
      betTarget: (metric: string) => `目标：${metric}`,
      betCost: (metric: string) => `代价：${metric}`,
      percentChange: (share: number) => signedPercent(share),
      step3: '3. 运行一年',
      runHelp: '你的规则和情景原有规则在同一个小镇、同一个种子上后台运行：页面始终可用。',
      run: '运行方案',
      runAgain: '再次运行方案',
      runningLabel: '正在运行你的规则和情景原有规则……',
      elapsed: (seconds: number) => `${seconds.toFixed(0)} 秒`,
      cancel: '取消',
      verdictMet: '目标达成。',
      verdictMissed: '目标未达成。',
      measuredChange: (change: number | null) =>
        change === null ? '无法衡量变化。' : `实测：${signedPercent(change)}。`,
      openDebrief: '打开总结',
      planAgain: '重新规划',
      blocked: {
        noTown: '请先开始情景。',
        draftInvalid: '规则编辑器里有问题：修正后再运行。',
      },
      invalid: (which: 'baseline' | 'plan', message: string) =>
        `${which === 'plan' ? '你的规则' : '情景'}无法运行：${message}`,
      failed: (message: string) => `运行失败：${message}`,
      parts: SECTION_NAMES,
    },
    stage: {
      close: '关闭',
    },
    ending: {
      eyebrow: (name: string, day: number) => `${name} · 结局 · 第 ${fmt(day)} 天`,
      title: {
        win: '你做到了',
        lose: '你没能做到',
        timeout: '时间用完了',
      } satisfies Record<EndingKind, string>,
      goals: '你的目标',
      truth: '真相',
      truthIntro:
        '现在可以说出真相了：你做了什么，系统记录了什么，随后发生了什么。其中有些你从来不知道。',
      openDossier: '打开你的完整档案',
      playAgain: '再玩一次',
      otherRole: '选择其他角色',
    },
    story: text.roles.story,
    refusal: text.roles.refusal,
    debrief: {
      eyebrow: (day: number) => `申诉办公室 · 第 ${fmt(day)} 天`,
      title: '你下班了',
      lead: (decisions: number, wrongStood: number, rightFell: number) =>
        decisions === 0
          ? '你没有决定任何申诉。'
          : `你决定了 ${count(decisions, '项')}申诉。${count(wrongStood, '项')}错误的列入因为你驳回而维持；${count(rightFell, '项')}正确的列入因为你批准而撤销。`,
      wrongStood: '维持了的错误列入',
      wrongStoodNote: '驳回了，尽管列入是错的',
      rightFell: '撤销了的正确列入',
      rightFellNote: '批准了，尽管列入是对的',
      correct: '判断正确',
      correctNote: (decisions: number) => `共 ${count(decisions, '项')}决定`,
      backlog: '仍在等待',
      backlogNote: (wrongful: number, oldest: number) =>
        `其中 ${fmt(wrongful)} 项是错误列入；最久的已等 ${count(oldest, '天')}`,
      waited: '平均等待时间',
      days: (days: number) => `${days.toFixed(1)} 天`,
      waitedNote: (max: number) => `最长 ${count(max, '天')}`,
      granted: '批准',
      grantedNote: (denied: number) => `驳回 ${fmt(denied)} 项`,
      supervisor: '上级的指标',
      grantRateVerdict: (rate: number | null, max: number, met: boolean | null) =>
        rate === null
          ? `批准比例最多 ${percentOf(max)}：你没有做任何决定。`
          : `批准比例最多 ${percentOf(max)}：你批准了 ${percentOf(rate)}，${met ? '在指标之内' : '超过了指标'}。`,
      waitVerdict: (longest: number, max: number, met: boolean | null) =>
        `任何申诉等待都不超过 ${count(max, '天')}：最长等待 ${count(longest, '天')}，${met ? '在指标之内' : '超过了指标'}。`,
      pressureNote: '低批准率让局里满意；它并不能说明列入是否正确。',
      casesHeading: '你决定的每一项申诉，以及真相',
      casesCaption: '已决定的申诉（最新的在前），以及列入是否错误',
      noCases: '你没有决定任何申诉。',
      col: {
        day: '天',
        appellant: '申诉人',
        list: '名单',
        decision: '你的决定',
        truth: '真相',
        waited: '等待（天）',
      },
      grantedCell: '批准',
      deniedCell: '驳回',
      wrongfulCell: '错误列入',
      rightfulCell: '正确列入',
      rightCall: ' · 判断正确',
      wrongCall: ' · 判断错误',
      openTown: '打开小镇的面板',
      playAgain: '再玩一次',
      otherRole: '选择其他角色',
    },
    verdict: {
      eyebrow: '规划者的总结',
      met: '目标达成',
      missed: '目标未达成',
      notCounted: '不计入',
      lockedChanged: (parts: string[]) =>
        `你的方案修改了${parts.join('、')}，而这个情景规定这些不可修改：请在规则编辑器里撤销这些修改后重新运行。`,
      assumptionsChanged: (parts: string[]) =>
        `你的方案修改了${parts.join('、')}：也就是人们受到惩罚或看到别人受罚后如何反应。这是对人的假设，而不是任何人能制定的规则。只有人们真的这样反应，这个结果才成立；把${parts.join('、')}恢复原样再运行一次，就能看到单靠规则能达到什么。`,
      measured: '实测变化',
      percent: (share: number | null) => (share === null ? '—' : signedPercent(share)),
      aimed: (change: number) => `目标：${signedPercent(change)}`,
      yourBet: '你的下注',
      betOff: (change: number | null, bet: number) =>
        change === null
          ? '无从比较'
          : `与实际相差 ${Math.round(Math.abs(change - bet) * 100)} 个百分点`,
      ownRules: '情景原有规则之下',
      totals: (value: number) => fmt(Math.round(value)),
      ownRulesNote: (over: 'lastMonthVsFirstMonth' | 'vsBaseline', plan: number) =>
        over === 'lastMonthVsFirstMonth'
          ? '如果你什么都不改，同样的衡量结果'
          : `总计；在你的方案下为 ${fmt(Math.round(plan))}`,
      costs: '代价',
      costsCaption: '每项代价在情景原有规则下和你的方案下的数值，以及你的下注',
      col: {
        cost: '代价',
        baseline: '原有规则',
        plan: '你的方案',
        change: '变化',
        bet: '你的下注',
      },
      kind: { flow: '整个运行期间', stock: '运行结束时' } satisfies Record<
        'flow' | 'stock',
        string
      >,
      costsNote:
        '两次运行共用同一个小镇、同一个种子和每个人的随机抽取：每一处差异都由你的规则造成。',
      number: (value: number) => fmt(Math.round(value * 10) / 10),
      fromZero: (diff: number) => (diff === 0 ? '没有变化' : `从无到 ${fmt(diff)}`),
      facts: (seed: number, days: number, ms: number) =>
        `种子 ${seed} · ${count(days, '天')} · 两次运行用时 ${(ms / 1000).toFixed(1)} 秒`,
      back: '回到规划',
      planAgain: '重新规划',
    },
    chart: {
      baseline: '情景原有规则',
      plan: '你的方案',
      axis: '每天数值，最近 30 天平均；横轴为天数。',
      number: (value: number) => fmt(Math.round(value * 10) / 10),
      summary: (metric: string, b0: number, b1: number, p0: number, p1: number) =>
        `${metric}每天（最近 30 天平均）：情景原有规则下从 ${b0.toFixed(1)} 到 ${b1.toFixed(1)}；你的方案下从 ${p0.toFixed(1)} 到 ${p1.toFixed(1)}。`,
    },
    metrics: {
      names: {
        listed: '名单上的人',
        wrongfulListings: '被错误列入的人',
        newWrongfulListings: '错误列入',
        familiesAffected: '因他人而受牵连的家庭',
        speechActs: '言论（发帖和交谈）',
        appealBacklog: '等待中的申诉',
        appealsFiled: '提出的申诉',
        appealsGranted: '获准的申诉',
        flightRefusals: '被拒绝的机票',
        trainRefusals: '被拒绝的火车票',
        schoolRefusals: '被拒绝的入学名额',
        refusals: '拒绝',
        harmfulActs: '有害行为',
        civicActs: '公益行为',
        meanScore: '平均分',
        meanFear: '平均恐惧',
        sanctioned: '受惩戒的人',
      } as Record<string, string>,
      acts: (label: string) => `行为：${label}`,
      listedOn: (label: string) => `在${label}上`,
    },
  },
};

/** 打印报告中的关键数据名称（运行摘要的键）。 */
const REPORT_FIGURES: Record<string, string> = {
  finalMeanScore: '当前平均分',
  finalListed: '当前在名单上的人数',
  totalNewListings: '列入名单次数',
  totalNewWrongfulListings: '错误列入次数',
  wrongfulShare: '错误列入占全部列入的比例',
  totalFlightRefusals: '被拒购机票次数',
  totalTrainRefusals: '被拒购火车票次数',
  totalSchoolRefusals: '被拒入学次数',
  totalSanctionsApplied: '实施的惩戒',
  finalFamiliesAffected: '当前因他人受牵连的家庭',
  totalAppealsFiled: '提出的申诉',
  totalAppealsGranted: '获准的申诉',
  finalAppealBacklog: '当前待处理的申诉',
};

const SECTION_INTROS: Record<string, string> = {
  scoring: '积分如何累加成分数，以及多少分对应哪个等级。',
  rules: '每条规则把一条被记录的行为换算成分数。收起的规则读起来是一句话；展开即可修改。',
  lists: '黑名单和红名单：谁会被列入、列入多久、如何移出。',
  consequences: '等级或名单对一个人意味着什么：拒绝服务、降低服务、公开点名，或者奖励。',
  jointPunishment: '是否每个机构都对某一名单上的人实施各自的惩戒。',
  opacity: '人们会被告知哪些关于自己分数和列入名单的信息，以及是否会事先收到警告。',
  appeals: '谁会申诉、每天能审理多少申诉、需要多长时间、成功率有多高。',
  adaptation: '人们在受到惩戒或看到别人受惩戒之后，会如何改变自己的行为。',
};

/** 字段名称，按其在 schema 中的键。 */
const FIELD_LABELS: Record<string, string> = {
  model: '计分模型',
  start: '初始分数',
  min: '最低分',
  max: '最高分',
  recoveryPerDay: '每天恢复',
  factors: '隐藏因素',
  grades: '等级',
  id: '标识',
  label: '名称',
  weight: '权重',
  from: '来自',
  on: '触发行为',
  when: '仅当',
  points: '分值',
  area: '领域',
  reason: '给出的理由',
  told: '是否告知',
  capGrade: '等级上限',
  kind: '类型',
  subject: '列入对象',
  entry: '列入条件',
  graceDays: '列入前的天数',
  durationDays: '期限',
  removal: '移出',
  onSettle: '履行后移出',
  settleDelayDays: '从履行到移出的天数',
  onExpiry: '期满后移出',
  onAppeal: '申诉获准后移出',
  published: '公示姓名',
  effect: '效果',
  service: '服务',
  agency: '机构',
  lists: '名单',
  spillover: '波及',
  lingerDays: '移出名单后的延续天数',
  jointPunishment: '联合惩戒',
  disclosure: '告知人们的内容',
  noticeBeforeListing: '列入前警告',
  noticeDays: '警告天数',
  enabled: '允许申诉',
  fileRate: '申诉率（知道原因）',
  fileRateUnclear: '申诉率（不知道原因）',
  capacityPerDay: '每天审理的申诉数',
  reviewDays: '审理时间',
  grantIfWrong: '错误列入时获准的概率',
  grantIfRight: '正确列入时获准的概率',
  sincerityWeight: '“真诚度”的权重',
  sanctionsDuringReview: '审理期间的惩戒',
  punished: '受惩戒后的恐惧',
  witnessed: '看到惩戒后的恐惧',
  opaqueSpread: '不透明规则下恐惧的扩散',
  rewardSeeking: '追求奖励',
};

/** 少数在 schema 中没有描述的字段的说明。 */
const FIELD_HELP: Record<string, string> = {
  kind: '对名单而言：黑名单（惩戒）或红名单（奖励）。对后果而言：惩戒或奖励。',
  subject: '谁可以被列入这个名单：个人或企业。',
  enabled: '被列入名单的人是否可以申诉。',
  sanctionsDuringReview: 'stay：审理期间惩戒继续有效；suspend：惩戒暂停，直到审理结束。',
  grades: '适用的等级标识。',
};

const UNIT_NAMES: Record<string, string> = {
  probability: '概率（0–1）',
  share: '比例（0–1）',
  days: '天',
  day: '天',
  points: '分',
  'points/day': '分/天',
  people: '人',
  weight: '权重',
  '×': '倍',
  '¥/year': '元/年',
  '¥': '元',
  years: '岁',
  'appeals/day': '件申诉/天',
  'fear/day': '恐惧/天',
  children: '个孩子',
  friends: '个朋友',
  names: '个名字',
  employees: '名员工',
};

const OPTION_NAMES: Record<string, Record<string, string>> = {
  disclosure: {
    full: 'full：规则公开',
    reasons: 'reasons：事后告知原因',
    score: 'score：只告知分数',
    nothing: 'nothing：被拒绝时才知道',
  },
  spillover: { none: '不波及他人', children: '其子女', household: '其全家' },
  model: { ledger: 'ledger（按行为计分）', weighted: 'weighted（隐藏因素加权）' },
  sanctionsDuringReview: { stay: '继续有效', suspend: '暂停执行' },
  kind: {
    blacklist: 'blacklist：黑名单',
    redlist: 'redlist：红名单',
    sanction: 'sanction：惩戒',
    reward: 'reward：奖励',
  },
  subject: { person: 'person：个人', business: 'business：企业' },
  area: {
    government: 'government：政务诚信',
    commercial: 'commercial：商务诚信',
    societal: 'societal：社会诚信',
    judicial: 'judicial：司法公信',
  },
  effect: {
    refuse: 'refuse：拒绝服务',
    slow: 'slow：降低服务',
    rate: 'rate：更差的利率',
    discount: 'discount：优惠',
    name: 'name：公开点名',
    boost: 'boost：更多曝光',
  },
  from: {
    record: 'record：负面记录',
    income: 'income：收入',
    age: 'age：身份稳定性',
    friends: 'friends：朋友的平均分',
    civic: 'civic：好人好事',
    online: 'online：上网与网上言论',
  },
  service: {
    flight: 'flight：机票',
    train: 'train：高铁票',
    school: 'school：入学',
    job: 'job：工作',
    loan: 'loan：贷款',
    internet: 'internet：网络',
    dating: 'dating：婚恋网站',
    rent: 'rent：租房',
    energy: 'energy：能源费用',
    bike: 'bike：公共自行车',
    property: 'property：房产',
  },
};

const ROW_NOUNS: Record<string, string> = {
  rules: '一条规则',
  lists: '一个名单',
  consequences: '一项惩戒或奖励',
  grades: '一个等级',
  factors: '一个因素',
};

const SERVICE_REFUSED: Record<string, string> = {
  flight: '被拒购机票',
  train: '被拒购火车票',
  school: '被拒入学',
};

/**
 * 编辑器中字段的说明，以 schema 中的英文描述为键（像 gettext 那样按原文查找）：
 * schema 改了措辞时，显示英文原文而不是过时的译文。
 */
const FIELD_DESCRIPTIONS: Record<string, string> = {
  'ledger: points added and deducted per act (Rongcheng); weighted: an opaque score from hidden factor weights (Sesame).':
    'ledger：按每次行为加分和扣分（荣成模式）；weighted：由隐藏的因素权重得出的不透明分数（芝麻信用模式）。',
  'Starting score.': '初始分数。',
  'Lowest possible score.': '可能的最低分。',
  'Highest possible score.': '可能的最高分。',
  'Points restored each day toward the start score (credit repair).':
    '每天向初始分数恢复的分值（信用修复）。',
  'An identifier: lower-case letters, digits and _ (e.g. bad_driving).':
    '标识：小写字母、数字和 _（例如 bad_driving）。',
  'Factor name shown to the person (the weights are not).': '向本人展示的因素名称（权重不展示）。',
  'Hidden weight of this factor.': '这个因素的隐藏权重。',
  'record: the person’s negative record; income: earnings; age: identity stability; friends: friends’ mean score; civic: good deeds; online: time and talk online.':
    'record：本人的负面记录；income：收入；age：身份稳定性；friends：朋友的平均分；civic：好人好事；online：上网时间和网上言论。',
  'Grade name, e.g. AAA, B, D.': '等级名称，例如 AAA、B、D。',
  'Lowest score in this grade.': '这个等级的最低分。',
  'What the grade means, in plain words.': '用平实的话说明这个等级的含义。',
  'The behaviour whose recorded event triggers this rule.': '被记录后会触发这条规则的行为。',
  'A condition in CEL, e.g. `person.age >= 18 && record.count30 >= 2`. Variables: person, record, event.':
    '用 CEL 写的条件，例如 `person.age >= 18 && record.count30 >= 2`。可用变量：person、record、event。',
  'Points added (negative: deducted).': '加的分数（负数表示扣分）。',
  'Area of the planning outline this rule belongs to.': '这条规则属于规划纲要的哪个领域。',
  'The reason as the person would be told it.': '告知本人时所用的理由。',
  'Override the opacity setting: is the person told this rule fired?':
    '覆盖透明度设置：这条规则触发时是否告知本人？',
  'Drop the person to at most this grade (e.g. drunk driving caps at C).':
    '把此人的等级降到最多为这一级（例如醉驾最高只能是 C）。',
  'Name of the list ("defaulters’ blacklist").': '名单的名称（如“失信被执行人名单”）。',
  'Recorded behaviours that put someone on the list.': '被记录后会让人被列入这个名单的行为。',
  'A condition checked daily for anyone whose record changed.': '每天对记录有变化的人检查的条件。',
  'Days between the act and listing (time to settle first).':
    '从行为发生到列入名单之间的天数（先给时间履行）。',
  'How long an entry stays.': '一次列入持续多久。',
  'Removed when the obligation is settled (debt paid).': '履行义务（还清债务）后移出。',
  'Days from settling to removal.': '从履行到移出的天数。',
  'Removed when the duration ends.': '期满后移出。',
  'Removed when an appeal is granted.': '申诉获准后移出。',
  'Names are published (public naming).': '公示姓名（公开点名）。',
  'What happens, in plain words ("refused flight tickets").':
    '用平实的话说明会发生什么（如“被拒购机票”）。',
  'refuse: service denied; slow: degraded (internet); rate: worse loan rate; discount: cheaper; name: publicly named; boost: more visibility (dating).':
    'refuse：拒绝服务；slow：降低服务（网络）；rate：更差的贷款利率；discount：更便宜；name：公开点名；boost：更多曝光（婚恋）。',
  'A service a person tries to use; sanctions refuse or degrade it.':
    '一个人想使用的服务；惩戒会拒绝或降低这项服务。',
  'The agency that applies it (joint punishment counts agencies).':
    '实施它的机构（联合惩戒按机构计数）。',
  'Applies to people on any of these lists.': '适用于在这些名单中任一名单上的人。',
  'Applies to people in any of these grades.': '适用于处在这些等级中任一等级的人。',
  'Also applies to the listed person’s children or whole household (e.g. school refusals).':
    '同样适用于被列入者的子女或全家（例如拒绝入学）。',
  'Days the agency keeps applying it after the person leaves the list.':
    '此人移出名单后，机构继续实施它的天数。',
  'Agencies share lists: every sanction attached to a list is applied by its agency. Off: only the court’s own sanctions apply.':
    '各机构共享名单：名单所附的每项惩戒都由相应机构实施。关闭时：只实施法院自己的惩戒。',
  'full: the rules are public; reasons: told why after the fact; score: only the score; nothing: learns only when refused.':
    'full：规则公开；reasons：事后告知原因；score：只告知分数；nothing：被拒绝时才知道。',
  'People are warned before they are listed.': '列入名单之前先警告本人。',
  'Days between the warning and the listing.': '从警告到列入名单之间的天数。',
  'Daily chance that a person who knows they are listed files an appeal.':
    '知道自己被列入名单的人每天提出申诉的概率。',
  'The same when they do not know why they are listed.': '同上，但本人不知道自己为什么被列入。',
  'Appeals the office reviews per day.': '受理机关每天审理的申诉数。',
  'Days a review takes once started.': '审理开始后需要的天数。',
  'Chance an appeal succeeds when the listing was wrong.': '错误列入时申诉成功的概率。',
  'Chance an appeal succeeds when the listing was right.': '正确列入时申诉成功的概率。',
  'How much a subjective “sincerity” judgment sways the decision (0: none).':
    '主观的“真诚度”判断对裁决的影响有多大（0：没有影响）。',
  'How much a person’s fear rises when they are punished.': '一个人受到惩戒时恐惧增加多少。',
  'How much fear rises when a friend or neighbour is punished.':
    '朋友或邻居受到惩戒时恐惧增加多少。',
  'Daily share of fear that fades.': '每天消退的恐惧比例。',
  'Under opaque rules, how far fear spreads to unscored acts, speech included.':
    '在不透明的规则下，恐惧会在多大程度上扩散到不计分的行为，包括言论。',
  'How much rewards raise civic acts that are scored.': '奖励会让计分的公益行为增加多少。',
};

function defaultWords(value: unknown): string {
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'number') return fmt(value);
  return String(value);
}

/** 规则触发时，本人（或企业业主）会知道什么。 */
const tellingWords: Record<Telling, (business: boolean) => string> = {
  told: (b) => `${b ? '业主' : '本人'}会被告知原因。`,
  notTold: (b) => `${b ? '业主' : '本人'}不会被告知原因。`,
  full: (b) => `${b ? '业主' : '本人'}会被告知原因：规则是公开的。`,
  reasons: (b) => `${b ? '业主' : '本人'}事后会被告知原因。`,
  score: (b) => `${b ? '业主' : '本人'}能看到分数变化，但不知道原因。`,
  nothing: (b) => `${b ? '业主' : '本人'}不会被告知；只有在某项服务被拒绝时才会知道。`,
};

/** 条件中的变量。 */
const SUBJECTS: Record<string, string> = {
  'person.age': '其年龄',
  'person.income': '其年收入（元）',
  'person.score': '其分数',
  'person.grade': '其等级',
  'person.occupation': '其职业',
  'person.district': '其所在街区',
  'person.children': '其子女数',
  'person.debts': '其未偿债务',
  'person.fear': '其恐惧程度（0 至 1）',
  'event.behaviour': '该行为',
  'event.source': '来源',
};
const RECORD_SPANS: Record<string, string> = {
  count30: '在过去 30 天内',
  count365: '在过去 365 天内',
  total: '总共',
};
const COMPARE_WORDS: Record<CompareOp, string> = {
  '>=': '至少为 ',
  '>': '大于 ',
  '<=': '至多为 ',
  '<': '小于 ',
  '==': '为 ',
  '!=': '不为 ',
  in: '为以下之一：',
};
const RECORD_WORDS: Record<CompareOp, string> = {
  '>=': '至少 ',
  '>': '多于 ',
  '<=': '至多 ',
  '<': '少于 ',
  '==': '恰好 ',
  '!=': '不是 ',
  in: '以下数目之一：',
};

function conditionWords(c: ConditionPhrase, business: boolean): string {
  const subject = business ? '该企业' : '此人';
  switch (c.kind) {
    case 'all':
    case 'any': {
      const parts = c.parts.map((p) =>
        (p.kind === 'all' || p.kind === 'any') && p.kind !== c.kind
          ? `（${conditionWords(p, business)}）`
          : conditionWords(p, business),
      );
      return joinWords(parts, c.kind === 'all' ? '并且' : '或');
    }
    case 'not':
      return c.part.kind === 'flag' && c.part.subject.field === 'listed'
        ? `${subject}不在任何名单上`
        : `并非${conditionWords(c.part, business)}`;
    case 'flag':
      return c.subject.field === 'listed'
        ? `${subject}在某个名单上`
        : `${c.subject.scope}.${c.subject.field} 为真`;
    case 'compare': {
      const value = Array.isArray(c.value)
        ? joinWords(c.value.map(literalWords), '或')
        : literalWords(c.value);
      if (c.subject.scope === 'record') {
        const span = RECORD_SPANS[c.subject.field] ?? `（${c.subject.field}）`;
        return `${subject}${span}有${RECORD_WORDS[c.op]}${value} 条此类记录`;
      }
      const key = `${c.subject.scope}.${c.subject.field}`;
      return `${SUBJECTS[key] ?? key}${COMPARE_WORDS[c.op]}${value}`;
    }
    case 'code':
      return `条件“${c.code}”成立`;
  }
}

function literalWords(value: string | number | boolean): string {
  if (typeof value === 'number') return fmt(value);
  if (typeof value === 'boolean') return value ? '是' : '否';
  return `“${value}”`;
}

/** "甲"、"甲或乙"、"甲、乙或丙"。 */
function joinWords(items: string[], word: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join('、')}${word}${items[items.length - 1]}`;
}

/** 句中的角色名称。 */
const ROLE_NAMES: Record<RoleKind, string> = {
  observer: '观察者',
  citizen: '公民',
  planner: '规划者',
  appealsOfficer: '申诉审理员',
};

/** 比例写成整数百分比：0.1 → "10%"。 */
function percentOf(share: number): string {
  return `${fmt(Math.round(share * 100))}%`;
}

/** 变化写成带符号的百分比：−0.3 → "−30%"，0 → "0%"。 */
function signedPercent(share: number): string {
  const rounded = Math.round(share * 100);
  return `${rounded > 0 ? '+' : rounded < 0 ? '−' : ''}${fmt(Math.abs(rounded))}%`;
}
