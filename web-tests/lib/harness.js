// Shared harness of the browser tests: Debian's Chromium through playwright-core, page visits that fail with the URL and a snippet, the contract's page types, logins and the interview walk.
'use strict';

const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { chromium } = require('playwright-core');

const BASE = (process.env.PALERMO_URL || '').replace(/\/+$/, '');
if (!BASE) {
  throw new Error('PALERMO_URL is not set: run the tests with scripts/browser-tests, or set PALERMO_URL=http://127.0.0.1:PORT');
}
const CHROMIUM = process.env.PALERMO_CHROMIUM || '/usr/bin/chromium';
const SCREENSHOTS = process.env.PALERMO_SCREENSHOTS || path.resolve(__dirname, '../../target/screenshots');
const LANGS = ['ar', 'en', 'es', 'fr', 'ru', 'zh'];
const RTL = new Set(['ar']);
// How long one navigation or one element may take before the test fails.
const TIMEOUT = Number(process.env.PALERMO_TIMEOUT_MS || 15000);

// The two officers created by scripts/browser-tests (kept in step with it).
const USERS = {
  ita: { user: process.env.PALERMO_ITA_USER || 'ita-officer', password: process.env.PALERMO_ITA_PASSWORD || 'a long password for ita', state: 'ITA' },
  ken: { user: process.env.PALERMO_KEN_USER || 'ken-officer', password: process.env.PALERMO_KEN_PASSWORD || 'a long password for ken', state: 'KEN' },
};

// The ivory case of examples/ivory-kenya-italy.toml, as the interview's fact paths.
const IVORY = {
  kind: 'extradition',
  requesting_state: 'ITA',
  requested_state: 'KEN',
  as_of: '2024-05-01',
};
const IVORY_FACTS = {
  'request.treaty_in_force': false,
  'request.person_located_in': 'KEN',
  'request.person_nationalities': ['KEN'],
  'request.sentence_enforcement': false,
  'request.fiscal_aspects': true,
  'offence.crime_types': ['wildlife_trafficking'],
  'offence.convention_offences': [],
  'offence.committed_in': ['KEN', 'ITA'],
  'offence.prepared_in': ['ITA'],
  'offence.substantial_effects_in': [],
  'offence.involves_group': true,
  'offence.punishable_in.ITA': true,
  'offence.punishable_in.KEN': true,
  'offence.max_penalty.ITA': '2y',
  'offence.max_penalty.KEN': 'life',
  'group.members': 4,
  'group.randomly_formed': false,
  'group.exists_for_period': true,
  'group.acts_in_concert': true,
  'group.aims': ['serious_crime'],
  'group.benefit': 'financial',
  'group.active_in': ['KEN', 'ITA', 'VNM'],
  'states.KEN.extradition_requires_treaty': true,
  'states.KEN.convention_as_extradition_basis': true,
};

let browserPromise = null;
function browser() {
  if (!browserPromise) {
    browserPromise = chromium.launch({
      executablePath: CHROMIUM,
      // The tests load only the local server; the sandbox does not start as root or in most containers.
      args: ['--no-sandbox', '--disable-dev-shm-usage', '--font-render-hinting=none'],
      timeout: 60000,
    }).catch((e) => {
      throw new Error(`cannot start Chromium at ${CHROMIUM} (apt-get install chromium): ${e.message}`);
    });
  }
  return browserPromise;
}

async function closeBrowser() {
  if (browserPromise) {
    const b = await browserPromise.catch(() => null);
    browserPromise = null;
    if (b) await b.close();
  }
}

// A fresh browser context (its own cookies) whose requests are watched: every URL
// must start with PALERMO_URL; a request elsewhere is recorded and aborted.
async function newContext({ acceptLanguage = 'en', viewport = { width: 1280, height: 800 }, javaScript = true } = {}) {
  const b = await browser();
  const context = await b.newContext({
    viewport,
    locale: acceptLanguage.split(/[,;]/)[0].trim(),
    extraHTTPHeaders: { 'Accept-Language': acceptLanguage },
    javaScriptEnabled: javaScript,
    acceptDownloads: true,
  });
  context.setDefaultTimeout(TIMEOUT);
  context.setDefaultNavigationTimeout(TIMEOUT);
  context.foreignRequests = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(BASE + '/') || url === BASE || url.startsWith('data:') || url.startsWith('blob:')) {
      return route.continue();
    }
    context.foreignRequests.push(`${route.request().method()} ${url}`);
    return route.abort();
  });
  return context;
}

