// Test 3: officers of two authorities (ITA, KEN) each save a result to the registry; neither sees the other's record in /registry, and /registry/N of the other's record is a 404 page.
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const h = require('../lib/harness');

const officers = {};

before(async () => {
  for (const who of ['ita', 'ken']) {
    const context = await h.newContext();
    officers[who] = { context, page: await context.newPage() };
  }
});

after(async () => {
  for (const o of Object.values(officers)) await o.context.close().catch(() => {});
  await h.closeBrowser();
});

async function listedIds(page) {
  await h.visit(page, '/registry');
  await h.expectElement(page, 'table#records', 'the registry table');
  await h.expectElement(page, 'form#filters', 'the registry filters');
  return page.locator('table#records tr[data-id]').evaluateAll((rows) => rows.map((r) => Number(r.dataset.id)));
}

async function saveAs(who, kase) {
  const { page } = officers[who];
  await h.login(page, who, 'en');
  await h.resultPage(page, { lang: 'en', kase });
  const id = await h.saveResult(page, { reference: `${who.toUpperCase()}-BROWSER-${Date.now()}` });
  await h.expectElement(page, 'ol#timeline', 'the record timeline');
  await h.expectElement(page, 'table#audit', 'the record audit table');
  const ids = await listedIds(page);
  assert.ok(ids.includes(id), `${who}: its own record ${id} is not in /registry (rows: ${ids.join(', ') || 'none'})`);
  return id;
}

async function cannotSee(who, id, owner) {
  const { page } = officers[who];
  const ids = await listedIds(page);
  assert.ok(!ids.includes(id), `${who} sees ${owner}'s record ${id} in /registry`);
  const response = await h.visit(page, `/registry/${id}`, { status: null });
  if (response.status() !== 404) {
    await h.fail(page, `${who} opening ${owner}'s record /registry/${id}: status ${response.status()}, expected 404`);
  }
  // A page, not a bare error: the layout and the main landmark are there.
  await h.expectElement(page, 'main', 'the main landmark of the 404 page');
  assert.equal(await page.locator('section#record').count(), 0, `${who} is shown ${owner}'s record ${id}`);
}

test('ITA saves a record; KEN neither lists it nor opens it (404); and the reverse', { timeout: 240000 }, async (t) => {
  const itaRecord = await saveAs('ita', h.IVORY);
  t.diagnostic(`ITA record ${itaRecord}`);
  const kenRecord = await saveAs('ken', { ...h.IVORY, requesting_state: 'KEN', requested_state: 'ITA' });
  t.diagnostic(`KEN record ${kenRecord}`);
  await cannotSee('ken', itaRecord, 'ita');
  await cannotSee('ita', kenRecord, 'ken');
  for (const o of Object.values(officers)) {
    assert.deepEqual(o.context.foreignRequests, [], `requests to another origin: ${o.context.foreignRequests.join(', ')}`);
  }
});

test('form#save when not logged in leads to the login page', { timeout: 120000 }, async () => {
  const context = await h.newContext();
  try {
    const page = await context.newPage();
    await h.resultPage(page, { lang: 'en' });
    await h.submit(page, page.locator('form#save').locator('button, input[type=submit]'), 'save the result when not logged in (form#save)');
    // The login page, at /login or shown in place at /registry/new.
    await h.expectElement(page, 'form#login', 'the login form after saving when not logged in');
    await h.closeContext(context);
  } catch (e) {
    await context.close().catch(() => {});
    throw e;
  }
});

test('a wrong password is refused on the login page', { timeout: 60000 }, async () => {
  const context = await h.newContext();
  try {
    const page = await context.newPage();
    await h.visit(page, '/login');
    await h.expectElement(page, 'form#login', 'the login form');
    await page.locator('form#login input[name=user]').fill(h.USERS.ita.user);
    await page.locator('form#login input[name=password]').fill('not the password');
    const [response] = await Promise.all([page.waitForNavigation(), page.locator('form#login #login-button').click()]);
    assert.notEqual(new URL(page.url()).pathname, '/registry', 'a wrong password led to /registry');
    assert.ok(response.status() < 500, `a wrong password gave status ${response.status()}`);
    await h.expectElement(page, 'form#login', 'the login form again after a wrong password');
    await h.closeContext(context);
  } catch (e) {
    await context.close().catch(() => {});
    throw e;
  }
});
