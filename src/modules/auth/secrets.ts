import { createHash, randomBytes } from 'node:crypto';

export const randomSecret = (): string => randomBytes(32).toString('base64url');
export const sha256 = (value: string): string => createHash('sha256').update(value).digest('hex');

export const TOKEN_PREFIX = 'chu_';
export const newApiToken = (): string => TOKEN_PREFIX + randomSecret();
