'use strict';

const apiBase = `${location.protocol}//127.0.0.1:${location.port}`;

const presets = [
  { name: 'Simple GET', method: 'GET', path: '/api/orders' },
  { name: 'JSON POST (preflighted)', method: 'POST', path: '/api/orders',
    headers: 'Content-Type: application/json', body: '{"item":"book","quantity":1}' },
  { name: 'Form POST (no preflight)', method: 'POST', path: '/api/orders',
    headers: 'Content-Type: text/plain', body: 'item=pen' },
  { name: 'PUT', method: 'PUT', path: '/api/orders/1', headers: 'Content-Type: application/json',
    body: '{"item":"book","quantity":2}' },
  { name: 'DELETE', method: 'DELETE', path: '/api/orders/1' },
  { name: 'PATCH (method not allowed)', method: 'PATCH', path: '/api/orders/1' },
  { name: 'Allowed header', method: 'GET', path: '/api/orders', headers: 'X-Request-Id: 42' },
  { name: 'Secret header (not allowed)', method: 'GET', path: '/api/orders', headers: 'X-Secret: 42' },
  { name: 'With credentials', method: 'GET', path: '/api/orders', credentials: 'include' },
  { name: 'Partner feed (@CrossOriginPolicy)', method: 'GET', path: '/partners/feed' },
  { name: 'Partner feed with credentials', method: 'GET', path: '/partners/feed', credentials: 'include' },
  { name: 'Server error (still readable)', method: 'GET', path: '/api/orders/fail' },
  { name: 'Path no policy covers', method: 'GET', path: '/stats' },
  { name: 'Admin API, no credentials (401)', method: 'GET', path: '/api/admin/settings', credentials: 'include' },
  { name: 'Admin API with Authorization', method: 'GET', path: '/api/admin/settings', credentials: 'include',
    headers: 'Authorization: Basic YWRtaW46Y29ycy1zYW1wbGU=' },
];

const $ = (id) => document.getElementById(id);

