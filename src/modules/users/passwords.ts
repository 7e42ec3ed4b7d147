import { hash, verify } from '@node-rs/argon2';

// OWASP's argon2id baseline (19 MiB, t=2, p=1).
const options = {
  algorithm: 2 /* Algorithm.Argon2id (a const enum) */,
  memoryCost: 19456,
  timeCost: 2,
  parallelism: 1,
};

export const hashPassword = (password: string): Promise<string> => hash(password, options);

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

/** Verifying against a fixed hash keeps "no such user" as slow as "wrong password". */
let dummy: Promise<string> | undefined;
export async function burnPasswordCheck(password: string): Promise<void> {
  dummy ??= hashPassword('chuhai-timing-equaliser');
  await verifyPassword(await dummy, password);
}
