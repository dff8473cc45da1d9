import type { ReactNode } from 'react';
import { ScrollArea } from '@mantine/core';

/**
 * A wide table that scrolls sideways on a phone. The scrolling viewport takes keyboard focus and is
 * a named region, so keyboard users can scroll it too (WCAG 2.1.1; axe scrollable-region-focusable).
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <ScrollArea type="auto" offsetScrollbars viewportProps={{ tabIndex: 0, role: 'region', 'aria-label': label }}>
      {children}
    </ScrollArea>
  );
}
