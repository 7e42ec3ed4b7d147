import type { ReactNode } from 'react';

/** Where a search matched, as the API reports it: UTF-16 offsets [start, end). */
export interface MarkedRange {
  start: number;
  end: number;
}

/** A text with the parts a search matched marked (the API computes them; the client only draws). */
export function Marked({ text, ranges }: { text: string; ranges?: readonly MarkedRange[] }) {
  if (!ranges?.length) return <>{text}</>;
  const parts: ReactNode[] = [];
  let at = 0;
  for (const { start, end } of ranges) {
    if (start < at || end > text.length || start >= end) continue;
    if (start > at) parts.push(text.slice(at, start));
    parts.push(
      <mark key={start} style={{ padding: 0, background: 'rgba(250, 200, 20, 0.35)' }}>
        {text.slice(start, end)}
      </mark>,
    );
    at = end;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}
