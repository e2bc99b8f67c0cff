// Lists that scroll inside themselves (the 任务清单, the import review) reach down to the bottom of
// the window, whatever its size and whatever stands above them.
import { useLayoutEffect, useState } from 'react';

/**
 * A ref to put on an element and the height in pixels that brings that element down to the
 * window's bottom edge less `margin` px, but at least `min` px. Follows window resizes and whatever
 * moves the element (details or a warning appearing above it make the page taller); the element may
 * appear later.
 */
export function useFillHeight(min: number, margin = 24): { ref: (element: HTMLElement | null) => void; height: number } {
  const [element, setElement] = useState<HTMLElement | null>(null);
  const [height, setHeight] = useState(min);
  useLayoutEffect(() => {
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
  }, [element, min, margin]);
  return { ref: setElement, height };
}
