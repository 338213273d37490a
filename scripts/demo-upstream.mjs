// A small demo upstream service behind Caddy: answers every request with what
// it received, including the identity headers the edge passes on.
//
//   node scripts/demo-upstream.mjs --name payments --port 47111
import http from 'node:http';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
const name = option('name', 'demo');
const port = Number(option('port', '0'));

const server = http.createServer((req, res) => {
  const identity = {};
  for (const [key, value] of Object.entries(req.headers)) {
    if (key.startsWith('x-gatehouse-')) identity[key] = value;
  }
  const body = JSON.stringify({
    service: name,
    method: req.method,
    path: new URL(req.url, 'http://upstream').pathname,
    uri: req.url,
    referer: req.headers.referer ?? null,
    identity,
    time: new Date().toISOString(),
  });
  res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(body + '\n');
});

server.listen(port, '127.0.0.1', () => {
  console.log(`demo-upstream ready name=${name} url=http://127.0.0.1:${server.address().port}`);
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
