// Lists that scroll inside themselves (the 任务清单, the import review) reach down to the bottom of
// the window, whatever its size and whatever stands above them.
import { type RefObject, useLayoutEffect, useState } from 'react';

/**
 * The height in pixels that brings the element `ref` points at (there from the first render) down
 * to the window's bottom edge less `margin` px, but at least `min` px. Follows window resizes and
 * whatever moves the element (details or a warning appearing above it make the page taller).
 */
export function useFillHeight(ref: RefObject<HTMLElement | null>, min: number, margin = 24): number {
  const [height, setHeight] = useState(min);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const update = () => setHeight(Math.max(min, Math.floor(window.innerHeight - element.getBoundingClientRect().top - margin)));
    update();
    window.addEventListener('resize', update);
    const observer = new ResizeObserver(update);
    observer.observe(document.body);
    return () => {
      window.removeEventListener('resize', update);
      observer.disconnect();
    };
  }, [ref, min, margin]);
  return height;
}