async function closeContext(context) {
  const foreign = context.foreignRequests.slice();
  await context.close();
  assert.deepEqual(foreign, [], `requests to another origin than ${BASE}:\n  ${foreign.join('\n  ')}`);
}

// The page's text for an error message: URL, title and the first lines of main (or body).
async function snippet(page) {
  let text = '';
  try {
    text = await page.evaluate(() => {
      const el = document.querySelector('main') || document.body;
      return el ? el.innerText : document.documentElement.outerHTML;
    });
  } catch (e) {
    text = `(no text: ${e.message})`;
  }
  text = text.replace(/\s+\n/g, '\n').replace(/\n{2,}/g, '\n').trim();
  if (text.length > 600) text = text.slice(0, 600) + ' …';
  let title = '';
  try { title = await page.title(); } catch { /* closed */ }
  return `  at ${page.url()}${title ? ` (title "${title}")` : ''}\n  page text: ${text.split('\n').join('\n    ')}`;
}

async function fail(page, message) {
  throw new Error(`${message}\n${await snippet(page)}`);
}

function url(p, lang) {
  const u = new URL(p, BASE + '/');
  if (lang) u.searchParams.set('lang', lang);
  return u.toString();
}

// Why a navigation failed, in words (the server closing the connection is most often a panic).
function why(e) {
  const first = e.message.split('\n')[0];
  if (/ERR_EMPTY_RESPONSE|ERR_CONNECTION_RESET|ERR_CONNECTION_CLOSED/.test(first)) {
    return `the server closed the connection without an answer (a panic? see target/browser-tests-serve.log) [${first}]`;
  }
  if (/ERR_CONNECTION_REFUSED/.test(first)) return `the server is not running [${first}]`;
  if (e.name === 'TimeoutError' || /Timeout/.test(first)) return `no page within ${TIMEOUT} ms [${first}]`;
  return first;
}

// After a failed navigation Chromium still loads its error page; wait for it so the
// next navigation of this page is not interrupted by it.
async function settle(page) {
  await page.waitForURL((u) => u.protocol === 'chrome-error:', { timeout: 3000, waitUntil: 'load' }).catch(() => {});
  await page.waitForLoadState('load', { timeout: 3000 }).catch(() => {});
}

// GET a page; fails unless the status is the expected one (200 unless said).
async function visit(page, p, { lang, status = 200 } = {}) {
  const target = url(p, lang);
  let response;
  try {
    // A late (or reloading) error page of an earlier failure may get in the way: try again.
    for (let attempt = 1; ; attempt += 1) {
      try {
        response = await page.goto(target, { waitUntil: 'load' });
        break;
      } catch (e) {
        if (attempt >= 4 || !/interrupted by another navigation/.test(e.message)) throw e;
        await settle(page);
        await new Promise((r) => setTimeout(r, 200 * attempt));
      }
    }
  } catch (e) {
    await settle(page);
    throw new Error(`GET ${target}: ${why(e)}`);
  }
  if (!response) throw new Error(`GET ${target}: no response`);
  if (status !== null && response.status() !== status) {
    await fail(page, `GET ${target}: status ${response.status()}, expected ${status}`);
  }
  return response;
}

// Click something that submits a form (or follows a link) and wait for the next page.
async function submit(page, locator, what) {
  if ((await locator.count()) === 0) await fail(page, `cannot ${what}: no element ${locator}`);
  let response;
  try {
    [response] = await Promise.all([
      page.waitForNavigation({ waitUntil: 'load' }),
      locator.first().click(),
    ]);
  } catch (e) {
    await settle(page);
    throw new Error(`${what}: ${why(e)}\n  from ${page.url()}`);
  }
  if (response && response.status() >= 400) {
    await fail(page, `${what}: status ${response.status()}`);
  }
  return response;
}

