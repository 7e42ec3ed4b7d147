import { describe, expect, it, vi } from 'vitest';
import { PdfBrowser } from './pdf-browser.ts';

/** A PdfBrowser whose printing is counted and faked: the cache is what is tested here. */
function counted(cacheBytes?: number) {
  const browser = new PdfBrowser(() => '/nonexistent/chromium', cacheBytes);
  const print = vi
    .spyOn(browser as unknown as { print: (html: string) => Promise<Buffer> }, 'print')
    .mockImplementation(async (html: string) => {
      if (html.includes('fail')) throw new Error('printing failed');
      return Buffer.from(`%PDF ${html}`.padEnd(100, '.'));
    });
  return { browser, print };
}

describe('the PDF cache', () => {
  it('answers an unchanged document without printing it again, and prints any change', async () => {
    const { browser, print } = counted();
    const a = await browser.pdf('<p>quote A</p>');
    expect((await browser.pdf('<p>quote A</p>')).equals(a)).toBe(true);
    expect(print).toHaveBeenCalledTimes(1);
    const b = await browser.pdf('<p>quote A, edited</p>');
    expect(b.equals(a)).toBe(false);
    expect(print).toHaveBeenCalledTimes(2);
  });

  it('hands out copies: a caller that writes into its PDF does not change the next one', async () => {
    const { browser } = counted();
    const first = await browser.pdf('<p>x</p>');
    first.fill(0);
    expect((await browser.pdf('<p>x</p>')).toString('latin1')).toMatch(/^%PDF <p>x<\/p>/);
  });

  it('keeps at most its byte budget, forgetting the least recently used first', async () => {
    const { browser, print } = counted(250); // two 100-byte PDFs
    await browser.pdf('1');
    await browser.pdf('2');
    await browser.pdf('1'); // 1 is now the most recently used
    await browser.pdf('3'); // evicts 2
    expect(print).toHaveBeenCalledTimes(3);
    await browser.pdf('1');
    await browser.pdf('3');
    expect(print).toHaveBeenCalledTimes(3);
    await browser.pdf('2');
    expect(print).toHaveBeenCalledTimes(4);
  });

  it('does not keep a failure, and a budget of 0 turns the cache off', async () => {
    const { browser, print } = counted();
    await expect(browser.pdf('fail')).rejects.toThrow('printing failed');
    await expect(browser.pdf('fail')).rejects.toThrow('printing failed');
    expect(print).toHaveBeenCalledTimes(2);
    const off = counted(0);
    await off.browser.pdf('same');
    await off.browser.pdf('same');
    expect(off.print).toHaveBeenCalledTimes(2);
  });
});
