import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/**
 * Secrets at rest (mailbox passwords, passport numbers): AES-256-GCM under a key derived
 * (HKDF-SHA256) from the app secret with the workspace id as salt and the box's purpose as info,
 * so each workspace and each kind of secret has its own key and a database copy without the
 * secret reveals nothing. The box is bound (AAD) to its workspace, row and field, so a box copied
 * into another row does not open.
 */
export class SecretBox {
  private readonly keys = new Map<string, Buffer>();

  constructor(
    private readonly appSecret: string,
    /** HKDF info; mailbox passwords were sealed under the first purpose, which stays the default */
    private readonly purpose = 'chuhai mailbox secret v1',
  ) {
    if (!appSecret) throw new Error('an app secret is needed to derive keys');
  }

  /** Whether a stored value is a box (rows written before sealing began hold plain text). */
  static isBox(value: string): boolean {
    return /^v1\.[\w-]+\.[\w-]+\.[\w-]*$/.test(value);
  }

  private key(workspaceId: string): Buffer {
    let key = this.keys.get(workspaceId);
    if (!key) {
      key = Buffer.from(hkdfSync('sha256', this.appSecret, workspaceId, this.purpose, 32));
      this.keys.set(workspaceId, key);
    }
    return key;
  }

  seal(workspaceId: string, binding: string, plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key(workspaceId), iv);
    cipher.setAAD(Buffer.from(`${workspaceId}:${binding}`));
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    const tag = cipher.getAuthTag();
    return ['v1', iv, tag, body]
      .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
      .join('.');
  }

  open(workspaceId: string, binding: string, box: string): string {
    const [version, iv, tag, body] = box.split('.');
    if (version !== 'v1' || !iv || !tag || body === undefined) throw new Error('not a secret box');
    const decipher = createDecipheriv(
      'aes-256-gcm',
      this.key(workspaceId),
      Buffer.from(iv, 'base64url'),
    );
    decipher.setAAD(Buffer.from(`${workspaceId}:${binding}`));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([
      decipher.update(Buffer.from(body, 'base64url')),
      decipher.final(),
    ]).toString('utf8');
  }
}
