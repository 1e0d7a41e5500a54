/** 提交作业与全班结果（src/ui/class）的文字：简体中文。Same keys as class.en.ts. */
import type { HandInProblem } from '../../export/handIn';
import type { ClassProblem } from '../../export/classResults';
import type { ClassStorageNote } from '../../store/classStore';
import type { Messages } from './types';

const n = (value: number) => value.toLocaleString('zh-CN');

function handInProblem(problem: HandInProblem): string {
  switch (problem.kind) {
    case 'tooLarge':
      return `文件太大（${n(Math.round(problem.bytes / 1000))} KB；作业最多 ${n(problem.max / 1000)} KB）`;
    case 'notJson':
      return '不是作业：文件不是 JSON';
    case 'notHandIn':
      return '不是作业：是另一种 JSON';
    case 'unknownVersion':
      return `版本 ${problem.version} 的作业，本版 Ledgertown 无法读取`;
    case 'badShape':
      return `作业已损坏：${problem.where}：${problem.detail}`;
    case 'tampered':
      return '提交后被改动过：校验码与内容不符';
    case 'codeCut':
      return '代码不完整：请粘贴完整的代码';
    case 'codeBroken':
      return `代码已损坏（${problem.detail}）`;
  }
}

export const classResults: Messages['classResults'] = {
  open: '全班结果',
  openHint: '把全班提交的作业放在一起看：任何内容都不会离开这个浏览器',
  handIn: '提交作业',
  handInHint: '把你的作业保存为文件或代码，发给老师',
  roles: {
    observer: '观察者',
    citizen: '市民',
    planner: '规划者',
    appealsOfficer: '申诉审理员',
  },
  grant: '批准',
  deny: '驳回',
  noChoice: '未选择',
  endings: {
    win: '成功了',
    lose: '没有成功',
    timeout: '时间到了',
    achieved: '达成目标',
    missed: '未达成目标',
    finished: '值班结束',
    none: '仍在进行',
  },

  handInView: {
    title: '提交你的作业',
    close: '关闭',
    noRun: '请先开始一个情景：现在还没有可以提交的内容。',
    name: '你的名字',
    nameHelp: '写老师认识你的名字。只会发送你在这里输入的内容，不含你的其他信息。',
    what: '提交的内容',
    whatItems: [
      '你在上面输入的名字',
      '你的预测和解释',
      '你的角色每周的选择以及结局',
      '你这次运行的关键数字，以及你做过的比较',
      '情景、种子和版本，让老师能看到同一次运行',
    ],
    download: '下载文件',
    code: '或者复制这段代码，粘贴到老师指定的地方',
    codeLabel: '作业代码',
    copy: '复制代码',
    copied: '已复制。',
    copyFailed: '这个浏览器不允许复制：请自己选中代码并复制。',
    saved: (file: string) => `已保存为 ${file}。`,
    summary: (role: string, ending: string | null, answers: number, choices: number) =>
      `${role}${ending ? `——${ending}` : ''}；${n(answers)} 个预测；${n(choices)} 次选择。`,
  },

  view: {
    title: '全班结果',
    close: '关闭',
    print: '打印全班摘要',
    privacy: '作业只在这个浏览器里读取：不会上传任何内容。只有你保存时，全班数据才会留下。',
    add: '添加作业',
    files: '打开作业文件…',
    filesHelp: '可以一次选择多个文件，或拖放到这里（最多 200 名学生）。',
    drop: '把作业文件拖放到这里',
    codes: '或者粘贴作业代码（数量不限，顺序不限）',
    readCodes: '读取代码',
    noCodes: '粘贴的文字中没有找到作业代码（代码以 LTH1. 开头）。',
    tooManyCodes: (max: number) => `只读取了前 ${n(max)} 段代码。`,
    read: (inputs: number, kept: number, rejected: number) =>
      `读取了 ${n(inputs)} 份作业：保留 ${n(kept)} 份，搁置 ${n(rejected)} 份。`,
    empty: '还没有作业。打开学生发来的文件，或粘贴他们的代码。',
    rejectedTitle: '已搁置',
    rejectedHelp: '以下每一项都因所列原因没有被采用；其余的都已保留。',
    source: '来源',
    reason: '原因',
    problem: (problem: ClassProblem): string => {
      if (problem.kind === 'duplicate') return `与 ${problem.of} 是同一份作业`;
      if (problem.kind === 'tooMany') return `一个班超过 ${n(problem.max)} 名学生`;
      return handInProblem(problem);
    },
    code: (i: number) => `代码 ${n(i)}`,
    groups: (count: number) => `这些作业来自 ${n(count)} 个不同的情景或规则集，分开显示；请选择：`,
    split: (ids: string) =>
      `${ids}：同一个情景用了不同的规则集（学生之间内容不同）。这些运行不可比较，因此分开显示。`,
    group: '情景',
    groupOption: (title: string, hash: string, students: number) =>
      `${title}（${hash}）——${n(students)} 名学生`,
    stamp: (students: number, seeds: string) => `${n(students)} 名学生；种子 ${seeds}。`,
    table: '表格',
    tableHide: '隐藏表格',

    predictions: '预测',
    noPredictions: '这个情景没有提交任何预测。',
    answered: (answered: number, students: number) => `${n(students)} 人中 ${n(answered)} 人作答`,
    predicted: '全班的预测',
    observed: '他们的运行结果',
    spread: '不同种子之间',
    matched: (matched: number, answered: number) => `${n(answered)} 人中 ${n(matched)} 人答对`,
    option: '选项',
    students: '学生',
    runs: '运行',
    median: '中位数',
    min: '最低',
    max: '最高',
    count: '人数',
    numberChart: (text: string) =>
      `${text}：每个点是一名学生的预测；色带是不同种子之间的范围，竖线是其中位数。`,

    endingsTitle: '结局',
    noRoles: '没有人扮演角色。',
    endingChart: (role: string) => `${role}：到达每种结局的人数`,
    flowTitle: '从第一步到结局',
    flowChart: (role: string) => `${role}：每条带子把第一步和结局连起来；宽度是学生人数。`,
    firstMove: '第一步',
    ending: '结局',

    figuresTitle: '各次运行并列',
    figuresHelp:
      '每名学生运行的是自己的种子，所以同样的规则会得到不同的数字：分布显示了仅仅偶然就能带来多大差别。',
    figure: '数字',
    figureChart: '每行一个数字；每个点是一名学生的运行；短竖线是中位数。',

    listTitle: '学生',
    sortBy: (column: string) => `按${column}排序`,
    name: '名字',
    seed: '种子',
    role: '角色',
    choices: '选择',
    remove: '移除',
    removeStudent: (name: string) => `从班级中移除 ${name}`,
    unnamed: '（无名字）',

    explanationsTitle: '解释',
    noExplanations: '没有提交任何解释。',
    oneAtATime: '一次一条（投影用）',
    allAtOnce: '全部显示',
    previous: '上一条',
    next: '下一条',
    position: (i: number, count: number) => `第 ${n(i)} 条，共 ${n(count)} 条`,
    projector: '投影配色',

    out: '保存与导出',
    csv: '下载全班 CSV',
    save: '在这个浏览器中保存这个班级',
    forget: '忘记这个班级',
    forgetConfirm: '忘记这个班级？作业会从这个页面和这个浏览器的存储中移除。',
    storageHelp: (key: string) =>
      `只有你保存时才会保存，存放在这个浏览器的存储中，键名为 ${key}；“忘记这个班级”会删除它。`,
    note: (note: ClassStorageNote): string => {
      switch (note.kind) {
        case 'saved':
          return `已保存：${n(note.students)} 名学生。`;
        case 'restored':
          return `已恢复你保存的班级：${n(note.students)} 名学生。`;
        case 'forgotten':
          return '已忘记这个班级：这个浏览器中不再保留任何内容。';
        case 'full':
          return '未保存：这个浏览器的存储已满或拒绝写入。班级仍在页面上；请下载 CSV 保留。';
        case 'unavailable':
          return '未保存：这个浏览器在这里不允许存储。请下载 CSV 保留班级。';
        case 'setAside':
          return `保存的班级无法读取（${note.reason}）；已另存到 ${note.key}，没有删除。`;
        case 'restoredSome':
          return `已恢复你保存的班级，共 ${n(note.students)} 名学生；${n(note.dropped)} 份保存的作业未通过检查，已略去（原文保存在 ${note.key}）。`;
      }
    },
    printed: '打印日期',
    unsaved: '未保存在这个浏览器中。',
    savedNow: '已保存在这个浏览器中。',
  },
};