// Wait for an element of the contract, or fail saying which one is missing on which page.
async function expectElement(page, selector, what = selector, { timeout = TIMEOUT, state = 'attached' } = {}) {
  try {
    await page.locator(selector).first().waitFor({ state, timeout });
  } catch {
    await fail(page, `expected ${what} (${selector}) on the page`);
  }
  return page.locator(selector);
}

async function htmlLangDir(page) {
  return page.evaluate(() => ({
    lang: document.documentElement.getAttribute('lang'),
    dir: document.documentElement.getAttribute('dir'),
  }));
}

async function expectLanguage(page, lang) {
  const { lang: got, dir } = await htmlLangDir(page);
  const wantDir = RTL.has(lang) ? 'rtl' : 'ltr';
  if (got !== lang || dir !== wantDir) {
    await fail(page, `expected <html lang=${lang} dir=${wantDir}>, got lang=${got} dir=${dir}`);
  }
}

// Log in through form#login; the contract sends the user to /registry.
async function login(page, who, lang) {
  const u = USERS[who];
  await visit(page, '/login', { lang });
  await expectElement(page, 'form#login', 'the login form');
  await page.locator('form#login input[name=user]').fill(u.user);
  await page.locator('form#login input[name=password]').fill(u.password);
  await submit(page, page.locator('form#login #login-button'), `log in as ${u.user}`);
  if (new URL(page.url()).pathname !== '/registry') {
    await fail(page, `after logging in as ${u.user}, expected to be on /registry`);
  }
  await expectElement(page, 'form#logout', 'the logout form in the nav once logged in');
}

// Fill form#start and begin the interview; returns on the first step (or the result).
async function startInterview(page, { lang, kase = IVORY } = {}) {
  await visit(page, '/interview', { lang });
  await expectElement(page, 'form#start', 'the interview start form');
  const form = page.locator('form#start');
  for (const name of ['kind', 'requesting_state', 'requested_state']) {
    const select = form.locator(`select[name=${name}]`);
    if ((await select.count()) === 0) await fail(page, `form#start has no select[name=${name}]`);
    const values = await select.locator('option').evaluateAll((os) => os.map((o) => o.value));
    if (!values.includes(kase[name])) {
      await fail(page, `select[name=${name}] has no option ${kase[name]} (options: ${values.slice(0, 12).join(', ')}${values.length > 12 ? ', …' : ''})`);
    }
    await select.selectOption(kase[name]);
  }
  const asOf = form.locator('input[name=as_of]');
  if ((await asOf.count()) === 0) await fail(page, 'form#start has no input[name=as_of]');
  await asOf.fill(kase.as_of);
  await submit(page, form.locator('button#begin'), 'begin the interview (button#begin)');
  if ((await page.locator('form#question, section#result').count()) === 0) {
    await fail(page, 'after button#begin, expected an interview step (form#question) or the result (section#result)');
  }
}

// Answer the question on the page with the ivory case's value; false when the page
// offers no input that can take it (the caller then answers "unknown").
async function fillAnswer(form, value) {
  if (value === undefined) return false;
  const values = Array.isArray(value) ? value.map(String) : [String(value)];
  const radios = form.locator('input[type=radio][name=value]');
  if ((await radios.count()) > 0) {
    const radio = form.locator(`input[type=radio][name=value][value="${values[0]}"]`);
    if ((await radio.count()) === 0) return false;
    await radio.check();
    return true;
  }
  const select = form.locator('select[name=value]');
  if ((await select.count()) > 0) {
    const options = await select.locator('option').evaluateAll((os) => os.map((o) => o.value));
    const multiple = await select.evaluate((s) => s.multiple);
    const wanted = values.filter((v) => options.includes(v));
    if (multiple && values.length === 0) { await select.selectOption([]); return true; } // none of them
    if (wanted.length !== values.length || (!multiple && wanted.length !== 1)) return false;
    await select.selectOption(multiple ? wanted : wanted[0]);
    return true;
  }
  const boxes = form.locator('input[type=checkbox][name=value]');
  if ((await boxes.count()) > 0) {
    let checked = 0;
    for (const v of values) {
      const box = form.locator(`input[type=checkbox][name=value][value="${v}"]`);
      if ((await box.count()) > 0) { await box.check(); checked += 1; }
    }
    return checked === values.length; // none ticked answers "none applies"
  }
  const input = form.locator('input[name=value]:not([type=hidden]), textarea[name=value]');
  if ((await input.count()) > 0 && !Array.isArray(value)) {
    await input.first().fill(String(value));
    return true;
  }
  return false;
}

