// Scoring one unit: each indicator with the input its rule needs, computed points and reason at
// once, 不适用, a note, evidence files, a 发现问题 for the ledger in one click, and who entered it
// when. Enter and ↑/↓ move between the number inputs.
import { Button, Checkbox, Input, Table, Tag, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import type { KeyboardEvent } from 'react';

import type { Indicator } from '#shared/domain/indicator-system';
import { formatHundredths } from '#shared/numbers/exact';
import type { InputValue } from '#shared/scoring/rule-points';
import { explainCell, type RubricScores } from '#shared/scoring/score-rubric';

import type { EvaluationInput, Evidence } from '../../db/database';
import { t } from '../../i18n';
import { CellInput } from './CellInput';
import { EvidenceCell, type EvidenceFile } from './EvidenceCell';

type Props = {
  unitIndex: number;
  scores: RubricScores;
  inputs: Map<string, EvaluationInput>;
  evidence: Evidence[];
  onValue: (indicator: Indicator, value: InputValue | null | undefined) => void;
  onNote: (input: EvaluationInput, note: string) => void;
  onAddEvidence: (input: EvaluationInput) => void;
  /** Files dropped or pasted on a cell's evidence. */
  onEvidenceFiles: (input: EvaluationInput, files: EvidenceFile[]) => void;
  onCamera: (input: EvaluationInput) => void;
  /** Records the cell as a 发现问题 in the ledger. */
  onFinding: (indicator: Indicator, points: number | null, reason: string, note: string) => void;
  /** Ids of the indicators of this unit already in the ledger. */
  inLedger: ReadonlySet<string>;
  inputIdOf: (indicator: Indicator) => string;
};

type Row = { key: string; indicator: Indicator; column: number };

export function UnitScoringTable({
  unitIndex,
  scores,
  inputs,
  evidence,
  onValue,
  onNote,
  onAddEvidence,
  onEvidenceFiles,
  onCamera,
  onFinding,
  inLedger,
  inputIdOf,
}: Props) {
  const rows: Row[] = scores.columns.map((column, index) => ({ key: column.indicator.id, indicator: column.indicator, column: index }));
  return (
    <div onKeyDown={moveBetweenInputs}>
      <Table<Row>
        rowKey="key"
        size="small"
        pagination={false}
        dataSource={rows}
        scroll={{ x: 1600 }}
        sticky
        data-testid="unit-scoring-table"
        columns={[
          {
            title: t('指标'),
            width: 220,
            fixed: 'left',
            render: (_, row) => (
              <Tooltip title={row.indicator.ruleText}>
                <span>{row.indicator.name}</span>
                {row.indicator.role !== 'indicator' && (
                  <Tag color={row.indicator.role === 'bonus' ? 'green' : 'red'} style={{ marginLeft: 4 }}>
                    {row.indicator.role === 'bonus' ? t('加分') : t('减分')}
                  </Tag>
                )}
              </Tooltip>
            ),
          },
          { title: t('分值'), width: 60, align: 'right', render: (_, row) => formatHundredths(row.indicator.maxPoints) },
          {
            title: t('输入'),
            width: 300,
            render: (_, row) => {
              const input = inputs.get(inputIdOf(row.indicator));
              const others = scores.columns[row.column]!.values.filter((_, unit) => unit !== unitIndex);
              return (
                <CellInput
                  indicator={row.indicator}
                  value={input?.value}
                  others={others}
                  disabled={input?.value === null}
                  onCommit={(value) => onValue(row.indicator, value)}
                  testId={`input-${row.indicator.name}`}
                />
              );
            },
          },
          {
            title: t('不适用'),
            width: 64,
            render: (_, row) => {
              const input = inputs.get(inputIdOf(row.indicator));
              return row.indicator.role === 'indicator' ? (
                <Checkbox
                  checked={input?.value === null}
                  onChange={(event) => onValue(row.indicator, event.target.checked ? null : undefined)}
                />
              ) : null;
            },
          },
          {
            title: t('得分'),
            width: 70,
            align: 'right',
            render: (_, row) => {
              const points = scores.columns[row.column]!.points[unitIndex];
              return (
                <strong data-testid={`points-${row.indicator.name}`}>
                  {points === null || points === undefined ? '—' : formatHundredths(points)}
                </strong>
              );
            },
          },
          {
            title: t('得分说明（扣分原因）'),
            width: 280,
            render: (_, row) => (
              <Typography.Text type="secondary" data-testid={`reason-${row.indicator.name}`}>
                {explainCell(scores.columns[row.column]!, unitIndex)}
              </Typography.Text>
            ),
          },
          {
            title: t('问题 / 说明'),
            width: 190,
            render: (_, row) => {
              const input = inputs.get(inputIdOf(row.indicator));
              return (
                <Input
                  size="small"
                  key={`${input?.id}-${input?.note}`}
                  disabled={!input}
                  defaultValue={input?.note}
                  placeholder={input ? t('发现的问题或说明') : t('先录入')}
                  onBlur={(event) => input && event.target.value !== input.note && onNote(input, event.target.value)}
                />
              );
            },
          },
          {
            title: t('佐证（可拖入、粘贴）'),
            width: 180,
            render: (_, row) => {
              const input = inputs.get(inputIdOf(row.indicator));
              return (
                <EvidenceCell
                  files={evidence.filter((entry) => entry.inputId === inputIdOf(row.indicator))}
                  enabled={input !== undefined}
                  onPick={() => input && onAddEvidence(input)}
                  onCamera={() => input && onCamera(input)}
                  onFiles={(files) => input && onEvidenceFiles(input, files)}
                  testId={`evidence-${row.indicator.name}`}
                />
              );
            },
          },
          {
            title: t('发现问题'),
            width: 96,
            render: (_, row) => {
              const input = inputs.get(inputIdOf(row.indicator));
              if (inLedger.has(row.indicator.id)) return <Tag color="orange">{t('已入台账')}</Tag>;
              const points = scores.columns[row.column]!.points[unitIndex] ?? null;
              return (
                <Button
                  size="small"
                  disabled={!input}
                  onClick={() => onFinding(row.indicator, points, explainCell(scores.columns[row.column]!, unitIndex), input?.note ?? '')}
                  data-testid={`finding-${row.indicator.name}`}
                >
                  {t('记为问题')}
                </Button>
              );
            },
          },
          {
            title: t('评价员'),
            width: 110,
            render: (_, row) => {
              const input = inputs.get(inputIdOf(row.indicator));
              return input ? (
                <Tooltip title={dayjs(input.updatedAt).format(t('YYYY年M月D日 HH:mm'))}>{input.inspector || t('（未署名）')}</Tooltip>
              ) : (
                ''
              );
            },
          },
        ]}
      />
    </div>
  );
}

/**
 * The form's keyboard flow, as in Excel: Enter (after the cell took its value) and ↓ go to the next
 * indicator's input, ↑ to the previous one; leaving an input commits it. A refused entry keeps
 * the focus, so its reason is read before moving on.
 */
function moveBetweenInputs(event: KeyboardEvent<HTMLDivElement>) {
  const target = event.target as HTMLElement;
  const step = event.key === 'Enter' || event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
  if (step === 0 || !target.matches('input[data-cell-input]')) return;
  const inputs = [...event.currentTarget.querySelectorAll<HTMLInputElement>('input[data-cell-input]:not([disabled])')];
  const next = inputs[inputs.indexOf(target as HTMLInputElement) + step];
  if (!next) return;
  event.preventDefault();
  next.focus();
  next.select();
}
