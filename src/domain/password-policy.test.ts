import { describe, expect, it } from 'vitest';
import { passwordProblem } from './password-policy.ts';

const common = new Set(['password123', 'qwertyuiop', '1234567890']);
const email = 'li.na@export-co.example';

describe('passwordProblem', () => {
  it.each([
    ['correct-horse-battery', null],
    ['password123', 'password_common'],
    ['PassWord123', 'password_common'],
    [' qwertyuiop ', 'password_common'],
    ['li.na@export-co.example', 'password_email'],
    ['LI.NA@Export-Co.example', 'password_email'],
    ['li.na', 'password_email'],
    ['li.na-and-more-words', null],
    ['chuhai2026!', 'password_product'],
    ['My-CHUHAI-password', 'password_product'],
    ['我的出海密码很长很长', 'password_product'],
  ] as const)('%s → %s', (password, expected) => {
    expect(passwordProblem(password, { email, common })).toBe(expected);
  });
});
