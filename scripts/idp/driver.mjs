#!/usr/bin/env node
// Scripted sign-in against the development IdP (scripts/idp/server.mjs): a plain HTTP client with
// a cookie jar that fills in the provider's login and consent forms, no browser needed.
//
//   node driver.mjs token --issuer URL --user NAME [--audience api|edge] [--offline] [--json]
//   node driver.mjs browser URL                 (user from GATEHOUSE_DEV_USER, default alice;
//                                                GATEHOUSE_DEV_DENY=1 presses "Deny")
//   node driver.mjs browser --print-callback URL (the same, but prints the final redirect to the
//                                                application instead of requesting it)
//   node driver.mjs client-credentials --issuer URL --client ID --secret S [--audience api|edge] [--json]
//
// --issuer defaults to $GATEHOUSE_IDP_ISSUER. Any failure: one line on stderr, non-zero exit.
// Tokens are only ever written to stdout, and only when asked for.

import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const REQUEST_TIMEOUT_MS = 10_000;
const MAX_STEPS = 25; // redirects + form posts in one sign-in
const DEV_PASSWORD = 'dev-password'; // the dev IdP accepts any non-empty password

export const AUDIENCES = {
  api: 'urn:gatehouse:api',
  edge: 'urn:gatehouse:edge',
};

export class DriverError extends Error {}

// ---------------------------------------------------------------------------------------------
// Cookie jar: enough of RFC 6265 for one host (name + path keyed, expiry honoured).

class CookieJar {
  #cookies = new Map(); // `${origin} ${path} ${name}` -> { origin, name, value, path, expires }

  store(url, response) {
    const { origin, pathname } = new URL(url);
    const lines = typeof response.headers.getSetCookie === 'function'
      ? response.headers.getSetCookie()
      : splitSetCookie(response.headers.get('set-cookie'));
    for (const line of lines) {
      const [pair, ...attrs] = line.split(';');
      const eq = pair.indexOf('=');
      if (eq <= 0) continue;
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      let path = pathname.slice(0, pathname.lastIndexOf('/')) || '/';
      let expires = Infinity;
      for (const attr of attrs) {
        const i = attr.indexOf('=');
        const key = (i < 0 ? attr : attr.slice(0, i)).trim().toLowerCase();
        const val = i < 0 ? '' : attr.slice(i + 1).trim();
        if (key === 'path' && val.startsWith('/')) path = val;
        else if (key === 'max-age' && /^-?\d+$/.test(val)) expires = Date.now() + Number(val) * 1000;
        else if (key === 'expires' && expires === Infinity) {
          const t = Date.parse(val);
          if (!Number.isNaN(t)) expires = t;
        }
      }
      const key = `${origin} ${path} ${name}`;
      if (expires <= Date.now()) this.#cookies.delete(key);
      else this.#cookies.set(key, { origin, name, value, path, expires });
    }
  }

