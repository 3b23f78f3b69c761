import { useEffect, useRef, useState } from 'react';

/** The rows a scrolling box shows, and the space above and below them. */
export type VirtualWindow = { start: number; end: number; padTop: number; padBottom: number };

/** Which of `count` rows of `rowHeight` pixels a box scrolled to `top` and `height` tall shows, with `overscan` more each side. */
export function virtualWindow(count: number, rowHeight: number, top: number, height: number, overscan: number): VirtualWindow {
  const start = Math.max(0, Math.min(count, Math.floor(top / rowHeight) - overscan));
  const end = Math.max(start, Math.min(count, Math.ceil((top + height) / rowHeight) + overscan));
  return { start, end, padTop: start * rowHeight, padBottom: (count - end) * rowHeight };
}

/**
 * A long list in a scrolling box renders only the rows in sight (fixed row height): 50,000
 * listeners cost as much as the 30 on screen. The box's ref goes on the scrolling element.
 */
export function useVirtualRows(count: number, rowHeight: number, overscan = 8) {
  const ref = useRef<HTMLDivElement>(null);
  const [view, setView] = useState({ top: 0, height: 800 });
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    let frame = 0;
    const update = (): void => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setView({ top: el.scrollTop, height: el.clientHeight || 800 }));
    };
    update();
    el.addEventListener('scroll', update, { passive: true });
    const resize = new ResizeObserver(update);
    resize.observe(el);
    return () => {
      cancelAnimationFrame(frame);
      el.removeEventListener('scroll', update);
      resize.disconnect();
    };
  }, []);
  return { ref, ...virtualWindow(count, rowHeight, view.top, view.height, overscan) };
}
