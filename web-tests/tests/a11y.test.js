// Test 4: axe-core on every page type (English, and Arabic for RTL) with no serious or critical violation; the violations are printed when there are any.
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { AxeBuilder } = require('@axe-core/playwright');
const h = require('../lib/harness');
const { PAGE_TYPES, openSession, closeSession, openPage } = require('../lib/pages');

let session;
before(async () => { session = await openSession(); });
after(async () => {
  try { if (session) await closeSession(session); } finally { await h.closeBrowser(); }
});

function describe(violations) {
  return violations.map((v) => {
    const nodes = v.nodes.slice(0, 5).map((n) => `      ${n.target.join(' ')}: ${n.html.replace(/\s+/g, ' ').slice(0, 160)}${n.failureSummary ? `\n        ${n.failureSummary.replace(/\s+/g, ' ').slice(0, 240)}` : ''}`);
    const more = v.nodes.length > 5 ? `\n      … and ${v.nodes.length - 5} more` : '';
    return `  [${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n${nodes.join('\n')}${more}`;
  }).join('\n');
}

for (const lang of ['en', 'ar']) {
  for (const type of PAGE_TYPES) {
    test(`axe: ${type.name} (${lang}) has no serious or critical violation`, { timeout: 120000 }, async (t) => {
      const { page } = await openPage(session, type, lang);
      const results = await new AxeBuilder({ page }).analyze();
      const all = results.violations;
      const bad = all.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      const minor = all.filter((v) => !bad.includes(v));
      if (minor.length) t.diagnostic(`${type.name} (${lang}) minor/moderate: ${minor.map((v) => `${v.id} (${v.impact})`).join(', ')}`);
      if (bad.length) console.log(`axe violations on ${type.name} (${lang}) at ${page.url()}:\n${describe(bad)}`);
      assert.equal(bad.length, 0, `${bad.length} serious or critical axe violation(s) on ${type.name} (${lang}) at ${page.url()}:\n${describe(bad)}`);
    });
  }
}
