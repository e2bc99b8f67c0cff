// The domain model: names follow docs/glossary.md. Plain data, no behaviour.

/** A date in ISO form, YYYY-MM-DD (calendar date, no time zone). */
export type IsoDate = string;

/** 完成时限 / 时间节点: the text as written and, where one is stated, the date it means. */
export type Deadline = {
  text: string;
  date: IsoDate | null;
};

export type ChecklistItemKind = 'section' | 'task' | 'measure';

/** Where an item came from in its source file (1-based line, or table row of the annex). */
export type SourceTrace = {
  line: number;
  tableRow?: number;
  /** The file's own text the item was read from (imports before this field have none). */
  excerpt?: string;
};

/** A line of the source that no item took: shown at review so that nothing is lost unseen. */
export type UnparsedLine = { line: number; text: string };

/** One node of a checklist: a section heading, a 重点任务 (task) or a 改革举措 (measure). */
export type ChecklistItem = {
  id: string;
  parentId: string | null;
  kind: ChecklistItemKind;
  /** The number as printed: "一", "（一）" → "一", "1", "(3)" → "3", annex 序号. */
  number: string;
  title: string;
  text: string;
  leadUnits: string[];
  responsibleUnits: string[];
  supportingUnits: string[];
  /** 责任人, a named person, when the document gives one. */
  owner: string | null;
  deadline: Deadline | null;
  source: SourceTrace;
  /** Further columns of the task-table row the item came from (优化前, 优化后, 压缩比例…), as written. */
  details?: Array<{ label: string; value: string }>;
  /** How owners or deadline were read when the document did not state them beside the item. */
  readAs?: { owners?: ReadingSource; deadline?: ReadingSource };
};

/**
 * Where an item's owners or deadline came from when not stated beside it: a document-wide
 * convention (排在第一位的为牵头单位, 以下均需…负责), a line continued across a page break or blank
 * line, or a guess (a bracketed list of units with no role word). The review marks such items.
 */
export type ReadingSource = 'convention' | 'continuation' | 'guess';

/** One 整改措施 of a rectification plan, with the owners and deadline the plan gives it. */
export type PlanMeasure = { text: string; responsibleUnits: string[]; owner: string | null; deadline: Deadline | null; line: number };

/** 发现问题 as a rectification plan (整改提升方案) states it for one area. */
export type PlanFinding = {
  /** The area heading, e.g. 商事登记. */
  area: string;
  /** 主要问题 split at 一是/二是…, each without its ordinal. */
  problems: string[];
  /** 整改目标, as written. */
  targets: string[];
  measures: PlanMeasure[];
  /** Line of the area heading in the file. */
  line: number;
};

/** 政策文件: an issued document and the checklist taken from it. */
export type PolicyDocument = {
  id: string;
  title: string;
  /** 文号, e.g. 洛政办〔2021〕39号. */
  docNumber: string | null;
  /** Where the document was published, when the file gives its address (compilations). */
  url: string | null;
  /** 发文机关. */
  issuer: string | null;
  /** 成文日期. */
  issuedOn: IsoDate | null;
  /** 印发日期, when the 版记 states it. */
  printedOn: IsoDate | null;
  /** Paragraphs after the last measure (工作要求, 施行日期…), kept verbatim. */
  closingText: string[];
  items: ChecklistItem[];
  /** The findings a rectification plan states (empty for other documents). */
  findings: PlanFinding[];
  /** Lines no item took (annex paragraphs, rows outside a task table), 1-based in the file. */
  unparsedLines: UnparsedLine[];
  /** Document-wide conventions the reader applied, one line each (已按文件说明：排在第一位的为牵头单位). */
  conventions?: string[];
};

/**
 * 单位名录 entry: a 责任单位 name as a document writes it (`id`, e.g. 市发改委) and the name the
 * user decided it stands for (`canonical`, e.g. 市发展改革委). Learned from the user's merges.
 */
export type UnitAlias = { id: string; canonical: string; mergedAt: string };

/** 被评价单位. */
export type Unit = {
  id: string;
  name: string;
  createdAt: string;
};

/** 落实 / 部分落实 / 未落实 / 不适用. */
export type ImplementationStatus = 'implemented' | 'partial' | 'notImplemented' | 'notApplicable';

export const IMPLEMENTATION_STATUS_LABELS: Record<ImplementationStatus, string> = {
  implemented: '落实',
  partial: '部分落实',
  notImplemented: '未落实',
  notApplicable: '不适用',
};

/** One unit's status on one measure within an evaluation. */
export type Assessment = {
  id: string;
  evaluationId: string;
  unitId: string;
  itemId: string;
  status: ImplementationStatus;
  note: string;
  updatedAt: string;
};

/** How equal values share ranks: 'competition' = Excel RANK.EQ (1, 2, 2, 4); 'dense' = 中国式排名 (1, 2, 2, 3). */
export type TieRule = 'competition' | 'dense';

/** 发现问题: a measure found 未落实 or 部分落实 at a unit, carrying the measure's owners. */
export type Finding = {
  unitId: string;
  unitName: string;
  itemId: string;
  sectionTitle: string;
  measureTitle: string;
  measureText: string;
  status: 'partial' | 'notImplemented';
  note: string;
  leadUnits: string[];
  responsibleUnits: string[];
  supportingUnits: string[];
  /** 责任人 of the measure, when the document names one. */
  owner: string | null;
  deadline: Deadline | null;
  /**
   * The finding as the 整改台账 records it, once it is there: what the ledger says (edited or not)
   * is what a report prints, so a report and the ledger never disagree.
   */
  ledger?: LedgerEntry;
};

/** The fields of a ledger item a report prints in place of those derived from the measure. */
export type LedgerEntry = { problem: string; measures: string; responsibleUnits: string[]; owner: string; deadline: Deadline | null };
