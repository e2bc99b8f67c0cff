// A checklist as a tree — sections, tasks and measures with their owners and deadlines — on the
// 任务清单 screen and in the import review. Only the rows in view exist (TanStack Virtual, heights
// measured as rows appear), so a 10,000-item list scrolls like a short one. Sections and tasks fold.
// Keyboard: ↑/↓ move between rows, ←/→ fold and unfold, Enter opens. The list reaches down to the
// bottom of the window.
import { useVirtualizer } from '@tanstack/react-virtual';
import { type KeyboardEvent, memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';

import type { ChecklistItem } from '#shared/domain/types';

import { useFillHeight } from '../../app/use-fill-height';
import { t } from '../../i18n';
import { type ChecklistRow, visibleRows } from './checklist-tree';
import styles from './ChecklistTree.module.css';
import { ItemContent } from './ItemContent';
import { KindTag } from './KindTag';

type Props = {
  tree: ChecklistRow[];
  /** A row clicked. */
  onRowClick: (row: ChecklistRow) => void;
  /** A row reached with ↑/↓. */
  onMove?: (row: ChecklistRow) => void;
  /** Enter on a row, or a double click. */
  onOpen: (row: ChecklistRow) => void;
  /** The row shown as chosen: its branch unfolds and the list scrolls to it when it changes. */
  selectedId?: string | null;
  /** Narrower columns and two lines of text, for a list with a panel beside it. */
  compact?: boolean;
  testId: string;
};

const HEADER_HEIGHT = 40;
/** A first guess at a row's height in pixels, corrected once the row is drawn. */
const ESTIMATED_ROW_HEIGHT = 64;

export function ChecklistTree({ tree, onRowClick, onMove, onOpen, selectedId = null, compact = false, testId }: Props) {
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const rows = useMemo(() => visibleRows(tree, collapsed), [tree, collapsed]);
  const scroller = useRef<HTMLDivElement>(null);
  const height = useFillHeight(scroller, 360);
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
  const parents = useMemo(() => parentsOf(tree), [tree]);
  useEffect(() => {
    if (!selectedId) return;
    setCollapsed((previous) => {
      const closed = ancestorsOf(selectedId, parents).filter((id) => previous.has(id));
      return closed.length === 0 ? previous : new Set([...previous].filter((id) => !closed.includes(id)));
    });
  }, [selectedId, parents]);
  // Scroll once per newly chosen row — once its branch is unfolded — not whenever folding above it
  // moves its index.
  const scrolledTo = useRef<string | null>(null);
  const selectedIndex = selectedId ? rows.findIndex(({ row }) => row.id === selectedId) : -1;
  useEffect(() => {
    if (selectedIndex < 0 || scrolledTo.current === selectedId) return;
    scrolledTo.current = selectedId;
    virtualizer.scrollToIndex(selectedIndex);
  }, [selectedId, selectedIndex, virtualizer]);
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
      onMove?.(rows[target]!.row);
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
    <div
      ref={scroller}
      role="treegrid"
      aria-rowcount={rows.length + 1}
      data-testid={testId}
      className={compact ? `${styles.tree} ${styles.compact}` : styles.tree}
      style={{ height }}
      onKeyDown={onKeyDown}
    >
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
            <div
              key={item.key}
              ref={virtualizer.measureElement}
              data-index={item.index}
              className={row.id === selectedId ? `${styles.row} ${styles.selected}` : styles.row}
              style={{ transform: `translateY(${item.start - HEADER_HEIGHT}px)` }}
              role="row"
              aria-level={depth + 1}
              aria-expanded={row.children ? !collapsed.has(row.id) : undefined}
              aria-selected={row.id === selectedId}
              tabIndex={0}
              onClick={() => onRowClick(row)}
              onDoubleClick={() => onOpen(row)}
            >
              <TreeRowCells row={row} depth={depth} folded={collapsed.has(row.id)} onFold={fold} textRows={compact ? 2 : 3} />
            </div>
          );
        })}
      </div>
    </div>
  );
}

type CellsProps = { row: ChecklistRow; depth: number; folded: boolean; onFold: (id: string, folded: boolean) => void; textRows: number };

/** A row's six cells; drawn again only when the row itself changes, not as the list scrolls. */
const TreeRowCells = memo(function TreeRowCells({ row, depth, folded, onFold, textRows }: CellsProps) {
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
        <ItemContent item={row} rows={textRows} />
      </div>
      <div role="gridcell">{row.leadUnits.join('、')}</div>
      <div role="gridcell">{[...row.responsibleUnits, ...row.supportingUnits].join('、')}</div>
      <div
        role="gridcell"
        title={row.deadline ? (row.deadline.date ? t('截止 {{date}}', { date: row.deadline.date }) : t('无具体日期')) : undefined}
      >
        {row.deadline?.text ?? ''}
      </div>
    </>
  );
});

/** The number as the document writes it: 一、 for a section, the bare number otherwise. */
function numberLabel(item: ChecklistItem): string {
  return item.kind === 'section' && item.number ? `${item.number}、` : (item.number ?? '');
}

/** Each row's parent id, for the rows that have one. */
function parentsOf(tree: readonly ChecklistRow[]): Map<string, string> {
  const parents = new Map<string, string>();
  const visit = (row: ChecklistRow) => row.children?.forEach((child) => (parents.set(child.id, row.id), visit(child)));
  tree.forEach(visit);
  return parents;
}

/** The ids of the rows above `id`, nearest first. */
function ancestorsOf(id: string, parents: ReadonlyMap<string, string>): string[] {
  const ancestors: string[] = [];
  for (let parent = parents.get(id); parent; parent = parents.get(parent)) ancestors.push(parent);
  return ancestors;
}
