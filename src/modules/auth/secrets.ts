import { randomBytes } from 'node:crypto';
import { sha256Hex } from '../../domain/link-token.ts';

export const randomSecret = (): string => randomBytes(32).toString('base64url');
export const sha256 = sha256Hex;

export const TOKEN_PREFIX = 'chu_';
export const newApiToken = (): string => TOKEN_PREFIX + randomSecret();
