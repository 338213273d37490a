#!/usr/bin/env node
// Development OpenID Provider for Gatehouse tests and demos.
//
//   node scripts/idp/server.mjs [--port N]      (or GATEHOUSE_IDP_PORT; default 47101, 0 = any free port)
//
// Listens on 127.0.0.1 only; the issuer is http://127.0.0.1:N. Everything (keys, sessions,
// grants, tokens) lives in memory and is gone when the process exits. NOT for production:
// passwords are not checked and the client secrets below are public.
//
// Demo accounts: alice, bob, carol, dave, erin (any password). Unknown names are refused.
//
// To behave like other identity providers (for tests of the console and gatehoused):
//   GATEHOUSE_IDP_OPAQUE_SUB=1      `sub` is an opaque id ("00u…", as Okta, Google and Entra
//                                   issue), not the user name; preferred_username and email
//                                   still name the person.
//   GATEHOUSE_IDP_TOKEN_MODE=       how the console gets an access token for the API:
//     resource        (default) RFC 8707 `resource` indicators, as today's oidc-provider.
//     audience-scope  `resource` is refused (invalid_target); the scope api://gatehouse/.default
//                     makes access tokens for the audience api://gatehouse (Entra ID style).
//     fixed-audience  `resource` is refused; every access token is for the authorization server's
//                     one audience api://default, from the code exchange on (Okta custom AS style).

import crypto from 'node:crypto';
import http from 'node:http';
import process from 'node:process';

import Provider, { errors } from 'oidc-provider';

const DEFAULT_PORT = 47101;
const API_RESOURCE = 'urn:gatehouse:api';
const EDGE_RESOURCE = 'urn:gatehouse:edge';
const RESOURCES = new Set([API_RESOURCE, EDGE_RESOURCE]);

const TOKEN_MODE = tokenMode(process.env.GATEHOUSE_IDP_TOKEN_MODE);
const OPAQUE_SUB = process.env.GATEHOUSE_IDP_OPAQUE_SUB === '1';
const SCOPE_AUDIENCE = 'api://gatehouse'; // audience-scope mode
const AUDIENCE_SCOPE = `${SCOPE_AUDIENCE}/.default`;
const FIXED_AUDIENCE = 'api://default'; // fixed-audience mode

const ACCESS_TTL = positiveInt(process.env.GATEHOUSE_IDP_ACCESS_TTL, 300, 'GATEHOUSE_IDP_ACCESS_TTL');
const ID_TOKEN_TTL = 300;
const REFRESH_TTL = 8 * 60 * 60;

// ---------------------------------------------------------------------------------------------
// Accounts

const ACCOUNTS = new Map(Object.entries({
  alice: { name: 'Alice Adams', groups: ['payments-team', 'owners:payments', 'owners:ledger'] },
  bob: { name: 'Bob Brown', groups: ['engineering'] },
  carol: { name: 'Carol Chen', groups: ['auditors'] },
  dave: { name: 'Dave Dias', groups: ['oncall', 'engineering'] },
  erin: { name: 'Erin Evans', groups: ['gatehouse-admins'] },
}));

// The account id, which is also `sub`: the user name, or an opaque id derived from it.
function accountIdOf(username) {
  if (!OPAQUE_SUB) return username;
  return `00u${crypto.createHash('sha256').update(`gatehouse-dev:${username}`).digest('hex').slice(0, 17)}`;
}

function usernameOf(accountId) {
  if (!OPAQUE_SUB) return accountId;
  return [...ACCOUNTS.keys()].find((name) => accountIdOf(name) === accountId);
}

function profileOf(accountId) {
  const username = usernameOf(accountId);
  const account = ACCOUNTS.get(username);
  if (!account) return undefined;
  return {
    sub: accountId,
    name: account.name,
    preferred_username: username,
    email: `${username}@example.test`,
    email_verified: true,
    groups: [...account.groups],
  };
}

// Machine callers using client credentials, and what kind of subject Gatehouse should see.
const SUBJECT_KIND_BY_CLIENT = {
  'gatehouse-machine': 'service',
  'gatehouse-agent-example': 'agent',
};

// ---------------------------------------------------------------------------------------------
// Small helpers

function positiveInt(raw, fallback, what) {
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0) {
    console.error(`gatehouse-idp: ${what} must be a positive integer, got '${raw}'`);
    process.exit(64);
  }
  return n;
}

