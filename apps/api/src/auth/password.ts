// Passwords are hashed with argon2id, a memory-hard function, with the parameters OWASP
// recommends (19 MiB, two passes); the hash string records them, so they can be raised later.
import { hash, verify, type Algorithm } from '@node-rs/argon2';

const argon2id = 2 as Algorithm;
const parameters = { algorithm: argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, parameters);
}

/** False for a wrong password or a malformed hash; never throws. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/**
 * A hash of nothing in particular, verified when the email address is unknown so that the
 * answer takes as long as for a real account and does not reveal which addresses exist.
 */
let decoy: Promise<string> | null = null;
export function decoyHash(): Promise<string> {
  decoy ??= hashPassword(crypto.randomUUID());
  return decoy;
}
