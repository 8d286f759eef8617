// Makes the single-file page (emcc -sSINGLE_FILE: the program's JS, with the wasm as base64, inline in the shell's
// <template>) ready for file://. If the shell has a Content-Security-Policy, its script-src hashes are recomputed
// over every inline <script> of the final file — the inlined program included, which the shell's build-time hashes
// cannot know — and connect-src also allows data: (Emscripten reads the inlined wasm with fetch('data:…') before
// falling back to decoding it itself). Nothing else changes. Prints the file's size and its gzip size.
// usage: node scripts/offline_page.mjs IN.html OUT.html
import crypto from 'node:crypto';
import fs from 'node:fs';
import zlib from 'node:zlib';

const [input, output] = process.argv.slice(2);
if (!input || !output) {
  console.error('usage: node scripts/offline_page.mjs IN.html OUT.html');
  process.exit(2);
}
let html = fs.readFileSync(input, 'utf8');
const policy = /(<meta http-equiv="Content-Security-Policy" content=")([^"]*)(")/i;
if (policy.test(html)) {
  const code = html.replace(/<!--[\s\S]*?-->/g, '');
  const hashes = [...code.matchAll(/<script(?![^>]*\bsrc\s*=)[^>]*>([\s\S]*?)<\/script>/gi)]
    .map((m) => `'sha256-${crypto.createHash('sha256').update(m[1], 'utf8').digest('base64')}'`);
  html = html.replace(policy, (all, head, content, tail) => {
    const directives = content.split(';').map((d) => d.trim()).filter(Boolean).map((d) => {
      const [name, ...values] = d.split(/\s+/);
      if (name === 'script-src') return [name, ...values.filter((v) => !v.startsWith("'sha256-")), ...hashes].join(' ');
      if (name === 'connect-src') return [name, ...values.filter((v) => v !== "'none'"), 'data:'].join(' ');
      return d;
    });
    return head + directives.join('; ') + tail;
  });
}
fs.writeFileSync(output, html);
const kb = (n) => Math.round(n / 1024);
console.log(`offline page ${output}: ${kb(Buffer.byteLength(html))} KB, ${kb(zlib.gzipSync(html, { level: 9 }).length)} KB gzip`);