function tokenMode(raw) {
  const mode = raw || 'resource';
  if (!['resource', 'audience-scope', 'fixed-audience'].includes(mode)) {
    console.error(`gatehouse-idp: GATEHOUSE_IDP_TOKEN_MODE must be resource, audience-scope or fixed-audience, got '${raw}'`);
    process.exit(64);
  }
  return mode;
}

function parsePort(argv) {
  let raw = process.env.GATEHOUSE_IDP_PORT;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--port') {
      raw = argv[i + 1];
      i += 1;
    } else if (arg.startsWith('--port=')) {
      raw = arg.slice('--port='.length);
    } else if (arg === '-h' || arg === '--help') {
      console.log('usage: node server.mjs [--port N]   (env GATEHOUSE_IDP_PORT, default 47101)');
      process.exit(0);
    } else {
      console.error(`gatehouse-idp: unknown argument '${arg}'`);
      process.exit(64);
    }
  }
  if (raw === undefined || raw === '') return DEFAULT_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`gatehouse-idp: invalid port '${raw}'`);
    process.exit(64);
  }
  return port;
}

const escapeHtml = (s) => String(s).replace(/[&<>"']/g, (c) => ({
  '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;',
}[c]));

// RFC 7638 thumbprint, used as the key id.
function thumbprint(jwk) {
  const members = jwk.kty === 'RSA'
    ? { e: jwk.e, kty: jwk.kty, n: jwk.n }
    : { crv: jwk.crv, kty: jwk.kty, x: jwk.x, y: jwk.y };
  return crypto.createHash('sha256').update(JSON.stringify(members)).digest('base64url');
}

function generateSigningKeys() {
  const rsa = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });
  const ec = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ format: 'jwk' });
  // The RS256 key comes first: it is the one used for ID tokens and access tokens.
  return {
    keys: [
      { ...rsa, alg: 'RS256', use: 'sig', kid: thumbprint(rsa) },
      { ...ec, alg: 'ES256', use: 'sig', kid: thumbprint(ec) },
    ],
  };
}

// In-memory storage for the provider. Same contract as oidc-provider's built-in development
// adapter, but without its LRU size cap (which can evict live grants during long test runs).
const store = new Map(); // key -> { value, expiresAt }
const grantIndex = new Map(); // grantId -> Set of keys

function storeGet(key) {
  const entry = store.get(key);
  if (!entry) return undefined;
  if (entry.expiresAt && entry.expiresAt <= Date.now()) {
    store.delete(key);
    return undefined;
  }
  return entry.value;
}

function storeSet(key, value, expiresIn) {
  store.set(key, { value, expiresAt: expiresIn ? Date.now() + expiresIn * 1000 : 0 });
}

const GRANTABLE = new Set(['AccessToken', 'AuthorizationCode', 'RefreshToken', 'DeviceCode', 'BackchannelAuthenticationRequest']);

class MemoryAdapter {
  constructor(model) { this.model = model; }

  key(id) { return `${this.model}:${id}`; }

  async upsert(id, payload, expiresIn) {
    const key = this.key(id);
    if (this.model === 'Session') storeSet(`sessionUid:${payload.uid}`, id, expiresIn);
    if (payload.userCode) storeSet(`userCode:${payload.userCode}`, id, expiresIn);
    if (GRANTABLE.has(this.model) && payload.grantId) {
      if (!grantIndex.has(payload.grantId)) grantIndex.set(payload.grantId, new Set());
      grantIndex.get(payload.grantId).add(key);
    }
    storeSet(key, payload, expiresIn);
  }

  async find(id) { return storeGet(this.key(id)); }

  async findByUid(uid) {
    const id = storeGet(`sessionUid:${uid}`);
    return id === undefined ? undefined : this.find(id);
  }

  async findByUserCode(userCode) {
    const id = storeGet(`userCode:${userCode}`);
    return id === undefined ? undefined : this.find(id);
  }

  async consume(id) {
    const value = storeGet(this.key(id));
    if (value) value.consumed = Math.floor(Date.now() / 1000);
  }

  async destroy(id) { store.delete(this.key(id)); }

  async revokeByGrantId(grantId) { // eslint-disable-line class-methods-use-this
    for (const key of grantIndex.get(grantId) ?? []) store.delete(key);
    grantIndex.delete(grantId);
  }
}

