// The contract every page follows (html lang/dir, language switch, main landmark, Content-Security-Policy, same origin only) and each page type's own elements, links and forms.
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const h = require('../lib/harness');
const { PAGE_TYPES, openSession, closeSession, openPage } = require('../lib/pages');

let session;
before(async () => { session = await openSession(); });
after(async () => {
  try { if (session) await closeSession(session); } finally { await h.closeBrowser(); }
});

// What every page has, checked on the page now shown and its document response.
async function commonContract(page, response, lang) {
  await h.expectLanguage(page, lang);
  await h.expectElement(page, 'main', 'the main landmark');
  assert.equal(await page.locator('main').count(), 1, `${page.url()}: more than one main element`);
  await h.expectElement(page, 'nav#languages', 'the language switch');
  const links = await page.locator('nav#languages a[hreflang]').evaluateAll((as) => as.map((a) => ({ lang: a.getAttribute('hreflang'), href: a.getAttribute('href') })));
  for (const l of h.LANGS) {
    const link = links.find((x) => x.lang === l);
    assert.ok(link, `${page.url()}: nav#languages has no a[hreflang=${l}] (has: ${links.map((x) => x.lang).join(', ')})`);
    const target = new URL(link.href, page.url());
    assert.equal(target.searchParams.get('lang'), l, `${page.url()}: a[hreflang=${l}] goes to ${link.href}, not ?lang=${l}`);
    assert.equal(target.origin, new URL(h.BASE).origin, `${page.url()}: a[hreflang=${l}] leaves the site: ${link.href}`);
  }
  assert.ok(response, `${page.url()}: no document response to check the headers of`);
  const csp = await response.headerValue('content-security-policy');
  assert.ok(csp, `${page.url()}: no Content-Security-Policy header`);
  return csp;
}

for (const type of PAGE_TYPES) {
  test(`contract: ${type.name} page (en)`, { timeout: 120000 }, async (t) => {
    const { page, response } = await openPage(session, type, 'en');
    const csp = await commonContract(page, response, 'en');
    t.diagnostic(`CSP: ${csp}`);
  });
}

test('contract: the language switch sets palermo_lang and the next page keeps it', { timeout: 60000 }, async () => {
  const context = await h.newContext({ acceptLanguage: 'en' });
  try {
    const page = await context.newPage();
    await h.visit(page, '/');
    await h.expectLanguage(page, 'en');
    await h.submit(page, page.locator('nav#languages a[hreflang=ru]'), 'switch to Russian (a[hreflang=ru])');
    await h.expectLanguage(page, 'ru');
    assert.equal(new URL(page.url()).pathname, '/', 'the language switch left the current page');
    const cookie = (await context.cookies(h.BASE)).find((c) => c.name === 'palermo_lang');
    assert.equal(cookie && cookie.value, 'ru', 'palermo_lang is not ru after the switch');
    await h.submit(page, page.locator('a#start-interview'), 'start an interview (a#start-interview)');
    assert.equal(new URL(page.url()).pathname, '/interview', 'a#start-interview does not lead to /interview');
    await h.expectLanguage(page, 'ru');
    await h.closeContext(context);
  } catch (e) {
    await context.close().catch(() => {});
    throw e;
  }
});

for (const lang of h.LANGS) {
  test(`contract: Accept-Language ${lang} chooses ${lang}`, { timeout: 60000 }, async () => {
    const context = await h.newContext({ acceptLanguage: `${lang};q=0.9,de;q=0.1` });
    try {
      const page = await context.newPage();
      await h.visit(page, '/');
      await h.expectLanguage(page, lang);
      await h.closeContext(context);
    } catch (e) {
      await context.close().catch(() => {});
      throw e;
    }
  });
}

test('contract: home nav (anonymous: a#nav-login; logged in: form#logout)', { timeout: 60000 }, async () => {
  const page = session.anonymous;
  await h.visit(page, '/');
  for (const id of ['start-interview', 'nav-matrix', 'nav-registry', 'nav-stats', 'nav-login']) {
    await h.expectElement(page, `a#${id}`, `the home page link a#${id}`);
  }
  const start = await page.locator('a#start-interview').getAttribute('href');
  assert.equal(new URL(start, page.url()).pathname, '/interview', `a#start-interview goes to ${start}`);
  if (session.loginError) throw session.loginError;
  await h.visit(session.officer, '/');
  await h.expectElement(session.officer, 'form#logout', 'the logout form when logged in');
  assert.equal(await session.officer.locator('a#nav-login').count(), 0, 'a#nav-login is shown when logged in');
});

test('contract: interview start form fields', { timeout: 60000 }, async () => {
  const page = session.anonymous;
  await h.visit(page, '/interview');
  await h.expectElement(page, 'form#start', 'the start form');
  const kinds = await page.locator('form#start select[name=kind] option').evaluateAll((os) => os.map((o) => o.value));
  for (const k of ['extradition', 'mutual_legal_assistance']) assert.ok(kinds.includes(k), `select[name=kind] has no ${k} (has ${kinds.join(', ')})`);
  for (const name of ['requesting_state', 'requested_state']) {
    const states = await page.locator(`form#start select[name=${name}] option`).evaluateAll((os) => os.map((o) => o.value));
    for (const s of ['ITA', 'KEN']) assert.ok(states.includes(s), `select[name=${name}] has no ${s}`);
  }
  assert.equal(await page.locator('form#start input[name=as_of]').getAttribute('type'), 'date', 'input[name=as_of] is not type=date');
  await h.expectElement(page, 'form#start button#begin', 'button#begin');
});