  header(url) {
    const { origin, pathname } = new URL(url);
    const now = Date.now();
    const matching = [...this.#cookies.values()]
      .filter((c) => c.origin === origin && c.expires > now && pathMatches(pathname, c.path))
      .sort((a, b) => b.path.length - a.path.length);
    return matching.map((c) => `${c.name}=${c.value}`).join('; ');
  }
}

function pathMatches(requestPath, cookiePath) {
  if (requestPath === cookiePath) return true;
  if (!requestPath.startsWith(cookiePath)) return false;
  return cookiePath.endsWith('/') || requestPath[cookiePath.length] === '/';
}

// Fallback for runtimes without Headers.getSetCookie(): split on commas that start a new cookie.
function splitSetCookie(value) {
  if (!value) return [];
  return value.split(/,(?=\s*[^;,=\s]+=)/);
}

// ---------------------------------------------------------------------------------------------
// HTTP helpers

async function request(jar, url, { method = 'GET', form, headers = {} } = {}) {
  const h = { ...headers };
  const cookie = jar?.header(url);
  if (cookie) h.cookie = cookie;
  let body;
  if (form) {
    h['content-type'] = 'application/x-www-form-urlencoded';
    body = new URLSearchParams(form).toString();
  }
  let response;
  try {
    response = await fetch(url, {
      method, headers: h, body, redirect: 'manual', signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
  } catch (err) {
    throw new DriverError(`${method} ${new URL(url).origin}${new URL(url).pathname} failed: ${err.cause?.message || err.message}`);
  }
  jar?.store(url, response);
  return response;
}

async function discover(issuer) {
  const base = String(issuer).replace(/\/+$/, '');
  let response;
  try {
    response = await request(null, `${base}/.well-known/openid-configuration`);
  } catch (err) {
    throw new DriverError(`cannot reach the IdP at ${base} (is it running?): ${err.message}`);
  }
  if (!response.ok) throw new DriverError(`discovery at ${base} answered HTTP ${response.status}`);
  const metadata = await response.json();
  if (metadata.issuer !== base) {
    throw new DriverError(`discovery issuer mismatch: expected ${base}, got ${metadata.issuer}`);
  }
  return metadata;
}

async function tokenRequest(endpoint, form, headers = {}) {
  const response = await request(null, endpoint, { method: 'POST', form, headers });
  let body;
  try {
    body = await response.json();
  } catch {
    throw new DriverError(`token endpoint answered HTTP ${response.status} with a non-JSON body`);
  }
  if (!response.ok || body.error) {
    throw new DriverError(`token request failed: ${body.error || `HTTP ${response.status}`}${body.error_description ? ` (${body.error_description})` : ''}`);
  }
  return body;
}

function freeLoopbackPort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

const randomToken = (bytes = 32) => crypto.randomBytes(bytes).toString('base64url');
const s256 = (verifier) => crypto.createHash('sha256').update(verifier).digest('base64url');

function decodeJwtPayload(jwt) {
  try {
    return JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString('utf8'));
  } catch {
    throw new DriverError('malformed ID token');
  }
}

// ---------------------------------------------------------------------------------------------
// Form handling for the IdP's own pages

const decodeEntities = (s) => s
  .replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>')
  .replace(/&amp;/g, '&');

function findForm(html, id) {
  const re = /<form\b([^>]*)>/gi;
  let m;
  while ((m = re.exec(html))) {
    const attrs = m[1];
    if (new RegExp(`\\bid="${id}"`).test(attrs)) {
      const action = /\baction="([^"]*)"/.exec(attrs);
      return { action: action ? decodeEntities(action[1]) : '' };
    }
  }
  return undefined;
}

function pageError(html) {
  const m = /<(?:p|ul)\b[^>]*\bid="error"[^>]*>([\s\S]*?)<\/(?:p|ul)>/i.exec(html);
  if (!m) return undefined;
  return decodeEntities(m[1].replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim());
}

function isRedirect(status) {
  return status >= 300 && status < 400;
}

function atRedirectUri(location, redirectUri) {
  const a = new URL(location);
  const b = new URL(redirectUri);
  return a.origin === b.origin && a.pathname === b.pathname;
}

