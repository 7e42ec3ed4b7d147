import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/**
 * Mailbox passwords at rest: AES-256-GCM under a key derived (HKDF-SHA256) from the app secret
 * with the workspace id as salt, so each workspace has its own key and a database copy without
 * the secret reveals nothing. The box is bound (AAD) to its workspace, mailbox and field, so a
 * box copied into another row does not open.
 */
export class SecretBox {
  private readonly keys = new Map<string, Buffer>();

  constructor(private readonly appSecret: string) {
    if (!appSecret) throw new Error('an app secret is needed to derive keys');
  }

  private key(workspaceId: string): Buffer {
    let key = this.keys.get(workspaceId);
    if (!key) {
      key = Buffer.from(
        hkdfSync('sha256', this.appSecret, workspaceId, 'chuhai mailbox secret v1', 32),
      );
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