/** The browser engine and its version, from the user agent (Edge, Opera and others run Chromium). */
function engine(userAgent) {
  const firefox = userAgent.match(/Firefox\/(\d+)/);
  if (firefox) {
    return `Firefox ${firefox[1]} (Gecko)`;
  }
  const chromium = userAgent.match(/Chrom(?:e|ium)\/(\d+)/);
  if (chromium) {
    return `Chromium ${chromium[1]} (Blink)`;
  }
  const safari = userAgent.match(/Version\/(\d+)[^ ]* Safari\//);
  return safari ? `Safari ${safari[1]} (WebKit)` : 'unknown';
}

function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

function parseHeaders(text) {
  const headers = {};
  for (const line of text.split('\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) {
      headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
    }
  }
  return headers;
}

function newProbe() {
  return Date.now().toString(36) + Math.random().toString(36).slice(2, 10);
}

/** Sends the request as the page's script would, and reports only what a script can see. */
async function browserFetch(url, init) {
  try {
    const response = await fetch(url, init);
    const headers = [];
    response.headers.forEach((value, name) => headers.push([name, value]));
    const body = await response.text();
    return { readable: true, status: response.status, headers, body };
  } catch (error) {
    return { readable: false, error: `${error.name}: ${error.message}` };
  }
}

function renderBrowser(result, exchanges) {
  const preflights = exchanges.filter((e) => e.preflight).length;
  const sent = `<p>Preflight sent: <strong>${preflights > 0 ? 'yes' : 'no'}</strong>
     <small>(as the server saw it)</small></p>`;
  if (!result.readable) {
    return `<p class="blocked">Blocked: the page cannot read the response.</p>${sent}
      <p><code>${escapeHtml(result.error)}</code></p>`;
  }
  const headers = result.headers.map(([n, v]) => `<li><code>${escapeHtml(n)}: ${escapeHtml(v)}</code></li>`).join('');
  return `<p class="allowed">Allowed: status ${result.status}.</p>${sent}
    <p>Headers the script can read:</p><ul>${headers}</ul><pre>${escapeHtml(result.body)}</pre>`;
}

function renderModel(prediction) {
  const headers = prediction.readableHeaders.map((n) => `<li><code>${escapeHtml(n)}</code></li>`).join('');
  const cached = prediction.preflightFromCache
    ? ' <small>(the preflight cache still holds the answer to this request\'s earlier preflight, for its'
      + ' <code>Access-Control-Max-Age</code>)</small>' : '';
  return `<p class="${prediction.readable ? 'allowed' : 'blocked'}">${prediction.readable ? 'Allowed' : 'Blocked'}</p>
    <p>Preflight needed: <strong>${prediction.preflight ? 'yes' : 'no'}</strong>${cached}</p>
    <p>${escapeHtml(prediction.reason)}</p>${headers ? `<p>Readable headers:</p><ul>${headers}</ul>` : ''}
    <p><small>Judged by the model's ${escapeHtml(prediction.rules)} rules.</small></p>`;
}

function renderServer(exchanges) {
  if (exchanges.length === 0) {
    return '<p>The server saw no request for this probe.</p>';
  }
  return exchanges.map((e) => `<p><strong>${e.preflight ? 'Preflight' : escapeHtml(e.method)}</strong> → ${e.status}<br>
      ${e.policy ? `policy <code>${escapeHtml(e.policy)}</code>: ${escapeHtml(e.decision)}` : 'no policy applies'}</p>`).join('');
}

/** The last request sent, kept so that "Send again" repeats it to the very same URL. */
let last = null;

async function send(event) {
  event.preventDefault();
  const method = $('method').value;
  const headers = parseHeaders($('headers').value);
  const credentials = $('credentials').value;
  const probe = newProbe();
  const path = $('path').value;
  const url = `${apiBase}${path}${path.includes('?') ? '&' : '?'}probe=${probe}`;
  const init = { method, headers, credentials, mode: 'cors' };
  if (method !== 'GET' && method !== 'HEAD' && $('body').value) {
    init.body = $('body').value;
  }
  last = { url, init, question: { probe, origin: location.origin, method, headers, credentials, seen: 0,
    engine: engine(navigator.userAgent) } };
  await run(last);
}

/** Sends the same request to the same URL: within its max-age the browser's preflight cache answers. */
async function sendAgain() {
  if (last) {
    await run(last);
  }
}

async function run(request) {
  const result = await browserFetch(request.url, request.init);
  const explanation = await (await fetch('/playground/explain', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(request.question),
  })).json();
  request.question.seen = explanation.seen;
  $('browser').innerHTML = renderBrowser(result, explanation.exchanges);
  $('model').innerHTML = renderModel(explanation.prediction);
  $('server').innerHTML = renderServer(explanation.exchanges);
  const agrees = explanation.prediction.readable === result.readable
    && explanation.prediction.preflight === explanation.exchanges.some((e) => e.preflight);
  $('verdict').textContent = agrees ? '✔ the model agrees with your browser' : '✘ the model and your browser disagree';
  $('verdict').className = `verdict ${agrees ? 'allowed' : 'blocked'}`;
  $('results').hidden = false;
  $('send-again').disabled = false;
  document.body.dataset.lastProbe = request.question.probe;
}

function applyPreset(preset) {
  $('method').value = preset.method;
  $('path').value = preset.path;
  $('headers').value = preset.headers || '';
  $('body').value = preset.body || '';
  $('credentials').value = preset.credentials || 'same-origin';
}

$('page-origin').textContent = location.origin;
$('engine').textContent = engine(navigator.userAgent);
$('api-base').textContent = apiBase;
if (location.hostname === '127.0.0.1') {
  $('same-origin-warning').hidden = false;
  $('localhost-link').href = `${location.protocol}//localhost:${location.port}/`;
}
for (const preset of presets) {
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = preset.name;
  button.addEventListener('click', () => applyPreset(preset));
  $('presets').appendChild(button);
}
$('form').addEventListener('submit', send);
$('send-again').addEventListener('click', sendAgain);

// WebSocket: the handshake carries this page's Origin; the live policy decides it on the server
const wsUrl = `${location.protocol === 'https:' ? 'wss' : 'ws'}://127.0.0.1:${location.port}/ws/orders`;
$('ws-url').textContent = wsUrl;
$('ws-open').addEventListener('click', () => {
  const result = $('ws-result');
  result.textContent = 'Opening…';
  let opened = false;
  const socket = new WebSocket(wsUrl);
  let greeted = false;
  socket.onopen = () => { opened = true; };
  // the server speaks first; sending only after its greeting avoids a frame lost at the upgrade
  socket.onmessage = (event) => {
    if (!greeted) {
      greeted = true;
      socket.send('42');
      return;
    }
    result.textContent = `Open: sent "42", the server answered "${event.data}"`;
    socket.close();
  };
  socket.onclose = () => {
    if (!opened) {
      result.textContent = 'Refused: the server did not upgrade the handshake (a script sees only error and close events, never the status)';
    }
  };
});