// Walk the interview to the result. mode "unknown" answers every question with
// button#unknown-button; mode "values" answers with the ivory case's facts where it
// knows them. A question asked again after an answer is recorded in `repeats`; the
// third time it is asked, the walk asks for the result (button#show-result).
async function walkInterview(page, { mode = 'unknown', maxSteps = 100, onStep = null } = {}) {
  const asked = new Map();
  const repeats = [];
  const facts = [];
  for (let step = 0; step < maxSteps; step += 1) {
    if ((await page.locator('section#result').count()) > 0) return { facts, repeats, steps: step };
    const form = page.locator('form#question');
    if ((await form.count()) === 0) {
      await fail(page, `interview step ${step + 1}: neither a question (form#question) nor the result (section#result)`);
    }
    const factInput = form.locator('input[name=fact]');
    if ((await factInput.count()) === 0) await fail(page, `interview step ${step + 1}: form#question has no input[name=fact]`);
    const fact = await factInput.first().inputValue();
    if (onStep) await onStep(page, step, fact);
    const n = (asked.get(fact) || 0) + 1;
    asked.set(fact, n);
    if (n > 1) repeats.push(fact);
    facts.push(fact);
    if (n >= 3) {
      await submit(page, form.locator('button#show-result'), `show the result after "${fact}" was asked ${n} times`);
      continue;
    }
    const answered = mode === 'values' && n === 1 && (await fillAnswer(form, IVORY_FACTS[fact]));
    if (answered) {
      await submit(page, form.locator('button#answer-button'), `answer "${fact}" (button#answer-button)`);
    } else {
      await submit(page, form.locator('button#unknown-button'), `answer "${fact}" with unknown (button#unknown-button)`);
    }
  }
  await fail(page, `no result after ${maxSteps} interview steps (facts asked: ${facts.join(', ')})`);
}

// From the interview start to the result page at once (button#show-result on the first step).
async function resultPage(page, { lang, kase = IVORY } = {}) {
  await startInterview(page, { lang, kase });
  if ((await page.locator('section#result').count()) === 0) {
    await submit(page, page.locator('form#question button#show-result'), 'show the result (button#show-result)');
  }
  await expectElement(page, 'section#result p#headline', 'the result headline');
}

// Save the result on the page to the registry as the logged-in officer; returns the record's id.
async function saveResult(page, { reference, direction = null } = {}) {
  await submit(page, page.locator('form#save').locator('button, input[type=submit]'), 'save the result (form#save)');
  if (new URL(page.url()).pathname !== '/registry/new') {
    await fail(page, 'after form#save, expected /registry/new');
  }
  await expectElement(page, 'form#new-record', 'the new record form');
  const form = page.locator('form#new-record');
  const select = form.locator('select[name=direction]');
  if ((await select.count()) === 0) await fail(page, 'form#new-record has no select[name=direction]');
  const options = await select.locator('option').evaluateAll((os) => os.map((o) => o.value).filter((v) => v));
  if (options.length === 0) await fail(page, 'select[name=direction] has no options');
  await select.selectOption(direction && options.includes(direction) ? direction : options[0]);
  await form.locator('input[name=reference]').fill(reference);
  await submit(page, form.locator('button#save-record'), 'save the record (button#save-record)');
  const m = new URL(page.url()).pathname.match(/^\/registry\/(\d+)$/);
  if (!m) await fail(page, 'after button#save-record, expected a redirect to /registry/N');
  await expectElement(page, 'section#record', 'the saved record');
  return Number(m[1]);
}

async function screenshot(page, name, lang) {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}-${lang}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

module.exports = {
  BASE, LANGS, RTL, TIMEOUT, USERS, IVORY, IVORY_FACTS, SCREENSHOTS,
  browser, closeBrowser, newContext, closeContext, snippet, fail, url, visit, submit,
  expectElement, expectLanguage, htmlLangDir, login, startInterview, fillAnswer,
  walkInterview, resultPage, saveResult, screenshot,
};
