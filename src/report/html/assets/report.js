// docparse review report: renders the embedded data (one entry per document) a page of rows at a
// time, so ten thousand documents open as fast as a hundred. Every value is put in the page as
// text (textContent), never as markup. The state lives in the URL's #hash, so a link (or the
// browser's Back button) reopens a filter or a document.
(function () {
  'use strict';
  var DATA = JSON.parse(document.getElementById('docparse-data').textContent);
  var docs = DATA.docs;
  var FIELD_INDEX = {};
  DATA.fields.forEach(function (f, i) { FIELD_INDEX[f[0]] = i; });
  var byId = new Map();
  var byJob = new Map();
  // The list's columns are fields of the document view (the data holds each value once).
  function fieldValue(d, key) {
    for (var i = 0; i < d.f.length; i++) if (d.f[i][0] === FIELD_INDEX[key]) return d.f[i][1];
    return null;
  }
  docs.forEach(function (d) {
    byId.set(d.id, d);
    if (d.job) byJob.set(d.job, d);
    d.num = fieldValue(d, 'invoiceNumber');
    d.date = fieldValue(d, 'invoiceDate');
    d.vendor = fieldValue(d, 'vendorName');
    d.cur = fieldValue(d, 'currency');
    var total = fieldValue(d, 'total');
    d.total = total === null || !isFinite(Number(total)) ? null : Number(total);
  });
  function label(f) { return DATA.fields[f[0]][1]; }
  var LOW = DATA.lowConfidence;
  var PAGE_SIZES = [50, 100, 500];
  var FILTERS = [
    ['all', 'All', function () { return true; }],
    ['review', 'Needs review', function (d) { return d.st === 'review'; }],
    ['failed', 'Failed', function (d) { return d.st === 'failed'; }],
    ['duplicates', 'Duplicates', function (d) { return d.dup.length > 0; }],
  ];
  var STATUS_ORDER = { failed: 0, review: 2, ok: 3 };
  var COLUMNS = [
    ['status', 'Status', function (d) { return (d.dup.length ? 1 : STATUS_ORDER[d.st]); }],
    ['file', 'File', function (d) { return d.name.toLowerCase(); }],
    ['type', 'Type', function (d) { return d.type || ''; }],
    ['vendor', 'Vendor', function (d) { return (d.vendor || '').toLowerCase(); }],
    ['number', 'Invoice no.', function (d) { return d.num || ''; }],
    ['date', 'Date', function (d) { return d.date || ''; }],
    ['total', 'Total', function (d) { return d.total; }, 'num'],
    ['conf', 'Lowest confidence', function (d) { return d.conf; }, 'num'],
    ['reasons', 'Why', function (d) { return d.err ? d.err[0] : (d.why[0] || ''); }],
  ];
  var state = { filter: 'all', type: '', q: '', sort: 'status', dir: 1, page: 0, size: 100, doc: null };
  var listView = document.getElementById('listview');
  var docView = document.getElementById('docview');
  var printing = false;

  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    if (attrs) Object.keys(attrs).forEach(function (k) {
      if (k === 'text') e.textContent = attrs[k];
      else if (k === 'class') e.className = attrs[k];
      else if (k.slice(0, 2) === 'on') e.addEventListener(k.slice(2), attrs[k]);
      else e.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) { if (c != null) e.appendChild(typeof c === 'string' ? document.createTextNode(c) : c); });
    return e;
  }
  function clear(e) { while (e.firstChild) e.removeChild(e.firstChild); return e; }
  function pct(c) { return c == null ? '' : Math.round(c * 100) + '%'; }
  function money(v, cur) {
    if (v == null) return '';
    var s = Number(v).toLocaleString(undefined, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    return cur ? s + ' ' + cur : s;
  }
  function badges(d) {
    var out = [];
    if (d.st === 'failed') out.push(el('span', { class: 'badge failed', text: '\u2715 Failed' }));
    else if (d.st === 'review') out.push(el('span', { class: 'badge review', text: '! Review' }));
    else out.push(el('span', { class: 'badge ok', text: '\u2713 OK' }));
    if (d.dup.length) out.push(el('span', { class: 'badge dup', text: '\u29c9 Duplicate' }));
    return out;
  }

  // --- state <-> #hash -------------------------------------------------------------------
  function readHash() {
    var p = new URLSearchParams(location.hash.slice(1));
    state.filter = FILTERS.some(function (f) { return f[0] === p.get('filter'); }) ? p.get('filter') : 'all';
    state.type = p.get('type') || '';
    state.q = p.get('q') || '';
    state.sort = COLUMNS.some(function (c) { return c[0] === p.get('sort'); }) ? p.get('sort') : 'status';
    state.dir = p.get('dir') === 'desc' ? -1 : 1;
    state.page = Math.max(0, parseInt(p.get('page') || '0', 10) || 0);
    state.size = PAGE_SIZES.indexOf(Number(p.get('size'))) >= 0 ? Number(p.get('size')) : 100;
    state.doc = p.get('doc');
  }
  function writeHash(patch) {
    Object.keys(patch).forEach(function (k) { state[k] = patch[k]; });
    var p = new URLSearchParams();
    if (state.filter !== 'all') p.set('filter', state.filter);
    if (state.type) p.set('type', state.type);
    if (state.q) p.set('q', state.q);
    if (state.sort !== 'status') p.set('sort', state.sort);
    if (state.dir < 0) p.set('dir', 'desc');
    if (state.page) p.set('page', String(state.page));
    if (state.size !== 100) p.set('size', String(state.size));
    if (state.doc) p.set('doc', state.doc);
    var h = p.toString();
    if (('#' + h) !== location.hash && !(h === '' && location.hash === '')) location.hash = h;
    else render();
  }

  // --- the list ----------------------------------------------------------------------------
  function filtered() {
    var f = FILTERS.filter(function (x) { return x[0] === state.filter; })[0][2];
    var q = state.q.toLowerCase();
    var list = docs.filter(function (d) {
      if (!f(d)) return false;
      if (state.type && (d.type || '(unknown)') !== state.type) return false;
      if (q && [d.path, d.vendor, d.num, d.job].join('\n').toLowerCase().indexOf(q) < 0) return false;
      return true;
    });
    var key = COLUMNS.filter(function (c) { return c[0] === state.sort; })[0][2];
    var dir = state.dir;
    return list.map(function (d, i) { return [key(d), i, d]; }).sort(function (a, b) {
      var x = a[0], y = b[0];
      // Empty values last, whichever the direction.
      if (x == null || x === '') return (y == null || y === '') ? a[1] - b[1] : 1;
      if (y == null || y === '') return -1;
      return (x < y ? -1 : x > y ? 1 : a[1] - b[1]) * (x === y ? 1 : dir);
    }).map(function (t) { return t[2]; });
  }

  function toolbar() {
    var bar = clear(document.getElementById('toolbar'));
    FILTERS.forEach(function (f) {
      var n = docs.filter(f[2]).length;
      bar.appendChild(el('button', { type: 'button', 'data-filter': f[0], 'aria-pressed': String(state.filter === f[0]), onclick: function () { writeHash({ filter: f[0], page: 0 }); } }, [f[1] + ' (' + n + ')']));
    });
    var types = Array.from(new Set(docs.map(function (d) { return d.type || '(unknown)'; }))).sort();
    var sel = el('select', { id: 'typefilter', 'aria-label': 'Document type', onchange: function (e) { writeHash({ type: e.target.value, page: 0 }); } }, [el('option', { value: '', text: 'Every type' })]);
    types.forEach(function (t) { sel.appendChild(el('option', { value: t, text: t })); });
    sel.value = state.type;
    bar.appendChild(sel);
    var search = el('input', { id: 'search', type: 'search', placeholder: 'File, vendor, number', 'aria-label': 'Search', value: state.q });
    search.addEventListener('change', function () { writeHash({ q: search.value.trim(), page: 0 }); });
    bar.appendChild(search);
  }

  function row(d) {
    var reasons = el('td', { class: 'reasons' });
    if (d.err) {
      reasons.appendChild(el('div', {}, [el('b', { text: d.err[0] + ': ' }), d.err[1]]));
      if (d.err[2]) reasons.appendChild(el('div', { class: 'hint', text: d.err[2] }));
    } else if (d.why.length) {
      reasons.appendChild(el('ul', {}, d.why.slice(0, 3).map(function (w) { return el('li', { text: w }); })));
      if (d.why.length > 3) reasons.appendChild(el('div', { class: 'hint', text: '+ ' + (d.why.length - 3) + ' more' }));
    }
    var open = function () { writeHash({ doc: d.id }); };
    var tr = el('tr', { 'data-id': d.id, tabindex: '0', onclick: open, onkeydown: function (e) { if (e.key === 'Enter') open(); } }, [
      el('td', {}, badges(d)),
      el('td', { class: 'file', title: d.path }, [el('a', { href: '#doc=' + encodeURIComponent(d.id), text: d.name })]),
      el('td', { text: d.type || '' }),
      el('td', { text: d.vendor || '' }),
      el('td', { text: d.num || '' }),
      el('td', { text: d.date || '' }),
      el('td', { class: 'num', text: money(d.total, d.cur) }),
      el('td', { class: 'num' + (d.conf != null && d.conf < LOW ? ' low' : ''), text: pct(d.conf) }),
      reasons,
    ]);
    return tr;
  }

  function renderList() {
    listView.hidden = false;
    docView.hidden = true;
    toolbar();
    var list = filtered();
    var pages = Math.max(1, Math.ceil(list.length / state.size));
    var page = Math.min(state.page, pages - 1);
    var shown = printing ? list.slice(0, DATA.printLimit) : list.slice(page * state.size, (page + 1) * state.size);
    var head = clear(document.getElementById('head'));
    COLUMNS.forEach(function (c) {
      var sort = state.sort === c[0] ? (state.dir > 0 ? 'ascending' : 'descending') : 'none';
      head.appendChild(el('th', { scope: 'col', 'aria-sort': sort, class: c[3] || '' }, [
        el('button', { type: 'button', 'data-sort': c[0], onclick: function () { writeHash({ sort: c[0], dir: state.sort === c[0] ? -state.dir : 1, page: 0 }); } }, [c[1]]),
      ]));
    });
    var body = clear(document.getElementById('rows'));
    shown.forEach(function (d) { body.appendChild(row(d)); });
    if (!shown.length) body.appendChild(el('tr', {}, [el('td', { colspan: String(COLUMNS.length), class: 'empty', text: 'No document matches.' })]));
    var pager = clear(document.getElementById('pager'));
    var from = list.length ? page * state.size + 1 : 0;
    pager.appendChild(el('button', { type: 'button', id: 'prev', onclick: function () { writeHash({ page: page - 1 }); } }, ['\u2190 Previous']));
    pager.appendChild(el('span', { id: 'range', text: from + '\u2013' + Math.min(list.length, (page + 1) * state.size) + ' of ' + list.length }));
    pager.appendChild(el('button', { type: 'button', id: 'next', onclick: function () { writeHash({ page: page + 1 }); } }, ['Next \u2192']));
    pager.querySelector('#prev').disabled = page === 0;
    pager.querySelector('#next').disabled = page >= pages - 1;
    var size = el('select', { 'aria-label': 'Rows per page', onchange: function (e) { writeHash({ size: Number(e.target.value), page: 0 }); } });
    PAGE_SIZES.forEach(function (n) { size.appendChild(el('option', { value: String(n), text: n + ' per page' })); });
    size.value = String(state.size);
    pager.appendChild(size);
  }

  // --- one document --------------------------------------------------------------------
  function pageFigure(d, n, fields) {
    var fig = el('figure', { class: 'page', 'data-page': String(n) }, [
      el('img', { src: DATA.pagesDir + '/' + d.fp + '-' + n + '.png', alt: 'Page ' + n + ' of ' + d.name }),
      el('figcaption', { text: 'Page ' + n }),
    ]);
    fields.forEach(function (f, i) {
      var b = f[5];
      if (!b || b[0] !== n) return;
      var box = el('div', { class: 'box', 'data-field': String(i), 'data-key': DATA.fields[f[0]][0], title: label(f) + ': ' + f[1] }, [el('span', { text: String(i + 1) })]);
      box.style.left = b[1] * 100 + '%';
      box.style.top = b[2] * 100 + '%';
      box.style.width = b[3] * 100 + '%';
      box.style.height = b[4] * 100 + '%';
      box.addEventListener('mouseenter', function () { highlight(i); });
      fig.appendChild(box);
    });
    return fig;
  }

  function highlight(i) {
    Array.prototype.forEach.call(docView.querySelectorAll('.active'), function (e) { e.classList.remove('active'); });
    Array.prototype.forEach.call(docView.querySelectorAll('[data-field="' + i + '"]'), function (e) { e.classList.add('active'); });
  }

  function jobLink(id) {
    var other = byJob.get(id);
    if (!other) return el('span', { text: id + ' (not in this report)' });
    return el('a', { href: '#doc=' + encodeURIComponent(other.id), text: other.name + ' (' + id + ')' });
  }

  function renderDoc(d) {
    listView.hidden = true;
    docView.hidden = false;
    clear(docView);
    var list = filtered();
    var at = list.indexOf(d);
    var go = function (k) { return function () { if (list[k]) writeHash({ doc: list[k].id }); }; };
    var nav = el('nav', { class: 'docnav' }, [
      el('button', { type: 'button', id: 'back', onclick: function () { writeHash({ doc: null }); } }, ['\u2190 Back to the list']),
      el('button', { type: 'button', id: 'prevdoc', onclick: go(at - 1) }, ['Previous document']),
      el('button', { type: 'button', id: 'nextdoc', onclick: go(at + 1) }, ['Next document']),
    ]);
    nav.querySelector('#prevdoc').disabled = at <= 0;
    nav.querySelector('#nextdoc').disabled = at < 0 || at >= list.length - 1;
    docView.appendChild(nav);
    docView.appendChild(el('h2', { text: d.name }));
    docView.appendChild(el('div', {}, badges(d)));
    var facts = el('dl', { class: 'facts' });
    [['Path', d.path], ['Job', d.job], ['Type', d.type], ['Read as', d.kind], ['Template', d.tpl], ['Pages', d.np ? String(d.np) : null]].forEach(function (kv) {
      if (kv[1]) { facts.appendChild(el('dt', { text: kv[0] })); facts.appendChild(el('dd', { text: kv[1] })); }
    });
    var side = el('div', { class: 'side' }, [facts]);
    if (d.err) side.appendChild(el('section', { id: 'failure' }, [el('h3', { text: 'Failed: ' + d.err[0] }), el('p', { text: d.err[1] }), d.err[2] ? el('p', { class: 'hint', text: 'What to do: ' + d.err[2] }) : null]));
    if (d.dup.length) side.appendChild(el('section', { id: 'duplicates' }, [el('h3', { text: 'Duplicate of' }), el('ul', {}, d.dup.map(function (id) { return el('li', {}, [jobLink(id)]); }))]));
    if (d.why.length) side.appendChild(el('section', { id: 'why' }, [el('h3', { text: 'Why it needs review' }), el('ul', {}, d.why.map(function (w) { return el('li', { text: w }); }))]));
    if (d.f.length) {
      var tbody = el('tbody');
      d.f.forEach(function (f, i) {
        var tr = el('tr', { 'data-field': String(i), 'data-key': DATA.fields[f[0]][0], tabindex: '0', title: 'read by ' + DATA.sources[f[3]] }, [
          el('td', { class: 'key', text: f[5] ? String(i + 1) : '' }),
          el('th', { scope: 'row', text: label(f) }),
          el('td', { class: 'value', text: f[1] }),
          el('td', { class: 'num' + (f[2] < LOW ? ' low' : ''), text: pct(f[2]) }),
          el('td', { class: 'hint', text: f[5] ? 'page ' + f[5][0] : (f[4] ? 'page ' + f[4] + ' (no position)' : 'no position') }),
        ]);
        tr.addEventListener('mouseenter', function () { highlight(i); });
        tr.addEventListener('focus', function () { highlight(i); });
        tbody.appendChild(tr);
      });
      side.appendChild(el('section', {}, [el('h3', { text: 'Fields' }), el('table', { class: 'fields' }, [el('thead', {}, [el('tr', {}, [el('th', { text: '' }), el('th', { text: 'Field' }), el('th', { text: 'Value' }), el('th', { text: 'Confidence' }), el('th', { text: 'Where' })])]), tbody])]));
    }
    if (d.warn.length) side.appendChild(el('section', {}, [el('h3', { text: 'Warnings' }), el('ul', {}, d.warn.map(function (w) { return el('li', { text: w }); }))]));
    var pages = el('div', { class: 'pages' });
    if (d.pg.length) d.pg.forEach(function (n) { pages.appendChild(pageFigure(d, n, d.f)); });
    else pages.appendChild(el('p', { class: 'nopage', text: d.noPage || 'No page image.' }));
    docView.appendChild(el('div', { class: 'docbody' }, [pages, side]));
    document.title = d.name + ' \u2013 ' + DATA.title;
    docView.querySelector('#back').focus();
  }

  function render() {
    readHash();
    var d = state.doc ? byId.get(state.doc) : null;
    if (d) renderDoc(d);
    else {
      document.title = DATA.title;
      renderList();
    }
  }

  document.addEventListener('keydown', function (e) {
    if (docView.hidden || e.target.tagName === 'INPUT' || e.target.tagName === 'SELECT') return;
    if (e.key === 'Escape') writeHash({ doc: null });
    else if (e.key === 'ArrowRight' || e.key === 'j') docView.querySelector('#nextdoc').click();
    else if (e.key === 'ArrowLeft' || e.key === 'k') docView.querySelector('#prevdoc').click();
  });
  // Printing the list prints every filtered row (up to a limit), not just the page on screen.
  window.addEventListener('beforeprint', function () { if (docView.hidden) { printing = true; renderList(); } });
  window.addEventListener('afterprint', function () { if (printing) { printing = false; renderList(); } });
  window.addEventListener('hashchange', render);
  render();
  document.documentElement.setAttribute('data-ready', 'true');
})();
