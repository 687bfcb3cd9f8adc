// Test 5: a full-page screenshot of every page type in each of the six languages, into target/screenshots/<page>-<lang>.png, with the page's language checked on the way.
'use strict';

const { test, before, after } = require('node:test');
const h = require('../lib/harness');
const { PAGE_TYPES, openSession, closeSession, openPage } = require('../lib/pages');

let session;
before(async () => { session = await openSession(); });
after(async () => {
  try { if (session) await closeSession(session); } finally { await h.closeBrowser(); }
});

for (const type of PAGE_TYPES) {
  test(`screenshots: ${type.name} in ${h.LANGS.join(', ')}`, { timeout: 240000 }, async (t) => {
    const failures = [];
    for (const lang of h.LANGS) {
      try {
        const { page } = await openPage(session, type, lang);
        await h.expectLanguage(page, lang);
        const file = await h.screenshot(page, type.name, lang);
        t.diagnostic(file);
      } catch (e) {
        failures.push(`${type.name} (${lang}): ${e.message}`);
      }
    }
    if (failures.length) throw new Error(failures.join('\n'));
  });
}
