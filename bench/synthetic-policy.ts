// A synthetic policy document of a given size in the layouts of the seeds: 一、 sections, （一）
// tasks, 1. measures with owners in a trailing bracket or on 责任单位：/时间节点： lines, and an
// annex 重点任务清单 table — for timing the importer on a large input.

const UNITS = ['市发展改革委', '市财政局', '市市场监管局', '市政务服务和大数据管理局', '市住建局', '市自然资源和规划局'];
const DEADLINES = ['2023年6月底前', '2023年年底前', '持续推进', '9月27日前', '长期坚持'];

/** UTF-8 text of at least `bytes` bytes. */
export function syntheticPolicyText(bytes: number): string {
  const lines = [
    '洛阳市人民政府办公室关于印发洛阳市优化营商环境重点任务清单的通知',
    '洛政办〔2023〕1号',
    '各县区人民政府，市人民政府各部门：',
    '',
  ];
  const table = ['附件', '重点任务清单', '序号\t重点任务\t改革举措\t牵头单位\t责任单位\t完成时限'];
  let size = 0;
  let measure = 0;
  for (let section = 1; size < bytes * 0.8; section++) {
    lines.push(`${'一二三四五六七八九十'[(section - 1) % 10]}、第${section}项重点领域改革`);
    for (let task = 1; task <= 5; task++) {
      lines.push(`（${'一二三四五'[task - 1]}）深化第${section}-${task}项改革。`);
      for (let item = 1; item <= 4; item++) {
        measure++;
        const lead = UNITS[measure % UNITS.length]!;
        const partner = UNITS[(measure + 2) % UNITS.length]!;
        const text = `${item}．推进第${measure}项改革举措，全面推行“一网通办”“一窗受理”，压减办理时限和申报材料，提升企业和群众办事便利度`;
        if (measure % 2) lines.push(`${text}。（${lead}牵头，${partner}配合）`);
        else
          lines.push(
            `${text}。`,
            `时间节点：${DEADLINES[measure % DEADLINES.length]}`,
            `责任单位：${lead}牵头，${partner}、各县区政府配合`,
          );
        if (measure % 10 === 0)
          table.push(
            `${measure / 10}\t第${section}-${task}项改革\t推进第${measure}项改革举措\t${lead}\t${partner}\t${DEADLINES[measure % DEADLINES.length]}`,
          );
        size += 3 * 90;
      }
    }
  }
  const text = [...lines, '', ...table].join('\n');
  return new TextEncoder().encode(text).length >= bytes
    ? text
    : text + '\n' + '。'.repeat(Math.ceil((bytes - new TextEncoder().encode(text).length) / 3));
}
