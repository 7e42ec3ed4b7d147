/**
 * The one API client: openapi-fetch typed by the server's generated OpenAPI document
 * (schema.gen.ts, from `npm run generate:api`). Paths, parameters, bodies and responses are
 * checked against the server. Middleware adds the CSRF header on writes, reports a lost session,
 * and turns every problem+json answer into an ApiError, so a failed call always throws.
 *
 *   const customer = await unwrap(client.GET('/customers/{id}', { params: { path: { id } } }));
 */
import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from './schema.gen.ts';

/** One failing field of a problem+json answer: { path, message }. */
export type FieldError = NonNullable<components['schemas']['Problem']['errors']>[number];

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string,
    readonly errors: FieldError[] = [],
  ) {
    super(detail || title);
  }
}

let csrfToken: string | null = null;
export const setCsrfToken = (token: string | null) => {
  csrfToken = token;
};

let onUnauthorized: (() => void) | null = null;
export const setUnauthorizedHandler = (fn: () => void) => {
  onUnauthorized = fn;
};

/** Query strings leave out empty values (undefined, null, ''), as the pages expect. */
function querySerializer(params: Record<string, unknown>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params))
    // Parameters are scalars (the schema has no object parameters), written as before.
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  return q.toString();
}

const session: Middleware = {
  onRequest({ request }) {
    if (request.method !== 'GET' && csrfToken) request.headers.set('x-csrf-token', csrfToken);
    return request;
  },
  async onResponse({ response, schemaPath }) {
    if (response.ok) return undefined;
    const p = ((await response
      .clone()
      .json()
      .catch(() => null)) ?? {}) as { title?: string; detail?: string; errors?: FieldError[] };
    if (response.status === 401 && !schemaPath.startsWith('/auth/')) onUnauthorized?.();
    throw new ApiError(
      response.status,
      p.title ?? response.statusText,
      p.detail ?? '',
      p.errors ?? [],
    );
  },
};

export const client = createClient<paths>({
  baseUrl: '/api/v1',
  credentials: 'same-origin',
  headers: { accept: 'application/json' },
  querySerializer,
});
client.use(session);

/**
 * The answer's data. Failed calls have already thrown an ApiError (see the middleware), so this
 * only unwraps; a 204 answers undefined.
 */
export async function unwrap<D>(
  pending: Promise<{ data?: D; error?: unknown; response: Response }>,
): Promise<D> {
  const { data, response } = await pending;
  if (!response.ok) throw new ApiError(response.status, response.statusText, '');
  return data as D;
}

/**
 * The import uploads are multipart streams read by the server, for which the OpenAPI document
 * has no request body: the one untyped part of the client. The path, parameters and the answer
 * stay typed; the form is passed through as is (the browser sets the multipart boundary).
 */
export const formBody = (form: FormData) => ({ body: form as never });
