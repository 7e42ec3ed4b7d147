import { describe, expect, it } from 'vitest';
import { attachmentType, cleanFileName, contentDisposition } from './attachments.ts';

describe('attachmentType', () => {
  it.each([
    ['invoice.PDF', 'application/pdf'],
    ['photo.jpeg', 'image/jpeg'],
    ['pump.log', 'text/plain'],
    ['sheet.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ['archive.tar.zip', 'application/zip'],
    ['page.html', null],
    ['script.svg', null],
    ['run.exe', null],
    ['noext', null],
    ['.pdf', null],
    ['trailing.', null],
    ['proto.__proto__', null],
    ['obj.constructor', null],
  ])('%s → %s', (name, type) => expect(attachmentType(name)).toBe(type));
});

describe('cleanFileName', () => {
  it.each([
    ['C:\\Users\\li\\报价单.pdf', '报价单.pdf'],
    ['../../etc/passwd.txt', 'passwd.txt'],
    ['a\r\nSet-Cookie: x.txt', 'aSet-Cookie: x.txt'],
    ['say "hi".txt', 'say hi.txt'],
    ['   ', 'file'],
    ['..', 'file'],
    [`${'x'.repeat(300)}.pdf`, `${'x'.repeat(196)}.pdf`],
  ])('%j → %j', (raw, clean) => expect(cleanFileName(raw)).toBe(clean));
});

describe('contentDisposition', () => {
  it.each([
    ['report.pdf', `attachment; filename="report.pdf"; filename*=UTF-8''report.pdf`],
    [
      '报价单 v2.pdf',
      `attachment; filename="___ v2.pdf"; filename*=UTF-8''%E6%8A%A5%E4%BB%B7%E5%8D%95%20v2.pdf`,
    ],
    ['50%; x.txt', `attachment; filename="50__ x.txt"; filename*=UTF-8''50%25%3B%20x.txt`],
    ["it's (1).png", `attachment; filename="it's (1).png"; filename*=UTF-8''it%27s%20%281%29.png`],
  ])('%s', (name, header) => expect(contentDisposition(name)).toBe(header));
});
