// Test 2: switching to Arabic through the language switch gives an RTL page whose layout is mirrored (main nav order, computed direction), and the choice is remembered.
'use strict';

const { test, after } = require('node:test');
const assert = require('node:assert/strict');
const h = require('../lib/harness');

after(() => h.closeBrowser());

// Where the main nav's items are: the nav that holds a#nav-matrix, its links and
// buttons in document order, with their boxes.
async function mainNavBoxes(page) {
  await h.expectElement(page, 'a#nav-matrix', 'the main nav link a#nav-matrix', { state: 'visible' });
  return page.evaluate(() => {
    const nav = document.querySelector('a#nav-matrix').closest('nav') || document.querySelector('a#nav-matrix').parentElement;
    const items = [...nav.querySelectorAll('a, button')].filter((el) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0;
    });
    return items.map((el) => {
      const r = el.getBoundingClientRect();
      return { id: el.id || el.textContent.trim(), x: r.left, right: r.right, top: r.top, bottom: r.bottom };
    });
  });
}

function sameRow(a, b) {
  return a.top < b.bottom && b.top < a.bottom;
}

test('the language switch to Arabic gives html[dir=rtl][lang=ar] and a mirrored layout', { timeout: 120000 }, async () => {
  const context = await h.newContext({ acceptLanguage: 'en' });
  try {
    const page = await context.newPage();
    await h.visit(page, '/');
    await h.expectLanguage(page, 'en');
    const ltr = await mainNavBoxes(page);
    assert.ok(ltr.length >= 2, `the main nav has ${ltr.length} visible item(s); expected at least 2 to compare`);

    await h.expectElement(page, 'nav#languages a[hreflang=ar]', 'the Arabic link of the language switch');
    await h.submit(page, page.locator('nav#languages a[hreflang=ar]'), 'switch to Arabic (nav#languages a[hreflang=ar])');
    if ((await page.locator('html[dir=rtl][lang=ar]').count()) === 0) {
      await h.fail(page, 'after the switch to Arabic, expected html[dir=rtl][lang=ar]');
    }
    const direction = await page.evaluate(() => getComputedStyle(document.body).direction);
    assert.equal(direction, 'rtl', `computed direction of body in Arabic is ${direction}`);

    const rtl = await mainNavBoxes(page);
    const [first, last] = [rtl[0], rtl[rtl.length - 1]];
    const [ltrFirst, ltrLast] = [ltr[0], ltr[ltr.length - 1]];
    if (sameRow(ltrFirst, ltrLast)) {
      assert.ok(ltrFirst.x < ltrLast.x, `in English the main nav's first item (${ltrFirst.id}) is not left of its last (${ltrLast.id})`);
    }
    if (sameRow(first, last)) {
      assert.ok(first.x > last.x, `in Arabic the main nav's first item (${first.id}, x=${first.x}) is not right of its last (${last.id}, x=${last.x}): the layout is not mirrored`);
    } else {
      // The items wrap onto several rows: the first must still start at the right edge.
      assert.ok(first.right >= last.right - 1, `in Arabic the main nav's first item (${first.id}) does not start on the right`);
    }

    // The main landmark's text starts on the right: its first heading's right edge
    // is near main's right edge.
    const aligned = await page.evaluate(() => {
      const main = document.querySelector('main');
      const heading = main && main.querySelector('h1, h2');
      if (!main || !heading) return null;
      const range = document.createRange();
      range.selectNodeContents(heading);
      const text = range.getBoundingClientRect();
      const box = main.getBoundingClientRect();
      return { textLeft: text.left, textRight: text.right, mainLeft: box.left, mainRight: box.right };
    });
    if (aligned) {
      assert.ok(aligned.mainRight - aligned.textRight <= aligned.textLeft - aligned.mainLeft,
        `in Arabic the first heading of main is nearer the left edge than the right (${JSON.stringify(aligned)})`);
    }

    // The choice is remembered: the next page, without ?lang, is Arabic too.
    const cookies = await context.cookies(h.BASE);
    const cookie = cookies.find((c) => c.name === 'palermo_lang');
    assert.ok(cookie, `no palermo_lang cookie after the switch (cookies: ${cookies.map((c) => c.name).join(', ') || 'none'})`);
    assert.equal(cookie.value, 'ar');
    await h.submit(page, page.locator('a#nav-matrix'), 'follow the main nav to the matrix (a#nav-matrix)');
    await h.expectLanguage(page, 'ar');
    await h.visit(page, '/interview');
    await h.expectLanguage(page, 'ar');
    await h.closeContext(context);
  } catch (e) {
    await context.close().catch(() => {});
    throw e;
  }
});

test('Accept-Language: ar chooses Arabic, RTL, with no cookie and no ?lang', { timeout: 60000 }, async () => {
  const context = await h.newContext({ acceptLanguage: 'ar,en;q=0.5' });
  try {
    const page = await context.newPage();
    await h.visit(page, '/');
    await h.expectLanguage(page, 'ar');
    await h.closeContext(context);
  } catch (e) {
    await context.close().catch(() => {});
    throw e;
  }
});
