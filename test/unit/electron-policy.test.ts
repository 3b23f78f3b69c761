import { describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  APP_ORIGIN,
  externalLink,
  isAllowedNavigation,
  isTrustedSender,
  webPreferencesBaseline,
  isBoardUrl,
  windowOpenDecision,
} from '../../shared/security/electron-policy';

/** Addresses that must never count as the app, whatever the check. */
const HOSTILE = [
  '',
  'not a url',
  'file:///C:/Users/secretary/Downloads/evil.html',
  'file:///home/user/dist/renderer/index.html',
  'file://attesta/index.html',
  'javascript:alert(1)',
  'javascript://attesta/%0aalert(1)',
  'data:text/html,<script>alert(1)</script>',
  'blob:app://attesta/3f1c2a',
  'about:blank',
  'http://attesta/index.html',
  'https://attesta/index.html',
  'http://127.0.0.1:5175/',
  'https://example.com/',
  'app://attesta.evil.com/index.html',
  'app://evil.com/index.html#attesta',
  'app://evil-attesta/index.html',
  'app://attesta./index.html',
  'app://attesta:8080/index.html',
  'app://user@attesta/index.html',
  'app://attesta:pw@attesta/index.html',
  'app://att\u0435sta/index.html',
  'app:attesta/index.html',
  'app:///attesta/index.html',
  'chrome://settings',
  'devtools://devtools/bundled/inspector.html',
];

describe('isTrustedSender', () => {
  it('trusts the app’s own pages', () => {
    expect(isTrustedSender(APP_ENTRY_URL, APP_ORIGIN)).toBe(true);
    expect(isTrustedSender('app://attesta/', APP_ORIGIN)).toBe(true);
    expect(isTrustedSender('app://attesta/index.html#/sessions/3?tab=members', APP_ORIGIN)).toBe(true);
    expect(isTrustedSender('APP://attesta/index.html', APP_ORIGIN)).toBe(true);
  });

  it.each(HOSTILE)('refuses %j', (url) => {
    expect(isTrustedSender(url, APP_ORIGIN)).toBe(false);
  });

  it('refuses everything when the app origin itself is broken', () => {
    expect(isTrustedSender(APP_ENTRY_URL, '')).toBe(false);
    expect(isTrustedSender('app:attesta', 'app:attesta')).toBe(false);
    expect(isTrustedSender('file:///a.html', 'file:///a.html')).toBe(false);
  });
});

describe('isAllowedNavigation', () => {
  it('allows the app’s own pages', () => {
    expect(isAllowedNavigation(APP_ENTRY_URL, APP_ORIGIN)).toBe(true);
    expect(isAllowedNavigation('app://attesta/index.html?lang=kk#/protocols', APP_ORIGIN)).toBe(true);
  });

  it.each(HOSTILE)('blocks %j', (url) => {
    expect(isAllowedNavigation(url, APP_ORIGIN)).toBe(false);
  });

  it('blocks ordinary web pages, even ones that look like the app', () => {
    expect(isAllowedNavigation('https://attesta.kz/', APP_ORIGIN)).toBe(false);
    expect(isAllowedNavigation('https://app.attesta/', APP_ORIGIN)).toBe(false);
  });
});

describe('windowOpenDecision', () => {
  it('denies every new window but a session board of the app itself', () => {
    for (const url of [...HOSTILE, APP_ENTRY_URL, 'https://example.com/help']) {
      expect(windowOpenDecision(url).action).toBe('deny');
    }
    expect(windowOpenDecision(`${APP_ENTRY_URL}#/defenses/12/board`)).toEqual({ action: 'allow', openExternally: null });
  });

  it.each([
    'https://attesta/index.html#/defenses/12/board',
    'app://evil/index.html#/defenses/12/board',
    'app://user@attesta/index.html#/defenses/12/board',
    'app://attesta/other.html#/defenses/12/board',
    'app://attesta/index.html?x=1#/defenses/12/board',
    'app://attesta/index.html#/defenses/12/board/../settings',
    'app://attesta/index.html#/defenses/0/board',
    'app://attesta/index.html#/defenses/12',
    'app://attesta/index.html#/settings',
  ])('keeps %s out of a new window', (url) => {
    expect(isBoardUrl(url)).toBe(false);
    expect(windowOpenDecision(url).action).toBe('deny');
  });

  it('hands only plain http(s) links to the OS browser', () => {
    expect(windowOpenDecision('https://example.com/help?q=1')).toEqual({
      action: 'deny',
      openExternally: 'https://example.com/help?q=1',
    });
    expect(windowOpenDecision('http://example.com').openExternally).toBe('http://example.com/');
  });

  it.each([
    APP_ENTRY_URL,
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/html,x',
    'blob:https://example.com/1',
    'smb://server/share',
    'ms-msdt:/id PCWDiagnostic',
    'search-ms:query=x',
    'mailto:a@example.com',
    'https://bank.example@evil.example/',
    'https://user:pw@example.com/',
    'https://',
  ])('opens nothing for %j', (url) => {
    expect(windowOpenDecision(url).openExternally).toBeNull();
  });

  it('externalLink normalises what it hands over', () => {
    expect(externalLink('HTTPS://EXAMPLE.com/a b')).toBe('https://example.com/a%20b');
  });
});

describe('webPreferencesBaseline', () => {
  it('is the exact hardened set', () => {
    expect(webPreferencesBaseline()).toStrictEqual({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
    });
  });

  it('cannot be weakened by a caller', () => {
    const prefs = webPreferencesBaseline();
    expect(Object.isFrozen(prefs)).toBe(true);
    expect(() => Object.assign(prefs, { sandbox: false })).toThrow();
    expect(webPreferencesBaseline().sandbox).toBe(true);
    expect(prefs).not.toHaveProperty('preload');
  });
});