test('contract: an interview step asks one question with why and the three buttons', { timeout: 60000 }, async () => {
  const page = session.anonymous;
  await h.startInterview(page, { lang: 'en' });
  await h.expectElement(page, 'section#answer p#headline', 'the current answer');
  const form = page.locator('form#question');
  await h.expectElement(page, 'form#question input[type=hidden][name=fact]', 'the hidden fact field');
  assert.match(await form.locator('input[name=fact]').inputValue(), /^[a-z0-9_]+(\.[A-Za-z0-9_]+)+$/, 'input[name=fact] is not a case path');
  await h.expectElement(page, 'form#question fieldset legend', 'the question (fieldset legend)');
  assert.ok((await form.locator('fieldset legend').first().innerText()).trim(), 'the question legend is empty');
  await h.expectElement(page, 'form#question p.why', 'why the question is asked (p.why)');
  assert.ok((await form.locator('p.why').first().innerText()).trim(), 'p.why is empty');
  assert.ok((await form.locator('[name=value]').count()) > 0, 'the question has no input named value');
  for (const [id, value] of [['answer-button', 'answer'], ['unknown-button', 'unknown'], ['show-result', 'result']]) {
    const b = form.locator(`button#${id}`);
    assert.equal(await b.count(), 1, `form#question has no button#${id}`);
    assert.equal(await b.getAttribute('name'), 'action', `button#${id} is not name=action`);
    assert.equal(await b.getAttribute('value'), value, `button#${id} is not value=${value}`);
  }
});

test('contract: the result page: route, reasoning, citations, downloads, exports, save', { timeout: 120000 }, async () => {
  const page = session.anonymous;
  await h.resultPage(page, { lang: 'en' });
  assert.ok((await page.locator('section#result p#headline').innerText()).trim(), 'the headline is empty');
  await h.expectElement(page, 'section#result ol#route', 'the route (ol#route)');
  await h.expectElement(page, 'section#reasoning details', 'the reasoning tree (section#reasoning details)');
  for (const id of ['download-toml', 'download-json', 'export-markdown', 'export-json', 'save']) {
    await h.expectElement(page, `form#${id}`, `form#${id}`);
  }
  const cites = await page.locator('a.cite').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.ok(cites.length > 0, 'no provision link (a.cite) on the result page');
  const bad = cites.filter((c) => !new URL(c, h.BASE).pathname.startsWith('/provision/'));
  assert.deepEqual(bad, [], 'a.cite links that are not /provision/...');
  // Follow the first citation: a provision page.
  await h.submit(page, page.locator('a.cite').first(), 'follow a provision link (a.cite)');
  await h.expectElement(page, 'h1', 'the provision title');
  await h.expectElement(page, 'section#findings', 'the provision findings');
});

test('contract: the case file downloads (TOML and JSON)', { timeout: 120000 }, async () => {
  const page = session.anonymous;
  await h.resultPage(page, { lang: 'en' });
  for (const [id, check] of [
    ['download-json', (text) => { const v = JSON.parse(text); assert.ok(v && typeof v === 'object', 'the JSON case file is not an object'); }],
    ['download-toml', (text) => assert.match(text, /^\s*(#.*\n\s*)*[A-Za-z_"\[]/m, 'the TOML case file looks empty')],
  ]) {
    const button = page.locator(`form#${id}`).locator('button, input[type=submit]').first();
    let download;
    try {
      [download] = await Promise.all([page.waitForEvent('download', { timeout: h.TIMEOUT }), button.click()]);
    } catch (e) {
      await h.fail(page, `form#${id}: no download within ${h.TIMEOUT} ms (${e.message.split('\n')[0]})`);
    }
    const stream = await download.createReadStream();
    const chunks = [];
    for await (const c of stream) chunks.push(c);
    const text = Buffer.concat(chunks).toString('utf8');
    assert.ok(text.includes('ITA') && text.includes('KEN'), `form#${id}: the downloaded case (${download.suggestedFilename()}) does not name ITA and KEN`);
    check(text);
  }
});

test('contract: statistics with inline svg and a CSV link', { timeout: 60000 }, async () => {
  if (session.loginError) throw session.loginError;
  const page = session.officer;
  await h.visit(page, '/stats');
  await h.expectElement(page, 'section#statistics svg', 'an inline svg in section#statistics');
  await h.expectElement(page, 'a#stats-csv', 'the CSV link');
  // Clicked as a user would: the browser sends its session cookie (an API
  // request context may not send a Secure cookie over plain http).
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('a#stats-csv')]);
  assert.match(download.suggestedFilename(), /\.csv$/, `a#stats-csv downloads ${download.suggestedFilename()}`);
  const file = await download.path();
  const text = require('node:fs').readFileSync(file, 'utf8');
  assert.match(text, /^dimension,key,requests,convention_basis/, `a#stats-csv: ${text.slice(0, 80)}`);
});

test('contract: the matrix heatmap cells are links, with a table view', { timeout: 60000 }, async () => {
  const page = session.anonymous;
  await h.visit(page, '/matrix?crime=wildlife_trafficking&kind=extradition');
  await h.expectElement(page, 'form#matrix', 'the matrix form');
  await h.expectElement(page, 'svg#heatmap', 'the heatmap');
  const cells = await page.locator('svg#heatmap a').count();
  assert.ok(cells > 0, 'svg#heatmap has no link cells (svg a)');
  await h.expectElement(page, 'table#matrix-table', 'the matrix table view');
  assert.ok((await page.locator('table#matrix-table th').count()) > 0, 'table#matrix-table has no header cell');
});

test('contract: a provision page', { timeout: 60000 }, async () => {
  const page = session.anonymous;
  await h.visit(page, '/provision/art16');
  assert.ok((await (await h.expectElement(page, 'h1', 'the title')).first().innerText()).trim(), 'h1 is empty');
  await h.expectElement(page, 'section#findings', 'the findings');
  await h.visit(page, '/provision/no-such-provision', { status: 404 });
});