function sweepExpired() {
  const now = Date.now();
  for (const [key, entry] of store) {
    if (entry.expiresAt && entry.expiresAt <= now) store.delete(key);
  }
  for (const [grantId, keys] of grantIndex) {
    for (const key of keys) if (!store.has(key)) keys.delete(key);
    if (keys.size === 0) grantIndex.delete(grantId);
  }
}

// ---------------------------------------------------------------------------------------------
// HTML for the sign-in and consent pages (and errors). Deliberately plain: the pages are also
// driven by scripts/idp/driver.mjs, which relies on the form ids and field names below.

function page(title, body) {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · Gatehouse dev IdP</title>
<style>
body{font-family:system-ui,sans-serif;background:#f4f5f7;margin:0;padding:40px 16px;color:#1d2430}
main{max-width:380px;margin:0 auto;background:#fff;border-radius:8px;padding:24px 28px;box-shadow:0 1px 3px rgba(0,0,0,.15)}
h1{font-size:1.3em;margin:0 0 12px}label{display:block;margin:12px 0 4px;font-weight:600}
input[type=text],input[type=password]{width:100%;box-sizing:border-box;padding:8px;font-size:1em}
button{margin-top:16px;padding:8px 16px;font-size:1em}.error{color:#b00020;font-weight:600}
.muted{color:#5a6270;font-size:.9em}ul{padding-left:20px}
</style>
</head>
<body><main>
${body}
</main></body>
</html>
`;
}

function loginPage({ uid, clientName, username = '', error }) {
  return page('Sign in', `<h1>Sign in to ${escapeHtml(clientName)}</h1>
${error ? `<p class="error" role="alert" id="error">${escapeHtml(error)}</p>` : ''}
<form id="login" method="post" action="/interaction/${escapeHtml(uid)}/login" autocomplete="off">
<label for="login-name">User name</label>
<input id="login-name" type="text" name="login" value="${escapeHtml(username)}" required autofocus>
<label for="login-password">Password</label>
<input id="login-password" type="password" name="password" required>
<button type="submit">Sign in</button>
</form>
<p class="muted">Development identity provider: users are ${[...ACCOUNTS.keys()].join(', ')}; any password works.</p>
<p><a id="cancel" href="/interaction/${escapeHtml(uid)}/abort">Cancel</a></p>`);
}

function consentPage({ uid, clientName, username, scopes, resources }) {
  const scopeItems = scopes.map((s) => `<li>${escapeHtml(s)}</li>`).join('');
  const resourceItems = resources.map((r) => `<li>${escapeHtml(r)}</li>`).join('');
  return page('Authorize', `<h1>Authorize ${escapeHtml(clientName)}</h1>
<p>Signed in as <strong>${escapeHtml(username)}</strong>.</p>
${scopeItems ? `<p>It asks for:</p><ul id="scopes">${scopeItems}</ul>` : ''}
${resourceItems ? `<p>Access tokens for:</p><ul id="resources">${resourceItems}</ul>` : ''}
<form id="consent" method="post" action="/interaction/${escapeHtml(uid)}/consent">
<button type="submit" name="decision" value="allow">Allow</button>
<button type="submit" name="decision" value="deny">Deny</button>
</form>`);
}

function send(res, status, html) {
  res.statusCode = status;
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('X-Frame-Options', 'DENY');
  res.end(html);
}

async function readForm(req, limit = 16 * 1024) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > limit) throw new Error('request body too large');
    chunks.push(chunk);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

// ---------------------------------------------------------------------------------------------
// Interaction routes: /interaction/:uid, /interaction/:uid/login, /consent, /abort

async function handleInteraction(provider, req, res, url) {
  const match = /^\/interaction\/([A-Za-z0-9_-]+)(?:\/(login|consent|abort))?$/.exec(url.pathname);
  if (!match) return send(res, 404, page('Not found', '<h1>Not found</h1>'));
  const [, uid, action] = match;

  let details;
  try {
    details = await provider.interactionDetails(req, res);
  } catch (err) {
    // Expired or unknown interaction, or its cookie is missing.
    return send(res, 400, page('Sign-in expired', `<h1>Sign-in expired</h1>
<p class="error" role="alert" id="error">This sign-in request is no longer valid (${escapeHtml(err.error_description || err.message)}). Start again from the application.</p>`));
  }
  if (details.uid !== uid) return send(res, 400, page('Sign-in expired', '<h1>Sign-in expired</h1><p class="error" role="alert" id="error">Interaction mismatch.</p>'));

  const { prompt, params, session, grantId } = details;
  const client = await provider.Client.find(params.client_id);
  const clientName = client?.clientName || params.client_id;

  if (action === 'abort') {
    return provider.interactionFinished(req, res, {
      error: 'access_denied',
      error_description: 'End-User aborted interaction',
    }, { mergeWithLastSubmission: false });
  }

  if (req.method === 'GET' && !action) {
    if (prompt.name === 'login') {
      return send(res, 200, loginPage({ uid, clientName, username: params.login_hint || '' }));
    }
    if (prompt.name === 'consent') {
      const resources = params.resource === undefined ? [] : [].concat(params.resource);
      return send(res, 200, consentPage({
        uid,
        clientName,
        username: usernameOf(session?.accountId),
        scopes: String(params.scope || '').split(' ').filter(Boolean),
        resources,
      }));
    }
    return send(res, 501, page('Not supported', `<h1>Not supported</h1><p class="error" role="alert" id="error">Prompt '${escapeHtml(prompt.name)}' is not supported.</p>`));
  }

  if (req.method !== 'POST') {
    res.setHeader('Allow', 'GET, POST');
    return send(res, 405, page('Method not allowed', '<h1>Method not allowed</h1>'));
  }

  const form = await readForm(req);

  if (action === 'login') {
    if (prompt.name !== 'login') return send(res, 400, page('Unexpected', '<h1>Unexpected step</h1><p class="error" role="alert" id="error">This request does not expect a sign-in.</p>'));
    const username = (form.get('login') || '').trim();
    const password = form.get('password') || '';
    if (!username || !password) {
      return send(res, 400, loginPage({ uid, clientName, username, error: 'Enter a user name and a password.' }));
    }
    if (!ACCOUNTS.has(username)) {
      return send(res, 401, loginPage({ uid, clientName, username, error: `Unknown user '${username}'.` }));
    }
    // Dev IdP: the password is not checked.
    return provider.interactionFinished(req, res, {
      login: { accountId: accountIdOf(username) },
    }, { mergeWithLastSubmission: false });
  }

  if (action === 'consent') {
    if (prompt.name !== 'consent') return send(res, 400, page('Unexpected', '<h1>Unexpected step</h1><p class="error" role="alert" id="error">This request does not expect consent.</p>'));
    if (form.get('decision') !== 'allow') {
      return provider.interactionFinished(req, res, {
        error: 'access_denied',
        error_description: 'End-User denied the authorization request',
      }, { mergeWithLastSubmission: false });
    }

    const grant = grantId
      ? await provider.Grant.find(grantId)
      : new provider.Grant({ accountId: session.accountId, clientId: params.client_id });

    const { details: missing } = prompt;
    if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(' '));
    if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims);
    if (missing.missingResourceScopes) {
      for (const [indicator, scopes] of Object.entries(missing.missingResourceScopes)) {
        grant.addResourceScope(indicator, scopes.join(' '));
      }
    }
    return provider.interactionFinished(req, res, {
      consent: { grantId: await grant.save() },
    }, { mergeWithLastSubmission: true });
  }

  return send(res, 404, page('Not found', '<h1>Not found</h1>'));
}

// ---------------------------------------------------------------------------------------------
// Provider configuration

function buildConfiguration() {
  return {
    adapter: MemoryAdapter,
    jwks: generateSigningKeys(),
    cookies: { keys: [crypto.randomBytes(32).toString('base64url')] },

    clients: [
      {
        // The desktop console: public native client, system browser, loopback redirect on any port.
        client_id: 'gatehouse-console',
        client_name: 'Gatehouse console',
        application_type: 'native',
        token_endpoint_auth_method: 'none',
        redirect_uris: ['http://127.0.0.1/callback'],
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
      },
      {
        // Machine caller. Development-only secret: this file is public.
        client_id: 'gatehouse-machine',
        client_name: 'Gatehouse machine client',
        client_secret: 'gatehouse-machine-secret',
        token_endpoint_auth_method: 'client_secret_basic', // client_secret_post is accepted too
        grant_types: ['client_credentials'],
        response_types: [],
        redirect_uris: [],
      },
      {
        // Example AI agent. Development-only secret: this file is public.
        client_id: 'gatehouse-agent-example',
        client_name: 'Example agent',
        client_secret: 'gatehouse-agent-secret',
        token_endpoint_auth_method: 'client_secret_basic',
        grant_types: ['client_credentials'],
        response_types: [],
        redirect_uris: [],
      },
    ],

    async findAccount(ctx, sub) {
      const profile = profileOf(sub);
      if (!profile) return undefined;
      return {
        accountId: sub,
        async claims() { return profileOf(sub); },
      };
    },

    responseTypes: ['code'],
    scopes: ['openid', 'offline_access', 'profile', 'email', 'groups'],
    claims: {
      openid: ['sub'],
      profile: ['name', 'preferred_username'],
      email: ['email', 'email_verified'],
      groups: ['groups'],
    },
    // Put the scope-requested claims in the ID token as well, so the console needs no userinfo call.
    conformIdTokenClaims: false,

    interactions: {
      url(ctx, interaction) { return `/interaction/${interaction.uid}`; },
    },

    pkce: {
      methods: ['S256'],
      required: () => true,
    },

    // Refresh tokens rotate on every use; presenting a consumed one revokes the whole grant.
    // oidc-provider consumes the old token before it looks at `resource`, so a refresh asking for
    // a resource outside the grant would burn the token (and the grant on the next try): refuse
    // such requests here, before rotation.
    rotateRefreshToken(ctx) {
      const { RefreshToken: refreshToken } = ctx.oidc.entities;
      const { resource } = ctx.oidc.params;
      if (resource !== undefined
          && ![].concat(resource).every((r) => refreshToken.resourceIndicators.has(r))) {
        throw new errors.InvalidTarget();
      }
      return true;
    },

    features: {
      devInteractions: { enabled: false }, // own forms above: they refuse unknown users
      clientCredentials: { enabled: true },
      introspection: {
        enabled: true,
        // Public clients may only introspect their own tokens; confidential ones any token.
        async allowedPolicy(ctx, client, token) {
          return !(client.clientAuthMethod === 'none' && token.clientId !== client.clientId);
        },
      },
      revocation: { enabled: true },
      userinfo: { enabled: true },
      rpInitiatedLogout: {
        enabled: true,
        async logoutSource(ctx, form) {
          ctx.type = 'html';
          ctx.body = page('Sign out', `<h1>Sign out</h1><p>Sign out of the Gatehouse dev IdP?</p>
${form}
<button type="submit" form="op.logoutForm" name="logout" value="yes">Sign out</button>`);
        },
        async postLogoutSuccessSource(ctx) {
          ctx.type = 'html';
          ctx.body = page('Signed out', '<h1>Signed out</h1><p>You can close this page.</p>');
        },
      },
      resourceIndicators: {
        enabled: true,
        // No resource requested (authorization request, client credentials, or a token request
        // for a grant covering several resources): the Gatehouse API — or, in the other modes,
        // what the requested scope or the fixed audience says.
        async defaultResource(ctx, client, oneOf) {
          if (TOKEN_MODE === 'fixed-audience') return FIXED_AUDIENCE;
          if (TOKEN_MODE === 'audience-scope') {
            const scopes = String(ctx.oidc.params?.scope ?? '').split(' ');
            if (scopes.includes(AUDIENCE_SCOPE)) return SCOPE_AUDIENCE;
            if (client?.grantTypes?.includes('client_credentials')) return API_RESOURCE;
            return undefined; // an opaque token for userinfo only
          }
          if (oneOf) return oneOf.includes(API_RESOURCE) ? API_RESOURCE : oneOf[0];
          return API_RESOURCE;
        },
        // Token endpoint without `resource`: issue for the resource granted at authorization —
        // except for the console in resource mode, which exchanges its code without `resource`
        // to get a token for the userinfo endpoint (sub check at sign-in) and asks for the API
        // token by name.
        async useGrantedResource(ctx) {
          return TOKEN_MODE !== 'resource' || ctx.oidc.client?.clientId !== 'gatehouse-console';
        },
        async getResourceServerInfo(ctx, resourceIndicator) {
          // Like providers without RFC 8707: an explicit `resource` is an error.
          // (The authorization endpoint fills params.resource from defaultResource: look at what
          // the client sent.)
          const sent = ctx.oidc?.body?.resource ?? ctx.query?.resource;
          if (TOKEN_MODE !== 'resource' && sent !== undefined) {
            throw new errors.InvalidTarget('resource indicators are not supported');
          }
          const known = TOKEN_MODE === 'fixed-audience' ? resourceIndicator === FIXED_AUDIENCE
            : TOKEN_MODE === 'audience-scope'
              ? resourceIndicator === SCOPE_AUDIENCE || RESOURCES.has(resourceIndicator)
              : RESOURCES.has(resourceIndicator);
          if (!known) throw new errors.InvalidTarget();
          return {
            scope: resourceIndicator === SCOPE_AUDIENCE ? AUDIENCE_SCOPE : '',
            audience: resourceIndicator,
            accessTokenFormat: 'jwt', // RFC 9068, typ at+jwt
            accessTokenTTL: ACCESS_TTL,
            jwt: { sign: { alg: 'RS256' } },
          };
        },
      },
    },

    async extraTokenClaims(ctx, token) {
      if (token.kind === 'ClientCredentials') {
        return { gatehouse_subject_kind: SUBJECT_KIND_BY_CLIENT[token.clientId] ?? 'service' };
      }
      if (token.kind === 'AccessToken' && token.accountId) {
        const profile = profileOf(token.accountId);
        if (!profile) return undefined;
        return {
          gatehouse_subject_kind: 'user',
          preferred_username: profile.preferred_username,
          email: profile.email,
          groups: profile.groups,
        };
      }
      return undefined;
    },

    ttl: {
      AccessToken: ACCESS_TTL,
      ClientCredentials: ACCESS_TTL,
      AuthorizationCode: 60,
      IdToken: ID_TOKEN_TTL,
      Interaction: 10 * 60,
      Session: REFRESH_TTL,
      Grant: REFRESH_TTL,
      // Rotation does not extend the sign-in: a rotated token keeps its predecessor's expiry.
      RefreshToken(ctx, token) {
        const rotated = ctx?.oidc?.entities?.RotatedRefreshToken;
        return rotated ? Math.max(1, rotated.remainingTTL) : REFRESH_TTL;
      },
    },

    async clientBasedCORS() { return false; },

    async renderError(ctx, out) {
      ctx.type = 'html';
      const items = Object.entries(out)
        .map(([k, v]) => `<li><strong>${escapeHtml(k)}</strong>: ${escapeHtml(v)}</li>`).join('');
      ctx.body = page('Error', `<h1>Something went wrong</h1><ul class="error" role="alert" id="error">${items}</ul>`);
    },
  };
}

// ---------------------------------------------------------------------------------------------

function main() {
  const port = parsePort(process.argv.slice(2));
  let provider; // set once the port (and so the issuer) is known
  let callback;

  const server = http.createServer((req, res) => {
    if (!provider) {
      res.statusCode = 503;
      res.end();
      return;
    }
    const url = new URL(req.url, provider.issuer);
    if (url.pathname === '/interaction' || url.pathname.startsWith('/interaction/')) {
      handleInteraction(provider, req, res, url).catch((err) => {
        console.error(`gatehouse-idp: interaction error: ${err.message}`);
        if (!res.headersSent) send(res, 500, page('Error', '<h1>Internal error</h1>'));
        else res.end();
      });
      return;
    }
    callback(req, res);
  });

  server.on('error', (err) => {
    console.error(`gatehouse-idp: cannot listen on 127.0.0.1:${port}: ${err.message}`);
    process.exit(1);
  });

  server.listen(port, '127.0.0.1', () => {
    const actualPort = server.address().port;
    const issuer = `http://127.0.0.1:${actualPort}`;
    provider = new Provider(issuer, buildConfiguration());
    // Only failures are reported; nothing here carries token values.
    provider.on('server_error', (ctx, err) => console.error(`gatehouse-idp: server error: ${err.message}`));
    callback = provider.callback();
    setInterval(sweepExpired, 60_000).unref();
    console.log(`gatehouse-idp ready issuer=${issuer}`);
    if (TOKEN_MODE !== 'resource' || OPAQUE_SUB) {
      console.error(`gatehouse-idp: token mode ${TOKEN_MODE}${OPAQUE_SUB ? ', opaque sub' : ''}`);
    }
  });

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    server.close(() => process.exit(0));
    server.closeAllConnections?.();
    setTimeout(() => process.exit(0), 2000).unref();
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main();
