// A page image with its regions drawn over it as numbered rectangles (the number is the reading
// order). Drawn in an SVG whose coordinates are the image's own pixels, so the boxes stay exact
// whatever size the image is shown at. With editing on: drag on the page to draw a region, click
// to select, shift-click to add to the selection, drag a selected region's handles to resize it,
// and in split mode click where to cut.
import { type PointerEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Box } from './clippings.api.ts';
import {
  bigEnough,
  boxFromCorners,
  HANDLES,
  type Handle,
  handlePoint,
  resizeBox,
  type SplitDirection,
} from './regions.ts';

const HANDLE_CURSORS: Record<Handle, string> = {
  nw: 'nwse-resize',
  se: 'nwse-resize',
  ne: 'nesw-resize',
  sw: 'nesw-resize',
  n: 'ns-resize',
  s: 'ns-resize',
  e: 'ew-resize',
  w: 'ew-resize',
};

interface Point {
  x: number;
  y: number;
}

export function RegionCanvas(props: {
  imageUrl: string;
  width: number;
  height: number;
  regions: Box[];
  selected: number[];
  editable: boolean;
  splitting: SplitDirection | null;
  onSelect(index: number, extend: boolean): void;
  onClear(): void;
  onDraw(box: Box): void;
  onResize(index: number, box: Box): void;
  /** Whether the single selected region shows its handles. */
  handles: boolean;
  onSplit(index: number, at: number): void;
  label: string;
}) {
  const { t } = useTranslation();
  const svg = useRef<SVGSVGElement>(null);
  const [drag, setDrag] = useState<{
    from: Point;
    to: Point;
    index: number | null;
    extend: boolean;
    /** Set when the drag holds a handle of the selected region: it resizes that region. */
    handle: Handle | null;
  } | null>(null);
  const [pointer, setPointer] = useState<Point | null>(null);
  const page = { width: props.width, height: props.height };
  // Labels sized to the page so they read the same on a phone photo and a 300-dpi scan.
  const unit = Math.max(props.width, props.height) / 60;
  const labelY = (r: Box) => (r.y >= unit * 1.6 ? r.y - unit * 1.6 : r.y);

  const toImage = (e: PointerEvent<SVGElement>): Point => {
    const rect = (svg.current as SVGSVGElement).getBoundingClientRect();
    return {
      x: ((e.clientX - rect.left) * props.width) / rect.width,
      y: ((e.clientY - rect.top) * props.height) / rect.height,
    };
  };

  // Only a single selected region has handles, and not while a split is being placed.
  const resizable =
    props.editable && props.handles && !props.splitting && props.selected.length === 1
      ? (props.selected[0] as number)
      : null;
  const resizedBox = (index: number) => {
    const region = props.regions[index];
    return drag?.handle && region ? resizeBox(region, drag.handle, drag.to, page) : null;
  };

  // One gesture for everything: a drag draws a region (also across existing ones), a click
  // without a drag selects the region under it, or clears the selection on the bare page.
  // A drag that starts on a handle resizes the selected region instead.
  const onDown = (e: PointerEvent<SVGSVGElement>) => {
    if (e.button !== 0) return;
    const hit = (e.target as Element).closest('[data-index]');
    const index = hit ? Number(hit.getAttribute('data-index')) : null;
    const p = toImage(e);
    const handle = (e.target as Element)
      .closest('[data-handle]')
      ?.getAttribute('data-handle') as Handle | null;
    if (handle && resizable !== null) {
      e.currentTarget.setPointerCapture(e.pointerId);
      setDrag({ from: p, to: p, index: resizable, extend: false, handle });
      return;
    }
    if (props.splitting) {
      if (index !== null && props.selected.includes(index))
        props.onSplit(index, props.splitting === 'horizontal' ? p.y : p.x);
      return;
    }
    e.currentTarget.setPointerCapture(e.pointerId);
    setDrag({ from: p, to: p, index, extend: e.shiftKey || e.ctrlKey || e.metaKey, handle: null });
  };
  const onMove = (e: PointerEvent<SVGSVGElement>) => {
    const p = toImage(e);
    if (drag) setDrag({ ...drag, to: p });
    if (props.splitting) setPointer(p);
  };
  const onUp = () => {
    if (!drag) return;
    if (drag.handle && drag.index !== null) {
      setDrag(null);
      const resized = resizedBox(drag.index);
      // A tap on a handle without moving changes nothing.
      if (resized && (drag.from.x !== drag.to.x || drag.from.y !== drag.to.y) && bigEnough(resized))
        props.onResize(drag.index, resized);
      return;
    }
    const box = boxFromCorners(drag.from, drag.to, page);
    setDrag(null);
    if (props.editable && bigEnough(box)) props.onDraw(box);
    else if (drag.index !== null) props.onSelect(drag.index, drag.extend);
    else props.onClear();
  };

  const drawn = drag && !drag.handle && props.editable ? boxFromCorners(drag.from, drag.to, page) : null;
  // While a handle is held, the region is drawn where it is being pulled to.
  const shown = props.regions.map((r, i) => (drag?.handle && drag.index === i ? (resizedBox(i) ?? r) : r));
  const handleBox = resizable === null ? null : shown[resizable];
  // Handles are sized on the screen, not on the page: big enough to grab, small enough not to
  // reach over the gutter into the next column (the canvas is laid out by the time one is selected).
  const shownWidth = svg.current?.getBoundingClientRect().width || props.width;
  const screenPx = props.width / shownWidth;
  const splitTarget =
    props.splitting && props.selected.length === 1 ? props.regions[props.selected[0] as number] : null;
  return (
    <div
      style={{
        position: 'relative',
        width: '100%',
        // Scaled to fit: the whole page visible at once on a laptop screen.
        maxWidth: `calc(78vh * ${props.width / props.height})`,
        aspectRatio: `${props.width} / ${props.height}`,
        userSelect: 'none',
        touchAction: props.editable ? 'none' : undefined,
      }}
    >
      <img
        src={props.imageUrl}
        alt={props.label}
        draggable={false}
        style={{
          position: 'absolute',
          inset: 0,
          width: '100%',
          height: '100%',
          border: '1px solid var(--mantine-color-gray-4)',
        }}
      />
      <svg
        ref={svg}
        role="img"
        aria-label={t('clippings.editor.canvasLabel', { n: props.regions.length })}
        data-testid="region-canvas"
        viewBox={`0 0 ${props.width} ${props.height}`}
        preserveAspectRatio="none"
        style={{
          position: 'absolute',
          inset: 0,
          width: '100%',
          height: '100%',
          cursor: props.editable && !props.splitting ? 'crosshair' : 'default',
        }}
        onPointerDown={onDown}
        onPointerMove={onMove}
        onPointerUp={onUp}
        onPointerLeave={() => setPointer(null)}
      >
        {shown.map((r, i) => {
          const selected = props.selected.includes(i);
          const color = selected ? '#e8590c' : '#1c7ed6';
          return (
            <g
              // biome-ignore lint/suspicious/noArrayIndexKey: a region is its place in the reading order
              key={i}
              data-testid="region"
              data-index={i}
              data-selected={selected || undefined}
              style={{
                cursor:
                  props.splitting && selected
                    ? props.splitting === 'horizontal'
                      ? 'row-resize'
                      : 'col-resize'
                    : 'pointer',
              }}
            >
              <rect
                x={r.x}
                y={r.y}
                width={r.w}
                height={r.h}
                fill={color}
                fillOpacity={selected ? 0.18 : 0.08}
                stroke={color}
                strokeWidth={selected ? 3 : 2}
                vectorEffect="non-scaling-stroke"
              />
              {/* The number sits on the box's top edge, outside it where there is room, so it hides no text. */}
              <rect x={r.x} y={labelY(r)} width={unit * 1.8} height={unit * 1.6} fill={color} />
              <text
                x={r.x + unit * 0.9}
                y={labelY(r) + unit * 1.15}
                fontSize={unit * 1.1}
                fontWeight={700}
                fill="#fff"
                textAnchor="middle"
                style={{ pointerEvents: 'none', fontFamily: 'sans-serif' }}
              >
                {i + 1}
              </text>
            </g>
          );
        })}
        {handleBox &&
          HANDLES.map((h) => {
            const at = handlePoint(handleBox, h);
            return (
              <g key={h} data-handle={h} data-testid="region-handle" style={{ cursor: HANDLE_CURSORS[h] }}>
                {/* The square is grabbed a little beyond what it shows. */}
                <rect
                  x={at.x - 9 * screenPx}
                  y={at.y - 9 * screenPx}
                  width={18 * screenPx}
                  height={18 * screenPx}
                  fill="transparent"
                />
                <rect
                  x={at.x - 5 * screenPx}
                  y={at.y - 5 * screenPx}
                  width={10 * screenPx}
                  height={10 * screenPx}
                  fill="#fff"
                  stroke="#e8590c"
                  strokeWidth={2}
                  vectorEffect="non-scaling-stroke"
                />
              </g>
            );
          })}
        {drawn && (
          <rect
            x={drawn.x}
            y={drawn.y}
            width={drawn.w}
            height={drawn.h}
            fill="#2f9e44"
            fillOpacity={0.12}
            stroke="#2f9e44"
            strokeDasharray="6 4"
            strokeWidth={2}
            vectorEffect="non-scaling-stroke"
          />
        )}
        {splitTarget &&
          pointer &&
          (props.splitting === 'horizontal' ? (
            <line
              x1={splitTarget.x}
              x2={splitTarget.x + splitTarget.w}
              y1={pointer.y}
              y2={pointer.y}
              stroke="#e8590c"
              strokeDasharray="8 4"
              strokeWidth={2}
              vectorEffect="non-scaling-stroke"
              style={{ pointerEvents: 'none' }}
            />
          ) : (
            <line
              y1={splitTarget.y}
              y2={splitTarget.y + splitTarget.h}
              x1={pointer.x}
              x2={pointer.x}
              stroke="#e8590c"
              strokeDasharray="8 4"
              strokeWidth={2}
              vectorEffect="non-scaling-stroke"
              style={{ pointerEvents: 'none' }}
            />
          ))}
      </svg>
    </div>
  );
}
