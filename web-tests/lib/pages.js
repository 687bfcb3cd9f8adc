// The contract's page types and how a test reaches each of them in a given language (the a11y, screenshot and contract tests share them).
'use strict';

const h = require('./harness');

// Each page type: its name (used in screenshot file names), whether it needs a
// logged-in officer, the element that shows the page is the right one, and how
// to get there. `open` returns the HTTP response of the page's document.
const PAGE_TYPES = [
  {
    name: 'home', auth: false, marker: 'a#start-interview',
    open: (page, lang) => h.visit(page, '/', { lang }),
  },
  {
    name: 'interview-start', auth: false, marker: 'form#start',
    open: (page, lang) => h.visit(page, '/interview', { lang }),
  },
  {
    name: 'interview-step', auth: false, marker: 'form#question',
    open: async (page, lang) => {
      await h.startInterview(page, { lang });
      return lastDocument(page);
    },
  },
  {
    name: 'result', auth: false, marker: 'section#result',
    open: async (page, lang) => {
      await h.resultPage(page, { lang });
      return lastDocument(page);
    },
  },
  {
    name: 'draft', auth: false, marker: 'form#draft',
    open: async (page, lang) => {
      await h.resultPage(page, { lang });
      await h.submit(page, page.locator('form#draft-request button'), 'open the drafting form (form#draft-request)');
      return lastDocument(page);
    },
  },
  {
    // The completeness check on the form: 422, each gap with its provision.
    name: 'draft-gaps', auth: false, marker: 'div#gaps',
    open: async (page, lang) => {
      await h.resultPage(page, { lang });
      await h.submit(page, page.locator('form#draft-request button'), 'open the drafting form (form#draft-request)');
      const [response] = await Promise.all([
        page.waitForNavigation({ waitUntil: 'load' }),
        page.locator('form#draft button#make-draft').click(),
      ]);
      if (!response || response.status() !== 422) {
        throw new Error(`check and draft with the fields empty: expected 422, got ${response && response.status()}`);
      }
      return lastDocument(page);
    },
  },
  {
    name: 'login', auth: false, anonymous: true, marker: 'form#login',
    open: (page, lang) => h.visit(page, '/login', { lang }),
  },
  {
    name: 'registry', auth: true, marker: 'table#records',
    open: (page, lang) => h.visit(page, '/registry', { lang }),
  },
  {
    name: 'record', auth: true, needsRecord: true, marker: 'section#record',
    open: (page, lang, session) => h.visit(page, `/registry/${session.recordId}`, { lang }),
  },
  {
    name: 'new-record', auth: true, marker: 'form#new-record',
    open: async (page, lang) => {
      await h.resultPage(page, { lang });
      await h.submit(page, page.locator('form#save').locator('button, input[type=submit]'), 'save the result (form#save)');
      return lastDocument(page);
    },
  },
  {
    name: 'stats', auth: true, marker: 'section#statistics',
    open: (page, lang) => h.visit(page, '/stats', { lang }),
  },
  {
    name: 'matrix', auth: false, marker: 'form#matrix',
    open: (page, lang) => h.visit(page, '/matrix?crime=wildlife_trafficking&kind=extradition', { lang }),
  },
  {
    name: 'search', auth: false, marker: 'section#results',
    open: (page, lang) => h.visit(page, '/search?q=central+authority', { lang }),
  },
  {
    name: 'provision', auth: false, marker: 'section#findings',
    open: (page, lang) => h.visit(page, '/provision/art16', { lang }),
  },
];

// The response of the document now shown (kept by trackDocuments).
function lastDocument(page) {
  return page.lastDocumentResponse || null;
}

// Remember the main frame's last document response, for pages reached by a form post.
function trackDocuments(page) {
  page.on('response', (response) => {
    const req = response.request();
    if (req.isNavigationRequest() && req.frame() === page.mainFrame() && !(response.status() >= 300 && response.status() < 400)) {
      page.lastDocumentResponse = response;
    }
  });
}

// A session for the page-type tests: an anonymous page and a page logged in as the
// ITA officer, and one record saved by that officer (for the record page). A step
// that fails is kept as `error` so the page types that need it fail with its message.
async function openSession() {
  const session = { anonymous: null, officer: null, recordId: null, loginError: null, recordError: null };
  session.anonymousContext = await h.newContext();
  session.anonymous = await session.anonymousContext.newPage();
  trackDocuments(session.anonymous);
  session.officerContext = await h.newContext();
  session.officer = await session.officerContext.newPage();
  trackDocuments(session.officer);
  try {
    await h.login(session.officer, 'ita', 'en');
  } catch (e) {
    session.loginError = e;
  }
  if (!session.loginError) {
    try {
      await h.resultPage(session.officer, { lang: 'en' });
      session.recordId = await h.saveResult(session.officer, { reference: `BROWSER-PAGES-${Date.now()}` });
    } catch (e) {
      session.recordError = e;
    }
  }
  return session;
}

async function closeSession(session) {
  const errors = [];
  for (const c of [session.anonymousContext, session.officerContext]) {
    if (c) await h.closeContext(c).catch((e) => errors.push(e.message));
  }
  if (errors.length) throw new Error(errors.join('\n'));
}

// Reach a page type in a language; fails with the reason when a prerequisite failed.
async function openPage(session, type, lang) {
  if (type.auth && session.loginError) {
    throw new Error(`page "${type.name}" needs a logged-in officer, and logging in failed:\n${session.loginError.message}`);
  }
  if (type.needsRecord && session.recordId === null) {
    throw new Error(`page "${type.name}" needs a saved record, and saving one failed:\n${(session.recordError || session.loginError || {}).message}`);
  }
  const page = type.anonymous ? session.anonymous : session.officer;
  const response = await type.open(page, lang, session);
  await h.expectElement(page, type.marker, `the ${type.name} page's ${type.marker}`);
  return { page, response };
}

module.exports = { PAGE_TYPES, openSession, closeSession, openPage, trackDocuments, lastDocument };
