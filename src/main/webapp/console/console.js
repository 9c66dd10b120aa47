'use strict';
// The PPG console: a client of the admin REST API (/ppg/api). The credentials typed in the
// login form live in this page's memory only and go with each request as HTTP Basic; nothing is
// stored in the browser. Everything shown is set as text, never parsed as HTML.
(() => {
  const REFRESH_MS = 3000;
  const PAGE = 25;
  const api = location.pathname.replace(/\/console(\/.*)?$/, '') + '/api/';
  const $ = (id) => document.getElementById(id);
  const view = {
    panel: 'pushes',
    pushes: { offset: 0, query: {}, total: 0 },
    terminals: { offset: 0, address: '', total: 0 },
    selectedPush: null,
  };
  let authorization = null;
  let timer = null;

  class ApiError extends Error {
    constructor(status, reason) {
      super(reason);
      this.status = status;
    }
  }

  function basic(user, password) {
    const bytes = new TextEncoder().encode(user + ':' + password);
    let binary = '';
    bytes.forEach((b) => { binary += String.fromCharCode(b); });
    return 'Basic ' + btoa(binary);
  }

  // credentials 'omit': the browser neither adds nor remembers credentials, and shows no dialog.
  async function call(method, path, body) {
    const headers = { Authorization: authorization, Accept: 'application/json' };
    // Every write says JSON, with or without a body: the API refuses other writes (415).
    if (body !== undefined || method !== 'GET') {
      headers['Content-Type'] = 'application/json';
    }
    const response = await fetch(api + path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'omit',
      cache: 'no-store',
    });
    const text = await response.text();
    let json = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch (e) {
      json = null;
    }
    if (!response.ok) {
      throw new ApiError(response.status, json && json.error ? json.error : 'HTTP ' + response.status);
    }
    return json;
  }

  function el(tag, attributes, ...children) {
    const element = document.createElement(tag);
    Object.entries(attributes || {}).forEach(([name, value]) => {
      if (name === 'class') {
        element.className = value;
      } else if (name.startsWith('data-')) {
        element.setAttribute(name, value);
      } else {
        element[name] = value;
      }
    });
    children.forEach((child) => element.append(child instanceof Node ? child : String(child ?? '')));
    return element;
  }

  function time(iso) {
    return iso ? new Date(iso).toLocaleString() : '';
  }

  function stateBadge(state) {
    return el('span', { class: 'state state-' + state }, state);
  }

  function show(message, isError) {
    const box = $('message');
    box.textContent = message;
    box.classList.toggle('error', Boolean(isError));
    box.hidden = !message;
  }

  function failed(error) {
    if (error instanceof ApiError && error.status === 401) {
      logout('The admin API refused the credentials: log in again.');
      return;
    }
    show(error.message, true);
  }

  function query(params) {
    const search = new URLSearchParams();
    Object.entries(params).forEach(([name, value]) => {
      if (value !== undefined && value !== null && String(value) !== '') {
        search.set(name, value);
      }
    });
    return search.toString();
  }

  function randomPassword() {
    const bytes = crypto.getRandomValues(new Uint8Array(18));
    return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_');
  }

  function list(text) {
    return text.split(/[,\s]+/).map((s) => s.trim()).filter((s) => s.length > 0);
  }

  // --- login -------------------------------------------------------------------------------

  async function login(event) {
    event.preventDefault();
    const user = $('login-user').value;
    authorization = basic(user, $('login-password').value);
    $('login-password').value = '';
    try {
      await call('GET', 'statistics');
    } catch (error) {
      authorization = null;
      $('login-error').textContent = error.status === 401 ? 'Wrong user name or password.' : error.message;
      $('login-error').hidden = false;
      return;
    }
    $('login-error').hidden = true;
    $('login').hidden = true;
    $('console').hidden = false;
    $('session').hidden = false;
    $('session-user').textContent = user;
    openPanel('pushes');
    refresh();
  }

  function logout(reason) {
    authorization = null;
    clearTimeout(timer);
    timer = null;
    $('console').hidden = true;
    $('session').hidden = true;
    $('login').hidden = false;
    $('login-error').textContent = typeof reason === 'string' ? reason : '';
    $('login-error').hidden = typeof reason !== 'string';
    show('');
  }

  // --- refresh -----------------------------------------------------------------------------

  async function refresh() {
    clearTimeout(timer);
    if (!authorization) {
      return;
    }
    try {
      await loadCounters();
      await loadPanel();
    } catch (error) {
      failed(error);
    }
    if (authorization) {
      timer = setTimeout(refresh, REFRESH_MS);
    }
  }

  async function loadCounters() {
    const counters = await call('GET', 'statistics');
    Object.entries(counters).forEach(([name, value]) => {
      const cell = $('counter-' + name);
      if (cell) {
        cell.textContent = String(value);
      }
    });
    $('counters-at').textContent = time(counters.at);
  }

  function loadPanel() {
    if (view.panel === 'terminals') {
      return loadTerminals();
    }
    if (view.panel === 'accounts') {
      return loadAccounts();
    }
    return loadPushes();
  }

  function openPanel(name) {
    view.panel = name;
    document.querySelectorAll('.panel').forEach((panel) => { panel.hidden = panel.id !== name; });
    document.querySelectorAll('.tab').forEach((tab) => {
      tab.setAttribute('aria-selected', String(tab.dataset.panel === name));
    });
    show('');
  }

  // --- pushes ------------------------------------------------------------------------------

  async function loadPushes() {
    const page = await call('GET', 'pushes?' + query({ ...view.pushes.query, offset: view.pushes.offset, limit: PAGE }));
    view.pushes.total = page.total;
    const rows = page.pushes.map((push) => {
      const addresses = el('td', {});
      push.addresses.forEach((a) => addresses.append(
        el('span', { class: 'address-state' }, a.address + ' ', stateBadge(a.state))));
      const row = el('tr', { class: 'push-row', 'data-key': String(push.key), 'data-push-id': push.pushId },
        el('td', {}, time(push.receivedAt)), el('td', {}, push.pi), el('td', { class: 'push-id' }, push.pushId),
        addresses);
      row.classList.toggle('selected', push.key === view.selectedPush);
      row.addEventListener('click', () => selectPush(push.key));
      return row;
    });
    $('push-rows').replaceChildren(...rows);
    $('push-range').textContent = range(page.offset, page.pushes.length, page.total);
    $('push-prev').disabled = page.offset === 0;
    $('push-next').disabled = page.offset + page.pushes.length >= page.total;
    if (view.selectedPush !== null) {
      await loadPushDetail();
    }
  }

  function range(offset, count, total) {
    return count === 0 ? 'none of ' + total : (offset + 1) + '-' + (offset + count) + ' of ' + total;
  }

  async function selectPush(key) {
    view.selectedPush = key;
    document.querySelectorAll('tr.push-row').forEach((row) => {
      row.classList.toggle('selected', row.dataset.key === String(key));
    });
    try {
      await loadPushDetail();
    } catch (error) {
      failed(error);
    }
  }

  async function loadPushDetail() {
    let push;
    try {
      push = await call('GET', 'pushes/' + view.selectedPush);
    } catch (error) {
      if (error.status === 404) {
        view.selectedPush = null;
        $('push-detail').hidden = true;
        return;
      }
      throw error;
    }
    $('detail-push-id').textContent = push.pushId;
    $('detail-pi').textContent = push.pi;
    const attributes = [
      ['key', push.key], ['received', time(push.receivedAt)], ['application', push.applicationId],
      ['content type', push.contentType], ['PAP version', push.papVersion], ['priority', push.priority],
      ['delivery method', push.deliveryMethod], ['deliver after', time(push.deliverAfter)],
      ['deliver before', time(push.deliverBefore)], ['source reference', push.sourceReference],
      ['notify', push.notifyRequestedTo],
    ].filter(([, value]) => value !== null && value !== undefined && value !== '');
    $('detail-attributes').replaceChildren(...attributes.flatMap(([name, value]) => [el('dt', {}, name), el('dd', {}, value)]));
    $('detail-addresses').replaceChildren(...push.addresses.map(addressDetail));
    $('cancel-push').hidden = !push.addresses.some((a) => a.state === 'pending');
    $('push-detail').hidden = false;
  }

  function addressDetail(a) {
    const facts = [a.addressOfRecord, 'attempts ' + a.attempts];
    if (a.lastSipStatus) {
      facts.push('last SIP answer ' + a.lastSipStatus);
    }
    if (a.inFlight) {
      facts.push('MESSAGE in flight');
    }
    if (a.nextAttemptAt) {
      facts.push('next attempt ' + time(a.nextAttemptAt));
    }
    if (a.reason) {
      facts.push(a.reason);
    }
    const history = el('table', { class: 'history' },
      el('thead', {}, el('tr', {}, el('th', {}, 'when'), el('th', {}, 'what'), el('th', {}, 'SIP'), el('th', {}, 'detail'))),
      el('tbody', {}, ...a.history.map((e) => el('tr', { class: 'event' },
        el('td', {}, time(e.at)), el('td', {}, e.what), el('td', {}, e.sipStatus ?? ''), el('td', {}, e.detail)))));
    return el('div', { class: 'address', 'data-address': a.address },
      el('h3', {}, a.address + ' ', stateBadge(a.state), ' ', el('small', {}, 'since ' + time(a.eventTime))),
      el('p', {}, facts.join(' · ')), history);
  }

  async function cancelPush() {
    if (view.selectedPush === null || !confirm('Cancel this push at every address that is still pending?')) {
      return;
    }
    try {
      const results = await call('POST', 'pushes/' + view.selectedPush + '/cancel');
      const cancelled = results.filter((r) => r.outcome === 'cancelled').length;
      show('Cancelled at ' + cancelled + ' of ' + results.length + ' addresses.');
      await loadPushes();
    } catch (error) {
      failed(error);
    }
  }

  function searchPushes(event) {
    event.preventDefault();
    view.pushes.query = {
      pi: $('search-pi').value.trim(),
      pushId: $('search-push-id').value.trim(),
      address: $('search-address').value.trim(),
      state: $('search-state').value,
    };
    view.pushes.offset = 0;
    view.selectedPush = null;
    $('push-detail').hidden = true;
    loadPushes().catch(failed);
  }

  function pagePushes(step) {
    view.pushes.offset = Math.max(0, view.pushes.offset + step * PAGE);
    loadPushes().catch(failed);
  }

  // --- terminals ---------------------------------------------------------------------------

  async function loadTerminals() {
    const page = await call('GET', 'terminals?' + query({ address: view.terminals.address, offset: view.terminals.offset, limit: PAGE }));
    const rows = page.terminals.map((t) => {
      const contacts = el('td', {});
      t.contacts.forEach((c) => contacts.append(el('span', { class: 'contact' },
        c.uri + ' · expires in ' + c.expiresInSeconds + ' s (' + time(c.expiresAt) + ') · q=' + c.q + ' · '
          + c.transport + ' · apps: ' + (c.pushApplicationIds.length ? c.pushApplicationIds.join(', ') : 'none announced'))));
      const remove = el('button', { type: 'button', class: 'danger remove-terminal' }, 'Remove');
      remove.addEventListener('click', () => removeTerminal(t.address));
      return el('tr', { class: 'terminal-row', 'data-address': t.address }, el('td', {}, t.address), contacts, el('td', {}, remove));
    });
    $('terminal-rows').replaceChildren(...rows);
    $('terminal-range').textContent = range(page.offset, page.terminals.length, page.total);
    $('terminal-prev').disabled = page.offset === 0;
    $('terminal-next').disabled = page.offset + page.terminals.length >= page.total;
  }

  async function removeTerminal(address) {
    if (!confirm('Remove the registration of ' + address + '? Its pushes wait until it registers again.')) {
      return;
    }
    try {
      await call('DELETE', 'terminals/' + encodeURIComponent(address));
      show('Removed the registration of ' + address + '.');
      await loadTerminals();
    } catch (error) {
      failed(error);
    }
  }

  // --- PI accounts -------------------------------------------------------------------------

  function policyText(policy) {
    const parts = [];
    if (policy.allowedApplicationIds.length) parts.push('apps ' + policy.allowedApplicationIds.join(', '));
    if (policy.addressPatterns.length) parts.push('addresses ' + policy.addressPatterns.join(', '));
    if (policy.ipAllowList.length) parts.push('from ' + policy.ipAllowList.join(', '));
    if (policy.rateLimitPerSecond) parts.push(policy.rateLimitPerSecond + ' requests/s');
    if (policy.maxContentBytes) parts.push('content up to ' + policy.maxContentBytes + ' bytes');
    return parts.length ? parts.join('; ') : 'no restriction';
  }

  async function loadAccounts() {
    const accounts = await call('GET', 'push-initiators');
    const rows = accounts.map((a) => {
      const toggle = el('button', { type: 'button', class: 'toggle-account' }, a.enabled ? 'Disable' : 'Enable');
      toggle.addEventListener('click', () => changeAccount(a.name, { enabled: !a.enabled }, a.enabled ? 'Disabled ' : 'Enabled '));
      const rotate = el('button', { type: 'button', class: 'rotate-account' }, 'Rotate password');
      rotate.addEventListener('click', () => openRotate(a.name));
      const remove = el('button', { type: 'button', class: 'danger delete-account' }, 'Delete');
      remove.addEventListener('click', () => deleteAccount(a.name));
      return el('tr', { class: 'account-row', 'data-name': a.name },
        el('td', {}, a.name), el('td', { class: 'account-state' }, a.enabled ? 'enabled' : 'disabled'),
        el('td', {}, time(a.createdAt)), el('td', {}, policyText(a.policy)), el('td', {}, toggle, ' ', rotate, ' ', remove));
    });
    $('account-rows').replaceChildren(...rows);
  }

  async function changeAccount(name, change, verb) {
    try {
      await call('PUT', 'push-initiators/' + encodeURIComponent(name), change);
      show(verb + name + '.');
      await loadAccounts();
    } catch (error) {
      failed(error);
    }
  }

  async function deleteAccount(name) {
    if (!confirm('Delete the PI account ' + name + '? Its pushes stay.')) {
      return;
    }
    try {
      await call('DELETE', 'push-initiators/' + encodeURIComponent(name));
      show('Deleted ' + name + '.');
      await loadAccounts();
    } catch (error) {
      failed(error);
    }
  }

  function openRotate(name) {
    $('rotate-name').textContent = name;
    $('rotate-password').value = '';
    $('rotate-form').hidden = false;
    $('rotate-password').focus();
  }

  async function rotate(event) {
    event.preventDefault();
    const name = $('rotate-name').textContent;
    try {
      await call('POST', 'push-initiators/' + encodeURIComponent(name) + '/password', { password: $('rotate-password').value });
      $('rotate-form').hidden = true;
      $('rotate-password').value = '';
      show('Changed the password of ' + name + '.');
    } catch (error) {
      failed(error);
    }
  }

  async function createAccount(event) {
    event.preventDefault();
    const account = {
      name: $('account-name').value.trim(),
      password: $('account-password').value,
      enabled: $('account-enabled').checked,
      policy: {
        allowedApplicationIds: list($('account-apps').value),
        addressPatterns: list($('account-patterns').value),
        ipAllowList: list($('account-ips').value),
        rateLimitPerSecond: Number($('account-rate').value || 0),
        maxContentBytes: Number($('account-max-content').value || 0),
      },
    };
    try {
      await call('POST', 'push-initiators', account);
      $('account-form').reset();
      show('Created ' + account.name + '.');
      await loadAccounts();
    } catch (error) {
      failed(error);
    }
  }

  // --- wiring ------------------------------------------------------------------------------

  $('login-form').addEventListener('submit', login);
  $('logout').addEventListener('click', () => logout());
  document.querySelectorAll('.tab').forEach((tab) => tab.addEventListener('click', () => {
    openPanel(tab.dataset.panel);
    loadPanel().catch(failed);
  }));
  $('push-search').addEventListener('submit', searchPushes);
  $('push-prev').addEventListener('click', () => pagePushes(-1));
  $('push-next').addEventListener('click', () => pagePushes(1));
  $('cancel-push').addEventListener('click', cancelPush);
  $('terminal-search').addEventListener('submit', (event) => {
    event.preventDefault();
    view.terminals.address = $('terminal-address').value.trim();
    view.terminals.offset = 0;
    loadTerminals().catch(failed);
  });
  $('terminal-prev').addEventListener('click', () => {
    view.terminals.offset = Math.max(0, view.terminals.offset - PAGE);
    loadTerminals().catch(failed);
  });
  $('terminal-next').addEventListener('click', () => {
    view.terminals.offset += PAGE;
    loadTerminals().catch(failed);
  });
  $('account-form').addEventListener('submit', createAccount);
  $('account-generate').addEventListener('click', () => { $('account-password').value = randomPassword(); });
  $('rotate-form').addEventListener('submit', rotate);
  $('rotate-generate').addEventListener('click', () => { $('rotate-password').value = randomPassword(); });
  $('rotate-close').addEventListener('click', () => { $('rotate-form').hidden = true; });
})();
