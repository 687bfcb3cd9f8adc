// Test 5: a full-page screenshot of every page type in each of the six languages, into target/screenshots/<page>-<lang>.png; on the way, the page's language, no Fluent placeholder left in its text, and a translated main nav.
'use strict';

const { test, before, after } = require('node:test');
const h = require('../lib/harness');
const { PAGE_TYPES, openSession, closeSession, openPage } = require('../lib/pages');

let session;
let englishNav = null;
const NAV = ['a#nav-matrix', 'a#nav-registry', 'a#nav-stats'];

async function navTexts(page) {
  return page.evaluate((ids) => ids.map((id) => {
    const el = document.querySelector(id);
    return el ? el.textContent.trim() : null;
  }), NAV);
}

before(async () => {
  session = await openSession();
  await h.visit(session.anonymous, '/', { lang: 'en' });
  englishNav = await navTexts(session.anonymous);
});

// What is wrong with the text of a page in a language: Fluent placeholders
// ({$name}) left unresolved, a main nav still in English.
async function textProblems(page, lang) {
  const problems = [];
  const text = await page.evaluate(() => document.body.innerText);
  const leaked = [...new Set(text.match(/\{\s*\$[A-Za-z_][\w-]*\s*\}/g) || [])];
  if (leaked.length) problems.push(`unresolved placeholders in the text: ${leaked.join(' ')}`);
  if (lang !== 'en' && englishNav) {
    const nav = await navTexts(page);
    const same = NAV.filter((id, i) => nav[i] && nav[i] === englishNav[i]);
    if (same.length) problems.push(`main nav in English: ${same.map((id) => `${id} "${nav[NAV.indexOf(id)]}"`).join(', ')}`);
  }
  return problems;
}
after(async () => {
  try { if (session) await closeSession(session); } finally { await h.closeBrowser(); }
});

// Text problems found while taking the screenshots, by page type.
const problems = new Map();

for (const type of PAGE_TYPES) {
  test(`screenshots: ${type.name} in ${h.LANGS.join(', ')}`, { timeout: 240000 }, async (t) => {
    const failures = [];
    const found = [];
    problems.set(type.name, found);
    for (const lang of h.LANGS) {
      try {
        const { page } = await openPage(session, type, lang);
        await h.expectLanguage(page, lang);
        const file = await h.screenshot(page, type.name, lang);
        t.diagnostic(file);
        for (const p of await textProblems(page, lang)) found.push(`${type.name} (${lang}) at ${page.url()}: ${p}`);
      } catch (e) {
        failures.push(`${type.name} (${lang}): ${e.message}`);
      }
    }
    if (failures.length) throw new Error(failures.join('\n'));
  });

  test(`translated: ${type.name} in ${h.LANGS.join(', ')} (no placeholder left, main nav not in English)`, async () => {
    const found = problems.get(type.name) || [];
    if (found.length) throw new Error(found.join('\n'));
  });
}
