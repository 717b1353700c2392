import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { EntityListItem } from '../../lib/messages/protocol';
import { EntityRow, ROW_HEIGHT, rowId } from './EntityRow';

/** Rows rendered beyond each edge of the viewport, so fast scrolling rarely shows a gap. */
const OVERSCAN = 8;

interface Props {
  id: string;
  label: string;
  total: number;
  item(index: number): EntityListItem | undefined;
  /** Asked for the rows in view (plus overscan) whenever they change. */
  ensure(from: number, to: number): void;
  active: number;
  /** Changes when the active row should be scrolled into view (a keyboard move), not on a click. */
  reveal: number;
  originOf(item: EntityListItem): string | null;
  onChoose(index: number): void;
  onKeyDown(event: KeyboardEvent, visibleRows: number): void;
  initialScrollTop: number;
  onScrolled(scrollTop: number): void;
}

/**
 * A virtualised listbox: a fixed-height scroll container over a spacer as tall as every row, with
 * only the rows in view (and a few beyond) in the DOM. Focus stays on the listbox (or the search
 * box); the active row is announced through aria-activedescendant.
 */
export function EntityListbox(props: Props) {
  const { total, active } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(props.initialScrollTop);
  const [height, setHeight] = useState(0);
  const frame = useRef(0);
  const restored = useRef(false);

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    setHeight(el.clientHeight);
    const observer = new ResizeObserver(() => setHeight(el.clientHeight));
    observer.observe(el);
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame.current);
    };
  }, []);

  // Back from an entity: the list's first answer makes it tall enough to scroll to where it was.
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el || restored.current || total === 0) return;
    restored.current = true;
    el.scrollTop = props.initialScrollTop;
    setScrollTop(el.scrollTop);
  }, [total]);

  const onScroll = () => {
    cancelAnimationFrame(frame.current);
    frame.current = requestAnimationFrame(() => {
      const top = scroller.current?.scrollTop ?? 0;
      setScrollTop(top);
      props.onScrolled(top);
    });
  };

  // A keyboard move: bring the active row into view, by as little scrolling as possible.
  useEffect(() => {
    const el = scroller.current;
    if (!el || props.reveal === 0) return;
    const top = active * ROW_HEIGHT;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (top + ROW_HEIGHT > el.scrollTop + el.clientHeight) el.scrollTop = top + ROW_HEIGHT - el.clientHeight;
  }, [props.reveal]);

  const visibleRows = Math.max(1, Math.floor(height / ROW_HEIGHT));
  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(total - 1, Math.ceil((scrollTop + Math.max(height, ROW_HEIGHT)) / ROW_HEIGHT) + OVERSCAN);

  useEffect(() => {
    if (last >= first) props.ensure(first, last);
  }, [first, last, props.ensure]);

  const rows = [];
  for (let i = first; i <= last; i++) {
    const item = props.item(i);
    rows.push(
      <EntityRow key={i} index={i} total={total} item={item} active={i === active} origin={item ? props.originOf(item) : null} onChoose={props.onChoose} />,
    );
  }
  const activeRendered = active >= first && active <= last && total > 0;

  return (
    <div class={total > 0 ? 'listbox-scroll' : 'listbox-scroll empty'} ref={scroller} onScroll={onScroll}>
      <div
        id={props.id}
        role="listbox"
        aria-label={props.label}
        tabIndex={total > 0 ? 0 : -1}
        class="listbox"
        style={{ height: `${total * ROW_HEIGHT}px` }}
        aria-activedescendant={activeRendered ? rowId(active) : undefined}
        onKeyDown={(e) => props.onKeyDown(e, visibleRows)}
      >
        {rows}
      </div>
    </div>
  );
}
