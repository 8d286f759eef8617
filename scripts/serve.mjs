#!/usr/bin/env node
// Serves a built site (default dist/) on http://localhost:PORT/ with the MIME types a WebAssembly page needs
// (application/wasm lets the browser compile while downloading). Only for local use: binds to 127.0.0.1.
// usage: node scripts/serve.mjs [DIR] [PORT]       (PORT 0 or taken: the next free one is used)
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(process.argv[2] || 'dist');
const wantedPort = Number(process.argv[3] || process.env.PORT || 8080);
const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript',
  '.wasm': 'application/wasm', '.json': 'application/json', '.css': 'text/css', '.png': 'image/png',
  '.svg': 'image/svg+xml', '.txt': 'text/plain; charset=utf-8',
};

if (!fs.existsSync(path.join(root, 'index.html'))) {
  console.error(`serve: ${root}/index.html not found (build it first: ./build_wasm.sh)`);
  process.exit(1);
}

const server = http.createServer((request, response) => {
  let file;
  try {
    file = path.join(root, decodeURIComponent(new URL(request.url, 'http://x').pathname));
  } catch {
    response.writeHead(400).end();
    return;
  }
  if (file.endsWith(path.sep)) file = path.join(file, 'index.html');
  // refuse anything outside root (../ tricks) and anything that is not a plain file
  if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
    return;
  }
  response.writeHead(200, {
    'content-type': types[path.extname(file)] || 'application/octet-stream',
    'cache-control': 'no-cache',  // always the latest build while developing
  });
  fs.createReadStream(file).pipe(response);
});

function listen(port, attemptsLeft) {
  server.once('error', (error) => {
    if (error.code === 'EADDRINUSE' && attemptsLeft > 0) listen(port + 1, attemptsLeft - 1);
    else { console.error(`serve: ${error.message}`); process.exit(1); }
  });
  server.listen(port, '127.0.0.1', () => {
    console.log(`Serving ${root} on http://localhost:${server.address().port}/  (Ctrl-C to stop)`);
  });
}
listen(wantedPort, 20);
