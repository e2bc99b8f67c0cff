// A corpus of 评分标准 written for these tests (not copied from any document), one or more per shape
// real rubrics use, each with the terms it must read to and the points for sample inputs. Points in
// hundredths; `units` are trials of a rule that compares units (all units at once).
import type { InputValue, UnitValues } from '../../domain/rule-model';

export type CorpusEntry = {
  shape: string;
  text: string;
  /** 分值 in points. */
  max: number;
  status: 'read' | 'review';
  /** The term kinds, in order (the old kind's name when the rule is exactly one). */
  kinds: string[];
  trials?: Array<[InputValue, number]>;
  units?: Array<[UnitValues[], number[]]>;
};

export const RULE_CORPUS: CorpusEntry[] = [
  // 1. Several sub-items, each with its own base.
  {
    shape: '分项',
    text: '1.建立问题台账，未建立的每例扣0.5分，共1分。2.按时报送数据（0.5分），未完成的每项扣0.1分。',
    max: 1.5,
    status: 'read',
    kinds: ['deduction', 'deduction'],
    trials: [
      [{ 次数: 1, 次数2: 2 }, 80],
      [{ 次数: 5, 次数2: 0 }, 50],
    ],
  },
  {
    shape: '分项',
    text: '（1）制度建设（2分）：每缺少一项制度扣0.5分；（2）队伍建设（1分）：每缺1名专职人员扣0.5分',
    max: 3,
    status: 'read',
    kinds: ['deduction', 'deduction'],
    trials: [
      [{ 次数: 2, 次数2: 1 }, 150],
      [{ 次数: 10, 次数2: 3 }, 0],
    ],
  },
  {
    shape: '分项',
    text: '①台账规范（1分），每发现1处不规范扣0.2分；②信息公开（2分），每缺少1项公开内容扣0.5分',
    max: 3,
    status: 'read',
    kinds: ['deduction', 'deduction'],
    trials: [
      [{ 次数: 1, 次数2: 1 }, 230],
      [{ 次数: 6, 次数2: 5 }, 0],
    ],
  },
  // A target written as a bare percentage with its points (…率100%得3分), then per-step deductions.
  {
    shape: '线性计分',
    text: '群众诉求按期办结率100%得3分，每下降5个百分点扣1分',
    max: 3,
    status: 'read',
    kinds: ['linear'],
    trials: [
      [100, 300],
      [93, 200],
      [80, 0],
    ],
  },
  // Met-or-not points beside per-count deductions: two readings, so it is reviewed.
  {
    shape: '达成得分与按次扣分',
    text: '数据按期上报的得1.5分，每延迟上报1次扣0.3分',
    max: 1.5,
    status: 'review',
    kinds: ['itemSum', 'occurrence'],
  },
  // Thresholds of one measure written as items: a unit meeting the stricter meets the looser, so one level counts.
  {
    shape: '分级计分',
    text: '不动产登记办理时间压缩至3个工作日以内的得2分，压缩至5个工作日以内的得1分',
    max: 3,
    status: 'read',
    kinds: ['levels'],
    trials: [
      [1, 200],
      [2, 100],
      [0, 0],
    ],
  },
  // A cap written with 本项 before it.
  {
    shape: '多档扣分',
    text: '每发现1处台账不规范扣0.5分，本项最多扣3分',
    max: 5,
    status: 'read',
    kinds: ['deduction'],
    trials: [
      [{ 次数: 2 }, 400],
      [{ 次数: 9 }, 200],
    ],
  },
  // A cap on the sum of several bonus terms (加分累计不超过…): the bonus total, not the last term.
  {
    shape: '加分累计封顶',
    text: '经验做法获省级推广的，每项加3分；获市级推广的，每项加1分。加分累计不超过5分。',
    max: 8,
    status: 'read',
    kinds: ['occurrence'],
    trials: [
      [{ 次数: 1, 次数2: 1 }, 400],
      [{ 次数: 1, 次数2: 4 }, 500],
      [{ 次数: 2, 次数2: 0 }, 500],
    ],
  },
  {
    shape: '加分累计封顶',
    text: '每获一次市级表扬加1分，每获一次省级表扬加2分，每被通报一次扣1分，加分累计不超过3分。',
    max: 5,
    status: 'read',
    kinds: ['occurrence', 'occurrence'],
    trials: [
      [{ 次数: 2, 次数2: 2, 次数3: 1 }, 200],
      [{ 次数: 1, 次数2: 0, 次数3: 0 }, 100],
    ],
  },
  // Bonus terms of two kinds under one cumulative cap: the cap is the rule's ceiling.
  {
    shape: '加分累计封顶',
    text: '以80%为基准，每提高1个百分点加0.2分；每获省级表扬一次加1分；加分累计不超过3分。',
    max: 5,
    status: 'read',
    kinds: ['linear', 'occurrence'],
    trials: [
      [{ 测得值: 90, 次数: 1 }, 300],
      [{ 测得值: 85, 次数: 1 }, 200],
      [{ 测得值: 95, 次数: 1 }, 300],
    ],
  },
  // Facts taken for once (…的扣1分, no 每): yes/no inputs, not counts.
  {
    shape: '一次性扣分',
    text: '未制定年度工作计划的扣1分；工作计划未按时报备的，扣0.5分。',
    max: 2,
    status: 'read',
    kinds: ['deduction'],
    trials: [
      [{ 是否: 1, 是否2: 0 }, 100],
      [{ 是否: 1, 是否2: 1 }, 50],
      [{ 是否: 0, 是否2: 0 }, 200],
    ],
  },
  {
    shape: '一次性扣分',
    text: '每发现一件超期办理扣0.2分，未设立投诉窗口的扣1分，扣完为止',
    max: 2,
    status: 'read',
    kinds: ['deduction'],
    trials: [
      [{ 次数: 3, 是否: 1 }, 40],
      [{ 次数: 20, 是否: 1 }, 0],
    ],
  },
  {
    shape: '一次性加分',
    text: '经验做法被省级部门推广的加1分，被国家部委推广的加2分',
    max: 3,
    status: 'read',
    kinds: ['occurrence'],
    trials: [
      [{ 是否: 1, 是否2: 0 }, 100],
      [{ 是否: 1, 是否2: 1 }, 300],
    ],
  },
  // 2. Several rates, a cap on the deduction, 扣完为止, no floor, 倒扣.
  {
    shape: '多档扣分',
    text: '被国务院通报批评的每次扣2分，被省政府通报批评的每次扣1分，被市政府通报批评的每次扣0.5分，扣完为止',
    max: 5,
    status: 'read',
    kinds: ['deduction'],
    trials: [
      [{ 次数: 1, 次数2: 1, 次数3: 1 }, 150],
      [{ 次数: 3 }, 0],
    ],
  },
  {
    shape: '扣分封顶',
    text: '每发现一例扣0.5分，最多扣2分',
    max: 3,
    status: 'read',
    kinds: ['deduction'],
    trials: [
      [2, 200],
      [6, 100],
    ],
  },
  {
    shape: '扣分封顶',
    text: '工单未按时签收的，每件扣0.1分，累计最多扣1分',
    max: 2,
    status: 'read',
    kinds: ['deduction'],
    trials: [
      [3, 170],
      [40, 100],
    ],
  },
  {
    shape: '不封顶',
    text: '每发现一起违规办理扣1分，扣分不封顶',
    max: 2,
    status: 'read',
    kinds: ['deduction'],
    trials: [
      [3, -100],
      [1, 100],
    ],
  },
  {
    shape: '倒扣',
    text: '未按期办结的每件扣0.2分，可倒扣',
    max: 1,
    status: 'read',
    kinds: ['deduction'],
    trials: [
      [7, -40],
      [0, 100],
    ],
  },
  {
    shape: '基础分扣分',
    text: '基础分为3分，发现一例未在线上办理的扣0.5分，扣完为止。',
    max: 3,
    status: 'read',
    kinds: ['deduction'],
    trials: [
      [2, 200],
      [9, 0],
    ],
  },
  {
    shape: '基础分扣分',
    text: '基础分2分，系统中出现一例逾期办件扣0.2分。',
    max: 2,
    status: 'read',
    kinds: ['deduction'],
    trials: [
      [3, 140],
      [20, 0],
    ],
  },
  // 3. Threshold then linear (a fixed target or a statistic of all units).
  {
    shape: '达标线性',
    text: '办结率达到95%的得满分，每低1个百分点扣0.5分，扣完为止',
    max: 3,
    status: 'read',
    kinds: ['linear'],
    trials: [
      [95, 300],
      [92.5, 175],
      [80, 0],
    ],
  },
  // A cut-off past which the deduction gives nothing: 85 keeps what the deduction leaves, 84 scores 0.
  {
    shape: '达标线性截断',
    text: '满意度达到95%及以上的得满分，每降低1个百分点扣0.2分，低于85%不得分',
    max: 5,
    status: 'read',
    kinds: ['linear'],
    trials: [
      [85, 300],
      [84.9, 0],
      [96, 500],
    ],
  },
  {
    shape: '达标线性截断',
    text: '审批平均用时不超过5个工作日的得满分，每超过1个工作日扣0.5分，超过8个工作日不得分',
    max: 3,
    status: 'read',
    kinds: ['linear'],
    trials: [
      [8, 150],
      [8.5, 0],
    ],
  },
  // The same band beside a bonus is not a cut-off of a deduction: flagged.
  {
    shape: '达标线性截断',
    text: '以80%为基准，每提高1个百分点加0.2分，低于60%不得分',
    max: 3,
    status: 'review',
    kinds: ['linear', 'bands'],
  },
  {
    shape: '达标线性',
    text: '按期办结率不低于98%的得3分，每低于1个百分点扣0.3分',
    max: 3,
    status: 'read',
    kinds: ['linear'],
    trials: [
      [98, 300],
      [96, 240],
    ],
  },
  {
    shape: '达标线性',
    text: '平均办理时长不超过5个工作日的得满分，每超过1个工作日扣0.5分',
    max: 2,
    status: 'read',
    kinds: ['linear'],
    trials: [
      [5, 200],
      [7, 100],
      [10, 0],
    ],
  },
  {
    shape: '平均值线性',
    text: '高于全市平均值的得满分，低于平均值的每低1个百分点扣0.2分',
    max: 2,
    status: 'read',
    kinds: ['linear'],
    units: [
      [
        [{ 测得值: 90 }, { 测得值: 80 }, { 测得值: 70 }],
        [200, 200, 0],
      ],
    ],
  },
  {
    shape: '平均值线性',
    text: '以全市平均值加5个百分点为基准，达到基准得2分，每低于基准1个百分点扣0.1分',
    max: 2,
    status: 'read',
    kinds: ['linear'],
    units: [
      [
        [{ 测得值: 80 }, { 测得值: 70 }, { 测得值: 60 }],
        [200, 150, 50],
      ],
    ],
  },
  // 4. Linear bonus above a threshold; stepped.
  {
    shape: '线性加分',
    text: '以80%为基准，每提高1个百分点加0.2分，最高加2分',
    max: 2,
    status: 'read',
    kinds: ['linear'],
    trials: [
      [85, 100],
      [95, 200],
      [70, 0],
    ],
  },
  {
    shape: '分档加分',
    text: '在60%基础上，每提高5个百分点加0.5分，不足一档不计，最多加2分',
    max: 2,
    status: 'read',
    kinds: ['linear'],
    trials: [
      [72, 100],
      [100, 200],
    ],
  },
  // 5. Bands: reach thresholds, 分别 lists, lower-is-better with 含.
  {
    shape: '达到分档',
    text: '达到60%得1分，达到70%得1.5分，达到80%得2分',
    max: 2,
    status: 'read',
    kinds: ['bands'],
    trials: [
      [65, 100],
      [80, 200],
      [50, 0],
    ],
  },
  {
    shape: '分别分档',
    text: '90%、80%、70%以上分别得10、8、6分',
    max: 10,
    status: 'read',
    kinds: ['bands'],
    trials: [
      [85, 800],
      [95, 1000],
      [60, 0],
    ],
  },
  {
    shape: '分别分档',
    text: '95%、90%、85%及以上的分别得3分、2分、1分',
    max: 3,
    status: 'read',
    kinds: ['bands'],
    trials: [
      [92, 200],
      [85, 100],
      [99, 300],
    ],
  },
  {
    shape: '越低越好分档',
    text: '办理时限在3天以内（含）得3分，3至5天（含5天）得2分，5天以上得0分',
    max: 3,
    status: 'read',
    kinds: ['bands'],
    trials: [
      [2, 300],
      [3, 300],
      [5, 200],
      [6, 0],
    ],
  },
  {
    shape: '越低越好分档',
    text: '3、5、7个工作日以内（含）分别得3、2、1分',
    max: 3,
    status: 'read',
    kinds: ['bands'],
    trials: [
      [3, 300],
      [4, 200],
      [7, 100],
      [8, 0],
    ],
  },
  {
    shape: '区间分档',
    text: '比例达到60%-70%（包括60%，不含70%）得1分，70%-80%（包括70%，不含80%）得2分；80%以上（包括80%）得3分。',
    max: 3,
    status: 'read',
    kinds: ['bands'],
    trials: [
      [70, 200],
      [69.99, 100],
      [80, 300],
    ],
  },
  // 6. Points by rank: ranges, from the bottom, a step per rank, the rest, 依次 lists.
  {
    shape: '名次',
    text: '按办件量由高到低排名，第1-3名依次得5分、3分、1分，其余得0.5分',
    max: 5,
    status: 'read',
    kinds: ['rankPoints'],
    units: [[[50, 40, 30, 20, 10].map((v) => ({ 测得值: v })), [500, 300, 100, 50, 50]]],
  },
  {
    shape: '名次',
    text: '第1-3名依次得5、3、1分，其余得0.5分',
    max: 5,
    status: 'read',
    kinds: ['rankPoints'],
    units: [[[9, 8, 7, 6].map((v) => ({ 测得值: v })), [500, 300, 100, 50]]],
  },
  {
    shape: '名次区间',
    text: '1-3名得5分，4-6名得3分，7-10名得1分',
    max: 5,
    status: 'read',
    kinds: ['rankPoints'],
    units: [[[7, 6, 5, 4, 3, 2, 1].map((v) => ({ 测得值: v })), [500, 500, 500, 300, 300, 300, 100]]],
  },
  {
    shape: '名次递减',
    text: '第1名得3分，第2名得2.5分，第3名得2分，第4名起每后退1名扣0.1分',
    max: 3,
    status: 'read',
    kinds: ['rankPoints'],
    units: [[[6, 5, 4, 3, 2, 1].map((v) => ({ 测得值: v })), [300, 250, 200, 190, 180, 170]]],
  },
  {
    shape: '倒数名次',
    text: '第1名得2分，倒数第1名得0分，其余得1分',
    max: 2,
    status: 'read',
    kinds: ['rankPoints'],
    units: [[[4, 3, 2, 1].map((v) => ({ 测得值: v })), [200, 100, 100, 0]]],
  },
  {
    shape: '前N名',
    text: '排名前3名的得2分，其他单位得1分',
    max: 2,
    status: 'read',
    kinds: ['rankPoints'],
    units: [[[5, 4, 3, 2].map((v) => ({ 测得值: v })), [200, 200, 200, 100]]],
  },
  {
    shape: '排名分档',
    text: '基础分为2.5分，按照办件比例划分三个档次，前四名在基础上增加0.5分；中间四名得基础分；最后四名在基础上减0.5分。',
    max: 3,
    status: 'read',
    kinds: ['rankingTiers'],
  },
  // 7. Relative to the best or to the average.
  {
    shape: '比最优',
    text: '最高的得满分，其余按与最高值的比值计分',
    max: 10,
    status: 'read',
    kinds: ['relativeToBest'],
    units: [[[50, 40, 25].map((v) => ({ 测得值: v })), [1000, 800, 500]]],
  },
  {
    shape: '比最优',
    text: '最高的得满分，其余按比例得分',
    max: 5,
    status: 'read',
    kinds: ['relativeToBest'],
    units: [[[50, 40, 25].map((v) => ({ 测得值: v })), [500, 400, 250]]],
  },
  {
    shape: '比平均',
    text: '全市平均值以上得满分，平均值以下按比例得分',
    max: 4,
    status: 'read',
    kinds: ['relativeToBest'],
    units: [[[60, 40, 50].map((v) => ({ 测得值: v })), [400, 320, 400]]],
  },
  {
    shape: '比平均',
    text: '按与全市平均值的比值计分',
    max: 5,
    status: 'read',
    kinds: ['relativeToBest'],
    units: [[[60, 40, 50].map((v) => ({ 测得值: v })), [500, 400, 500]]],
  },
  { shape: '前沿距离', text: '采用前沿距离法计分，时间越短越好。', max: 10, status: 'read', kinds: ['frontier'] },
  // A rate times the points, written as a formula.
  {
    shape: '比率乘分值',
    text: '得分=年度任务完成率×本项分值',
    max: 4,
    status: 'read',
    kinds: ['proportional'],
    trials: [
      [75, 300],
      [100, 400],
    ],
  },
  {
    shape: '比率乘分值',
    text: '按办结率计分，办结率乘以6分',
    max: 6,
    status: 'read',
    kinds: ['proportional'],
    trials: [
      [90, 540],
      [50, 300],
    ],
  },
  {
    shape: '等比例',
    text: '计算各地满意度平均分，按10分的总分进行等比例计分。',
    max: 10,
    status: 'read',
    kinds: ['proportional'],
    trials: [
      [90, 900],
      [66.665, 667],
    ],
  },
  // Levels closed by the one worth nothing (下降的不得分): the same as reaching none.
  {
    shape: '等次',
    text: '营商环境满意度较上年提高的得3分，与上年持平的得1分，较上年下降的不得分',
    max: 3,
    status: 'read',
    kinds: ['levels'],
    trials: [
      [1, 300],
      [2, 100],
      [0, 0],
    ],
  },
  // Grades listed, then their points 分别: one grade per unit.
  {
    shape: '等次分别',
    text: '考评结果分为好、中、差三个等次，分别得6分、4分、1分',
    max: 6,
    status: 'read',
    kinds: ['levels'],
    trials: [
      [1, 600],
      [2, 400],
      [3, 100],
      [0, 0],
    ],
  },
  {
    shape: '等次分别',
    text: '年度测评为A、B、C、D档的，分别计4、3、2、0分',
    max: 4,
    status: 'read',
    kinds: ['levels'],
    trials: [
      [2, 300],
      [3, 200],
      [0, 0],
    ],
  },
  {
    shape: '等次分别',
    text: '按照满意、基本满意和不满意，分别赋3分、1.5分、0分',
    max: 3,
    status: 'read',
    kinds: ['levels'],
    trials: [
      [2, 150],
      [0, 0],
    ],
  },
  // As many grades as amounts, or it is not read.
  {
    shape: '等次分别',
    text: '按优、良、中、差评定，分别得5分、3分、1分',
    max: 5,
    status: 'review',
    kinds: ['manual'],
  },
  {
    shape: '等次',
    text: '评估结果为优秀的得5分，良好的得4分，合格的得3分',
    max: 5,
    status: 'read',
    kinds: ['levels'],
    trials: [
      [1, 500],
      [3, 300],
      [0, 0],
    ],
  },
  // 8. Conditions: a yes/no fact, a two-step table, a veto.
  {
    shape: '是否',
    text: '已建立工作机制的得2分，否则不得分',
    max: 2,
    status: 'read',
    kinds: ['condition'],
    trials: [
      [1, 200],
      [0, 0],
    ],
  },
  {
    shape: '两步表',
    text: '发现一次扣0.5分；两次及以上不得分',
    max: 2,
    status: 'read',
    kinds: ['bands'],
    trials: [
      [0, 200],
      [1, 150],
      [3, 0],
    ],
  },
  {
    shape: '一票否决',
    text: '每发现一处隐患扣0.2分；发生重大安全生产责任事故的，实行一票否决',
    max: 3,
    status: 'read',
    kinds: ['deduction', 'veto'],
    trials: [
      [{ 次数: 2, 是否: 0 }, 260],
      [{ 次数: 0, 是否: 1 }, 0],
    ],
  },
  {
    shape: '未完成不得分',
    text: '按时完成年度任务得3分；未完成的不得分',
    max: 3,
    status: 'read',
    kinds: ['itemSum', 'veto'],
    trials: [
      [{ 是否: 0, 分项: [1] }, 300],
      [{ 是否: 1, 分项: [1] }, 0],
    ],
  },
  {
    shape: '单位类别',
    text: '市级部门每次计2分，区县部门每次计1分',
    max: 5,
    status: 'read',
    kinds: ['occurrence'],
    trials: [
      [{ 次数: 1, 次数2: 1 }, 300],
      [{ 次数: 3, 次数2: 0 }, 500],
    ],
  },
  // 9. Earning per item, with deductions in the same rule.
  {
    shape: '加减并存',
    text: '每完成一件加1分；未按时限办复的每件扣1分',
    max: 5,
    status: 'read',
    kinds: ['occurrence', 'occurrence'],
    trials: [
      [{ 次数: 3, 次数2: 1 }, 200],
      [{ 次数: 0, 次数2: 2 }, 0],
    ],
  },
  {
    shape: '按件加分',
    text: '每办结一件得0.5分，最高得3分',
    max: 3,
    status: 'read',
    kinds: ['occurrence'],
    trials: [
      [4, 200],
      [9, 300],
    ],
  },
  {
    shape: '按次加分',
    text: '市本级计2分/次，县区计1分/次；加分封顶8分。',
    max: 8,
    status: 'read',
    kinds: ['occurrence'],
    trials: [
      [{ 次数: 2, 次数2: 1 }, 500],
      [{ 次数: 5 }, 800],
    ],
  },
  // 10. A reference to another row (resolved when the system is built).
  { shape: '同上', text: '计分方法同上，加倍扣分', max: 2, status: 'review', kinds: ['reference'] },
  // Items and levels, manual.
  {
    shape: '分项累加',
    text: '制定出台了年度工作方案的，计1分；定期印发工作通报的，计0.5分；按时报送总结材料的，计0.5分。',
    max: 2,
    status: 'read',
    kinds: ['itemSum'],
    trials: [
      [[1, 3], 150],
      [[], 0],
    ],
  },
  {
    shape: '分级',
    text: '出台了政策的得1分，在具体项目实施的得2分',
    max: 3,
    status: 'read',
    kinds: ['levels'],
    trials: [
      [2, 200],
      [0, 0],
    ],
  },
  {
    shape: '人工',
    text: '由市营商环境建设局评分',
    max: 3,
    status: 'read',
    kinds: ['manual'],
    trials: [
      [2.5, 250],
      [0, 0],
    ],
  },
  // What must never be read silently.
  { shape: '名次数目不符', text: '按由高到低排名，第1-3名依次得5分、3分，其余得1分', max: 5, status: 'review', kinds: ['itemSum'] },
  { shape: '酌情', text: '视情况酌情扣0.5-1分', max: 2, status: 'review', kinds: ['manual'] },
  { shape: '区间给分', text: '视工作成效给予1-3分', max: 3, status: 'review', kinds: ['manual'] },
  { shape: '分项超分值', text: '制定方案得2分，召开会议得2分', max: 3, status: 'review', kinds: ['itemSum'] },
  { shape: '分档空档', text: '达到90%得3分，60%以下得0分', max: 3, status: 'review', kinds: ['bands'] },
  { shape: '未知', text: '按照综合评估情况确定等次', max: 3, status: 'review', kinds: ['manual'] },
];

/** The same text full-width (digits, letters and ASCII punctuation as U+FF01…). */
export const fullWidth = (text: string): string => text.replace(/[!-~]/g, (char) => String.fromCharCode(char.charCodeAt(0) + 0xfee0));

/** Chinese punctuation as ASCII (，；：（） → ,;:()). */
export const halfPunctuation = (text: string): string =>
  text.replace(/，/g, ',').replace(/；/g, ';').replace(/：/g, ':').replace(/（/g, '(').replace(/）/g, ')');

/** OCR-like noise: spaces and line breaks between characters, a 0 read as O. */
export const ocrNoise = (text: string): string =>
  text
    .replace(/([，；。])/g, '$1 \n')
    .replace(/0\.(\d)/g, 'O.$1')
    .replace(/(\d)分/g, '$1 分');
