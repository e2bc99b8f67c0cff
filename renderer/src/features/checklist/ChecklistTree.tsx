// The 任务清单 as a tree: sections, tasks and measures with their owners and deadlines. Only the
// rows in view exist (TanStack Virtual, heights measured as rows appear), so a 10,000-item list
// scrolls like a short one. A row opens the text it was read from; sections and tasks fold.
// Keyboard: ↑/↓ move between rows, ←/→ fold and unfold, Enter opens. The list reaches down to the
// bottom of the window.
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { ChecklistItem } from '../../../../shared/domain/types';
import { useFillHeight } from '../../app/use-fill-height';
import { visibleRows, type ChecklistRow } from './checklist-tree';
import { ItemContent } from './ItemContent';
import { KindTag } from './KindTag';
import styles from './ChecklistTree.module.css';
import { t } from '../../i18n';

type Props = { tree: ChecklistRow[]; onOpen: (row: ChecklistRow) => void };

const HEADER_HEIGHT = 40;
/** A first guess at a row's height in pixels, corrected once the row is drawn. */
const ESTIMATED_ROW_HEIGHT = 64;

export function ChecklistTree({ tree, onOpen }: Props) {
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const rows = useMemo(() => visibleRows(tree, collapsed), [tree, collapsed]);
  const scroller = useRef<HTMLDivElement>(null);
  const fill = useFillHeight(360);
  const fillRef = fill.ref;
  const scrollerRef = useCallback(
    (element: HTMLDivElement | null) => {
      scroller.current = element;
      fillRef(element);
    },
    [fillRef],
  );
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ESTIMATED_ROW_HEIGHT,
    getItemKey: (index) => rows[index]!.row.id,
    scrollMargin: HEADER_HEIGHT,
    overscan: 6,
    useFlushSync: false,
  });
  const fold = useCallback(
    (id: string, folded: boolean) =>
      setCollapsed((previous) => {
        if (previous.has(id) === folded) return previous;
        const next = new Set(previous);
        if (folded) next.add(id);
        else next.delete(id);
        return next;
      }),
    [],
  );
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = Number((event.target as HTMLElement).dataset.index);
    const current = rows[index]?.row;
    if (!current) return;
    const focusRow = (target: number) => {
      if (target < 0 || target >= rows.length) return;
      const rowAt = () => scroller.current?.querySelector<HTMLElement>(`[data-index="${target}"]`);
      virtualizer.scrollToIndex(target);
      // A row already drawn takes the focus at once; one further away once it has been drawn.
      const drawn = rowAt();
      if (drawn) drawn.focus();
      else requestAnimationFrame(() => rowAt()?.focus());
    };
    const actions: Record<string, () => void> = {
      ArrowDown: () => focusRow(index + 1),
      ArrowUp: () => focusRow(index - 1),
      ArrowLeft: () => fold(current.id, true),
      ArrowRight: () => fold(current.id, false),
      Enter: () => onOpen(current),
    };
    const action = actions[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  };
  return (
    <div ref={scrollerRef} role="treegrid" aria-rowcount={rows.length + 1} data-testid="checklist-table" className={styles.tree} style={{ height: fill.height }} onKeyDown={onKeyDown}>
      <div role="row" className={styles.header}>
        {[t('编号'), t('类型'), t('内容'), t('牵头单位'), t('责任单位'), t('完成时限')].map((title) => (
          <div key={title} role="columnheader">
            {title}
          </div>
        ))}
      </div>
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const { row, depth } = rows[item.index]!;
          return (
            <div key={item.key} ref={virtualizer.measureElement} data-index={item.index} className={styles.row} style={{ transform: `translateY(${item.start - HEADER_HEIGHT}px)` }} role="row" aria-level={depth + 1} aria-expanded={row.children ? !collapsed.has(row.id) : undefined} tabIndex={0} onClick={() => onOpen(row)}>
              <TreeRowCells row={row} depth={depth} folded={collapsed.has(row.id)} onFold={fold} />
            </div>
          );
        })}
      </div>
    </div>
  );
}

type CellsProps = { row: ChecklistRow; depth: number; folded: boolean; onFold: (id: string, folded: boolean) => void };

/** A row's six cells; drawn again only when the row itself changes, not as the list scrolls. */
const TreeRowCells = memo(function TreeRowCells({ row, depth, folded, onFold }: CellsProps) {
  return (
    <>
      <div role="gridcell" className={styles.number} style={{ paddingLeft: 8 + 16 * depth }}>
        {row.children && (
          <button
            type="button"
            className={styles.toggle}
            aria-label={folded ? t('展开') : t('收起')}
            onClick={(event) => {
              event.stopPropagation();
              onFold(row.id, !folded);
            }}
          >
            {folded ? '+' : '−'}
          </button>
        )}
        <span>{numberLabel(row)}</span>
      </div>
      <div role="gridcell">
        <KindTag kind={row.kind} />
      </div>
      <div role="gridcell">
        <ItemContent item={row} rows={3} />
      </div>
      <div role="gridcell">{row.leadUnits.join('、')}</div>
      <div role="gridcell">{[...row.responsibleUnits, ...row.supportingUnits].join('、')}</div>
      <div role="gridcell">{row.deadline?.text ?? ''}</div>
    </>
  );
});

/** The number as the document writes it: 一、 for a section, the bare number otherwise. */
function numberLabel(item: ChecklistItem): string {
  return item.kind === 'section' && item.number ? `${item.number}、` : (item.number ?? '');
}