// Walks the authorization request like a browser: follows redirects, signs in as `user`,
// answers consent. Stops at (without requesting) the first redirect to `redirectUri`.
async function walkAuthorization({ url, user, redirectUri, deny = false, abortOnRefusal = false }) {
  const jar = new CookieJar();
  let next = { url, method: 'GET' };
  let loggedIn = false;

  for (let step = 0; step < MAX_STEPS; step += 1) {
    const response = await request(jar, next.url, next);

    if (isRedirect(response.status)) {
      const location = response.headers.get('location');
      if (!location) throw new DriverError(`HTTP ${response.status} without Location from ${new URL(next.url).pathname}`);
      const target = new URL(location, next.url).href;
      if (atRedirectUri(target, redirectUri)) return target;
      next = { url: target, method: 'GET' };
      continue;
    }

    const html = await response.text();
    const login = findForm(html, 'login');
    const consent = findForm(html, 'consent');

    if (login) {
      if (loggedIn) {
        const why = pageError(html) || 'the IdP asked to sign in again';
        if (abortOnRefusal) await abortInteraction(jar, next.url, html);
        throw new DriverError(`sign-in refused for user '${user}': ${why}`);
      }
      loggedIn = true;
      next = {
        url: new URL(login.action, next.url).href,
        method: 'POST',
        form: { login: user, password: DEV_PASSWORD },
      };
      continue;
    }

    if (!response.ok) {
      const why = pageError(html) || `HTTP ${response.status}`;
      throw new DriverError(loggedIn ? `sign-in refused for user '${user}': ${why}` : `authorization request failed: ${why}`);
    }

    if (consent) {
      next = {
        url: new URL(consent.action, next.url).href,
        method: 'POST',
        form: { decision: deny ? 'deny' : 'allow' },
      };
      continue;
    }

    throw new DriverError(`unexpected page from the IdP (HTTP ${response.status} at ${new URL(next.url).pathname})`);
  }
  throw new DriverError('too many redirects or forms during sign-in');
}

