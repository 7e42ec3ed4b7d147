/**
 * An axis name broken into lines short enough for the radar's edge: at spaces ("Long-term
 * orientation" was cut to "Long-term orientati"), before a parenthetical, and — for names without
 * spaces (Chinese) — only before a parenthetical. `note` ("no score") gets its own line.
 */
export function radarAxisLabel(name: string, note?: string, maxChars = 12): string {
  const lines: string[] = [];
  for (const part of name.split(/\s*(?=[（(])/)) {
    let line = '';
    for (const word of part.split(/\s+/).filter(Boolean)) {
      if (line && line.length + 1 + word.length > maxChars) {
        lines.push(line);
        line = word;
      } else {
        line = line ? `${line} ${word}` : word;
      }
    }
    if (line) lines.push(line);
  }
  if (note) lines.push(`(${note})`);
  return lines.join('\n');
}
