// Fills the Content-Security-Policy of the page shell: replaces @INLINE_SCRIPT_HASHES@ and @INLINE_STYLE_HASHES@
// with 'sha256-…' of every inline <script> (one without src) and <style> block, so the policy allows exactly the
// code in the file and nothing injected. The build runs it on web/shell.html before emcc (cmake/BplabApp.cmake).
// usage: node scripts/csp_hashes.mjs IN.html OUT.html
import crypto from 'node:crypto';
import fs from 'node:fs';

const [input, output] = process.argv.slice(2);
if (!input || !output) {
  console.error('usage: node scripts/csp_hashes.mjs IN.html OUT.html');
  process.exit(2);
}
const html = fs.readFileSync(input, 'utf8');
const code = html.replace(/<!--[\s\S]*?-->/g, '');  // a comment may mention <script> without being one
const hashes = (pattern) => {
  const found = [...code.matchAll(pattern)].map((m) => `'sha256-${crypto.createHash('sha256').update(m[1], 'utf8').digest('base64')}'`);
  return found.length ? found.join(' ') : "'none'";
};
const scripts = hashes(/<script(?![^>]*\bsrc\s*=)[^>]*>([\s\S]*?)<\/script>/gi);
const styles = hashes(/<style[^>]*>([\s\S]*?)<\/style>/gi);
if (!html.includes('@INLINE_SCRIPT_HASHES@') || !html.includes('@INLINE_STYLE_HASHES@')) {
  console.error(`${input}: no @INLINE_SCRIPT_HASHES@ / @INLINE_STYLE_HASHES@ placeholders in its Content-Security-Policy`);
  process.exit(1);
}
const filled = html.replaceAll('@INLINE_SCRIPT_HASHES@', scripts).replaceAll('@INLINE_STYLE_HASHES@', styles);
if (!fs.existsSync(output) || fs.readFileSync(output, 'utf8') !== filled) fs.writeFileSync(output, filled);
