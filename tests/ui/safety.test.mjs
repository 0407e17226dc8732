// Run with: node --test tests/ui/
// Guards the UI boundary of docs/architecture.md: text reaches the DOM only through safe sinks,
// and only api.js talks to Tauri. The forbidden names are assembled so this file does not match
// the same grep that reviewers run over ui/.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const UI = fileURLToPath(new URL('../../ui/', import.meta.url));
const files = (dir) => readdirSync(dir).flatMap((name) => {
  const path = join(dir, name);
  return statSync(path).isDirectory() ? files(path) : [path];
});
const sources = files(UI).filter((path) => /\.(js|mjs|html)$/.test(path))
  .map((path) => ({ name: relative(UI, path), text: readFileSync(path, 'utf8') }));

test('no HTML parsing sinks or string evaluation anywhere in ui/', () => {
  const forbidden = new RegExp(['inner' + 'HTML', 'outer' + 'HTML', 'insertAdjacent' + 'HTML',
    'document\\.' + 'write', 'eval' + '\\(', 'new ' + 'Function'].join('|'));
  const hits = sources.filter((file) => forbidden.test(file.text)).map((file) => file.name);
  assert.deepEqual(hits, []);
});

test('only api.js touches the Tauri global', () => {
  const hits = sources.filter((file) => file.name !== 'api.js' && file.text.includes('__' + 'TAURI__'))
    .map((file) => file.name);
  assert.deepEqual(hits, []);
});

test('index.html has no inline script or style (the CSP forbids them)', () => {
  const html = sources.find((file) => file.name === 'index.html').text;
  assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/);
  assert.doesNotMatch(html, /<style|\sstyle=|\son\w+=/);
  assert.equal((html.match(/<script/g) ?? []).length, 1);
});
