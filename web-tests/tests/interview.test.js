// Test 1: the ivory case walked through the interview to an answer, in French (every question "unknown") and in Arabic (the case's own facts), against English.
'use strict';

const { test, after } = require('node:test');
const assert = require('node:assert/strict');
const h = require('../lib/harness');

after(() => h.closeBrowser());

// The headline of the ivory case in English, answered "unknown" throughout: the
// French headline of the same walk must differ from it (i.e. be translated).
let englishHeadline = null;

async function walk(lang, mode, t) {
  const context = await h.newContext({ acceptLanguage: lang });
  try {
    const page = await context.newPage();
    await h.startInterview(page, { lang });
    await h.expectLanguage(page, lang);
    const walked = await h.walkInterview(page, { mode });
    t.diagnostic(`${lang}: ${walked.steps} questions: ${walked.facts.join(', ')}`);
    await h.expectElement(page, 'section#result p#headline', 'the result headline');
    await h.expectLanguage(page, lang);
    const headline = (await page.locator('section#result p#headline').innerText()).trim();
    if (!headline) await h.fail(page, `${lang}: the result headline section#result p#headline is empty`);
    t.diagnostic(`${lang} headline: ${headline}`);
    assert.deepEqual(walked.repeats, [], `${lang}: questions asked again after they were answered: ${walked.repeats.join(', ')}`);
    await h.closeContext(context);
    return { page, headline, walked };
  } catch (e) {
    await context.close().catch(() => {});
    throw e;
  }
}

test('ivory case, English, every question unknown (reference for the French walk)', { timeout: 180000 }, async (t) => {
  ({ headline: englishHeadline } = await walk('en', 'unknown', t));
});

test('ivory case, French, every question unknown: a headline in French', { timeout: 180000 }, async (t) => {
  const { headline } = await walk('fr', 'unknown', t);
  if (englishHeadline !== null) {
    assert.notEqual(headline, englishHeadline, `the French headline is the English one: "${headline}"`);
  }
  assert.doesNotMatch(headline, /\b(the|is|not|applies|yes)\b/i, `the French headline looks English: "${headline}"`);
});

test('ivory case, Arabic, answered with the case\'s facts: a headline in Arabic', { timeout: 180000 }, async (t) => {
  const { headline } = await walk('ar', 'values', t);
  assert.match(headline, /[\u0600-\u06FF]/, `the Arabic headline has no Arabic letter: "${headline}"`);
});

test('the interview works without JavaScript (plain form posts)', { timeout: 180000 }, async (t) => {
  const context = await h.newContext({ javaScript: false });
  try {
    const page = await context.newPage();
    await h.startInterview(page, { lang: 'en' });
    const walked = await h.walkInterview(page, { mode: 'unknown' });
    t.diagnostic(`without JavaScript: ${walked.steps} questions`);
    const headline = (await page.locator('section#result p#headline').innerText()).trim();
    assert.ok(headline, 'the result headline is empty without JavaScript');
    await h.closeContext(context);
  } catch (e) {
    await context.close().catch(() => {});
    throw e;
  }
});
