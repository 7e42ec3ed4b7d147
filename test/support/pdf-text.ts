import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Runs a poppler tool (Debian's poppler-utils) on a PDF written to a temporary file. */
function poppler(tool: string, args: string[], pdf: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'chuhai-pdf-'));
  try {
    writeFileSync(join(dir, 'd.pdf'), pdf);
    return execFileSync(
      tool,
      [...args, join(dir, 'd.pdf'), ...(tool === 'pdftotext' ? ['-'] : [])],
      {
        encoding: 'utf8',
      },
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The text of a PDF as poppler reads it, spaces made plain. */
export function pdfText(pdf: Buffer): string {
  return (
    poppler('pdftotext', ['-layout', '-enc', 'UTF-8'], pdf)
      .replace(/[\u00a0\u202f]/g, ' ')
      // bidi marks and embeddings poppler adds around right-to-left runs
      .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]/g, '')
  );
}

/** The fonts embedded in a PDF (pdffonts): every script must come with its glyphs. */
export const pdfFonts = (pdf: Buffer): string => poppler('pdffonts', [], pdf);