// Presses "Cancel" on the current login page, so the application's listener gets access_denied
// instead of waiting for a callback that never comes.
async function abortInteraction(jar, pageUrl, html) {
  const m = /<a\b[^>]*\bid="cancel"[^>]*\bhref="([^"]*)"/i.exec(html)
    || /<a\b[^>]*\bhref="([^"]*)"[^>]*\bid="cancel"/i.exec(html);
  if (!m) return;
  let url = new URL(decodeEntities(m[1]), pageUrl).href;
  for (let step = 0; step < MAX_STEPS; step += 1) {
    const response = await request(jar, url);
    const location = response.headers.get('location');
    if (!isRedirect(response.status) || !location) return;
    url = new URL(location, url).href;
    if (!url.startsWith(new URL(pageUrl).origin)) {
      // Left the IdP: this is the application's callback.
      await request(null, url).catch(() => {});
      return;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Public API

/**
 * Full authorization code + PKCE sign-in for a demo user. Returns the token response fields.
 * `resource` is one resource indicator or an array of them (the code is exchanged for the first).
 */
export async function signIn({
  issuer,
  user,
  clientId = 'gatehouse-console',
  scope = 'openid profile email groups',
  resource = AUDIENCES.api,
  offline = false,
}) {
  if (!issuer) throw new DriverError('no issuer given');
  if (!user) throw new DriverError('no user given');
  const metadata = await discover(issuer);

  const redirectUri = `http://127.0.0.1:${await freeLoopbackPort()}/callback`;
  const verifier = randomToken(32);
  const state = randomToken(16);
  const nonce = randomToken(16);

  const scopes = new Set(scope.split(/\s+/).filter(Boolean));
  if (offline) scopes.add('offline_access');

  const auth = new URL(metadata.authorization_endpoint);
  auth.searchParams.set('response_type', 'code');
  auth.searchParams.set('client_id', clientId);
  auth.searchParams.set('redirect_uri', redirectUri);
  auth.searchParams.set('scope', [...scopes].join(' '));
  auth.searchParams.set('state', state);
  auth.searchParams.set('nonce', nonce);
  auth.searchParams.set('code_challenge', s256(verifier));
  auth.searchParams.set('code_challenge_method', 'S256');
  // Several resources may be granted at once (refresh tokens can then mint tokens for each);
  // the code is exchanged for the first.
  const resources = [].concat(resource ?? []);
  for (const r of resources) auth.searchParams.append('resource', r);
  // The IdP only honours offline_access together with prompt=consent.
  if (offline) auth.searchParams.set('prompt', 'consent');

  const callback = new URL(await walkAuthorization({ url: auth.href, user, redirectUri }));
  const params = callback.searchParams;

  if (params.get('state') !== state) throw new DriverError('state mismatch in the authorization response');
  if (params.get('iss') !== metadata.issuer) {
    throw new DriverError(`iss mismatch in the authorization response: ${params.get('iss') ?? '(missing)'}`);
  }
  if (params.get('error')) {
    throw new DriverError(`authorization failed: ${params.get('error')}${params.get('error_description') ? ` (${params.get('error_description')})` : ''}`);
  }
  const code = params.get('code');
  if (!code) throw new DriverError('no code in the authorization response');

  const form = {
    grant_type: 'authorization_code',
    code,
    redirect_uri: redirectUri,
    client_id: clientId,
    code_verifier: verifier,
  };
  if (resources.length) [form.resource] = resources;
  const tokens = await tokenRequest(metadata.token_endpoint, form);

  if (tokens.id_token && decodeJwtPayload(tokens.id_token).nonce !== nonce) {
    throw new DriverError('nonce mismatch in the ID token');
  }

  const result = {
    access_token: tokens.access_token,
    id_token: tokens.id_token,
    expires_in: tokens.expires_in,
    token_type: tokens.token_type,
  };
  if (tokens.refresh_token) result.refresh_token = tokens.refresh_token;
  if (tokens.scope) result.scope = tokens.scope;
  return result;
}

/**
 * Plays the system browser for an application that opened `url` (an authorization request whose
 * redirect_uri is the application's own loopback listener): signs in as `user`, consents (or
 * denies when GATEHOUSE_DEV_DENY=1), then delivers the final redirect to the listener.
 * Returns the HTTP status the listener answered with; with `deliver` false, returns the callback
 * URL without requesting it.
 */
export async function completeBrowserLogin({
  url, user, deny = process.env.GATEHOUSE_DEV_DENY === '1', deliver = true,
}) {
  let auth;
  try {
    auth = new URL(url);
  } catch {
    throw new DriverError(`not a URL: ${url}`);
  }
  const redirectUri = auth.searchParams.get('redirect_uri');
  if (!redirectUri) throw new DriverError('authorization URL has no redirect_uri');

  const callback = await walkAuthorization({
    url: auth.href, user, redirectUri, deny, abortOnRefusal: true,
  });
  if (!deliver) return callback;
  const response = await request(null, callback);
  await response.arrayBuffer().catch(() => {});
  return response.status;
}

/**
 * Client credentials grant for a confidential client (client_secret_basic).
 */
export async function clientCredentials({
  issuer, clientId, clientSecret, resource = AUDIENCES.api,
}) {
  if (!issuer) throw new DriverError('no issuer given');
  if (!clientId || !clientSecret) throw new DriverError('client id and secret are required');
  const metadata = await discover(issuer);
  // RFC 6749 §2.3.1: form-encode both parts before base64.
  const enc = (s) => encodeURIComponent(s).replace(/%20/g, '+');
  const basic = Buffer.from(`${enc(clientId)}:${enc(clientSecret)}`).toString('base64');
  const form = { grant_type: 'client_credentials' };
  if (resource) form.resource = resource;
  return tokenRequest(metadata.token_endpoint, form, { authorization: `Basic ${basic}` });
}

// ---------------------------------------------------------------------------------------------
// Command line

const USAGE = `usage:
  driver.mjs token --issuer URL --user NAME [--audience api|edge] [--offline] [--json]
  driver.mjs browser [--print-callback] URL
                                    (GATEHOUSE_DEV_USER, default alice; GATEHOUSE_DEV_DENY=1 denies)
  driver.mjs client-credentials --issuer URL --client ID --secret S [--audience api|edge] [--json]`;

class UsageError extends Error {}

function parseOptions(args, spec) {
  const out = {};
  for (let i = 0; i < args.length; i += 1) {
    let arg = args[i];
    let value;
    const eq = arg.indexOf('=');
    if (arg.startsWith('--') && eq > 0) {
      value = arg.slice(eq + 1);
      arg = arg.slice(0, eq);
    }
    const kind = spec[arg];
    if (!kind) throw new UsageError(`unknown option '${arg}'`);
    const name = arg.slice(2);
    if (kind === 'flag') {
      if (value !== undefined) throw new UsageError(`${arg} takes no value`);
      out[name] = true;
    } else {
      if (value === undefined) {
        i += 1;
        if (i >= args.length) throw new UsageError(`${arg} needs a value`);
        value = args[i];
      }
      out[name] = value;
    }
  }
  return out;
}

function resourceFor(audience) {
  if (audience === undefined) return AUDIENCES.api;
  if (AUDIENCES[audience]) return AUDIENCES[audience];
  throw new UsageError(`--audience must be api or edge, not '${audience}'`);
}

async function main(argv) {
  const [command, ...args] = argv;
  switch (command) {
    case 'token': {
      const o = parseOptions(args, {
        '--issuer': 'value', '--user': 'value', '--audience': 'value', '--offline': 'flag', '--json': 'flag',
      });
      const issuer = o.issuer || process.env.GATEHOUSE_IDP_ISSUER;
      if (!issuer) throw new UsageError('--issuer is required (or set GATEHOUSE_IDP_ISSUER)');
      if (!o.user) throw new UsageError('--user is required');
      const tokens = await signIn({
        issuer, user: o.user, resource: resourceFor(o.audience), offline: !!o.offline,
      });
      process.stdout.write(o.json ? `${JSON.stringify(tokens, null, 2)}\n` : `${tokens.access_token}\n`);
      return 0;
    }
    case 'browser': {
      const printCallback = args[0] === '--print-callback';
      const rest = printCallback ? args.slice(1) : args;
      if (rest.length !== 1) throw new UsageError('browser takes exactly one URL');
      const user = process.env.GATEHOUSE_DEV_USER || 'alice';
      if (printCallback) {
        process.stdout.write(`${await completeBrowserLogin({ url: rest[0], user, deliver: false })}\n`);
        return 0;
      }
      const status = await completeBrowserLogin({ url: rest[0], user });
      if (status >= 400) throw new DriverError(`the application's callback answered HTTP ${status}`);
      return 0;
    }
    case 'client-credentials': {
      const o = parseOptions(args, {
        '--issuer': 'value', '--client': 'value', '--secret': 'value', '--audience': 'value', '--json': 'flag',
      });
      const issuer = o.issuer || process.env.GATEHOUSE_IDP_ISSUER;
      if (!issuer) throw new UsageError('--issuer is required (or set GATEHOUSE_IDP_ISSUER)');
      if (!o.client || !o.secret) throw new UsageError('--client and --secret are required');
      const tokens = await clientCredentials({
        issuer, clientId: o.client, clientSecret: o.secret, resource: resourceFor(o.audience),
      });
      process.stdout.write(o.json ? `${JSON.stringify(tokens, null, 2)}\n` : `${tokens.access_token}\n`);
      return 0;
    }
    case '-h':
    case '--help':
    case 'help':
      process.stdout.write(`${USAGE}\n`);
      return 0;
    default:
      throw new UsageError(command ? `unknown command '${command}'` : 'no command given');
  }
}

function invokedDirectly() {
  try {
    return !!process.argv[1] && fs.realpathSync(process.argv[1]) === fs.realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (invokedDirectly()) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  }, (err) => {
    if (err instanceof UsageError) {
      process.stderr.write(`driver.mjs: ${err.message} (see driver.mjs --help)\n`);
      process.exitCode = 64;
    } else if (err instanceof DriverError) {
      process.stderr.write(`driver.mjs: ${err.message}\n`);
      process.exitCode = 1;
    } else {
      process.stderr.write(`driver.mjs: unexpected error: ${err.message}\n`);
      process.exitCode = 1;
    }
  });
}
