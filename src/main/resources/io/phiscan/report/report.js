(function () {
  'use strict';
  // The report's only script: offline filters, rule explanations on hover, decision buttons that
  // build a decisions CSV, and every finding opened for printing. It reads the page and writes
  // text nodes and attributes only; it never fetches anything (the page's CSP forbids it).
  var doc = document;
  var findings = Array.prototype.slice.call(doc.querySelectorAll('details.f'));
  var texts = null;

  function byId(id) { return doc.getElementById(id); }

  // Filters
  var tools = byId('tools');
  var shown = byId('shown');
  function selectedSeverities() {
    var out = {};
    Array.prototype.forEach.call(doc.querySelectorAll('input[name=sev]'), function (c) { out[c.value] = c.checked; });
    return out;
  }
  function apply() {
    var sev = selectedSeverities();
    var pf = byId('f-pf').value;
    var st = byId('f-st').value;
    var q = byId('f-q').value.trim().toLowerCase();
    var onlyNew = byId('f-new').checked;
    if (q && !texts) {
      texts = findings.map(function (f) { return f.textContent.toLowerCase(); });
    }
    var n = 0;
    findings.forEach(function (f, i) {
      var ok = sev[f.dataset.sev] === true
        && (!pf || f.dataset.pf === pf)
        && (!st || (' ' + st + ' ').indexOf(' ' + f.dataset.st + ' ') >= 0)
        && (!onlyNew || f.dataset['new'] === '1')
        && (!q || texts[i].indexOf(q) >= 0);
      f.hidden = !ok;
      if (ok) { n++; }
    });
    shown.textContent = n === findings.length ? findings.length + ' findings'
      : 'Showing ' + n + ' of ' + findings.length + ' findings';
  }
  if (tools) {
    tools.hidden = false;
    var timer = null;
    tools.addEventListener('change', apply);
    byId('f-q').addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(apply, 150);
    });
    byId('open-all').addEventListener('click', function () {
      findings.forEach(function (f) { if (!f.hidden) { f.open = true; } });
    });
    byId('close-all').addEventListener('click', function () {
      findings.forEach(function (f) { f.open = false; });
    });
  }

  // Rule explanations on hover: taken from the finding's own list of rules.
  doc.addEventListener('mouseover', function (e) {
    var mark = e.target.closest ? e.target.closest('mark[data-rule]') : null;
    if (!mark || mark.title) { return; }
    var f = mark.closest('details.f');
    if (!f) { return; }
    var rule = mark.getAttribute('data-rule');
    var dts = f.querySelectorAll('dl.rules dt');
    for (var i = 0; i < dts.length; i++) {
      if (dts[i].getAttribute('data-rule') === rule) {
        var dd = dts[i].nextElementSibling;
        mark.title = rule + ': ' + (dd ? dd.textContent : '');
        return;
      }
    }
  });

  // Printing shows every finding that the filters show, opened.
  var closedForPrint = [];
  window.addEventListener('beforeprint', function () {
    closedForPrint = findings.filter(function (f) { return !f.open && !f.hidden; });
    closedForPrint.forEach(function (f) { f.open = true; });
  });
  window.addEventListener('afterprint', function () {
    closedForPrint.forEach(function (f) { f.open = false; });
    closedForPrint = [];
  });

  // Decisions
  var template = byId('t-decide');
  var bar = byId('bar');
  if (template && bar) { decisionControls(); }
  doc.body.setAttribute('data-ready', String(Math.round(performance.now())));

  function decisionControls() {
    var decisions = {};
    var order = [];
    var downloaded = true;
    var labels = { confirm: 'confirmed', dismiss: 'dismissed', escalate: 'escalated' };

    function cell(v) {
      v = String(v);
      if (/^[=+\-@\t\r]/.test(v)) { v = "'" + v; }
      if (/[",\r\n]/.test(v)) { v = '"' + v.replace(/"/g, '""') + '"'; }
      return v;
    }
    function csv() {
      var lines = [bar.getAttribute('data-header')];
      order.forEach(function (id) {
        var d = decisions[id];
        if (d) { lines.push([cell(id), cell(d.decision), cell(d.reason)].join(',')); }
      });
      return lines.join('\r\n') + '\r\n';
    }
    function count() { return order.filter(function (id) { return decisions[id]; }).length; }
    function refreshBar() {
      var n = count();
      bar.hidden = n === 0;
      byId('n-dec').textContent = n + (n === 1 ? ' decision' : ' decisions') + ' not yet applied';
    }
    function show(ui, id) {
      var d = decisions[id];
      var chip = ui.closest('details.f').querySelector('summary .dec');
      ui.querySelector('.chosen').textContent = d ? 'Your decision: ' + labels[d.decision] + (d.reason ? ' (' + d.reason + ')' : '') : '';
      chip.textContent = d ? 'to be ' + labels[d.decision] : '';
      ui.querySelector('.undo').hidden = !d;
      ui.querySelector('.reason').hidden = true;
      refreshBar();
    }
    function decide(ui, id, decision, reason) {
      if (order.indexOf(id) < 0) { order.push(id); }
      decisions[id] = { decision: decision, reason: reason };
      downloaded = false;
      show(ui, id);
    }
    doc.querySelectorAll('div.decide').forEach(function (slot) {
      var id = slot.getAttribute('data-id');
      var ui = template.content.firstElementChild.cloneNode(true);
      var reasonBox = ui.querySelector('.reason');
      var input = reasonBox.querySelector('input');
      var pending = null;
      ui.addEventListener('click', function (e) {
        var b = e.target.closest('button');
        if (!b) { return; }
        var d = b.getAttribute('data-d');
        if (d === 'confirm') {
          decide(ui, id, 'confirm', '');
        } else if (d === 'dismiss' || d === 'escalate') {
          pending = d;
          input.placeholder = d === 'dismiss' ? 'Why dismiss? (required)' : 'Why escalate? (optional)';
          input.value = decisions[id] && decisions[id].decision === d ? decisions[id].reason : '';
          reasonBox.hidden = false;
          input.focus();
        } else if (b.classList.contains('save')) {
          var reason = input.value.trim();
          if (pending === 'dismiss' && !reason) {
            input.setCustomValidity('A dismissal needs a reason.');
            input.reportValidity();
            return;
          }
          input.setCustomValidity('');
          decide(ui, id, pending, reason);
        } else if (b.classList.contains('undo')) {
          delete decisions[id];
          show(ui, id);
        }
      });
      input.addEventListener('keydown', function (e) {
        if (e.key === 'Enter') { ui.querySelector('.save').click(); }
      });
      slot.appendChild(ui);
    });
    byId('dl').addEventListener('click', function () {
      var blob = new Blob([csv()], { type: 'text/csv;charset=utf-8' });
      var a = doc.createElement('a');
      a.href = URL.createObjectURL(blob);
      a.download = 'decisions-' + doc.body.getAttribute('data-run') + '.csv';
      doc.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(function () { URL.revokeObjectURL(a.href); }, 60000);
      downloaded = true;
    });
    byId('clear').addEventListener('click', function () {
      decisions = {};
      order = [];
      doc.querySelectorAll('div.decide .decide-ui').forEach(function (ui) {
        show(ui, ui.parentNode.getAttribute('data-id'));
      });
    });
    window.addEventListener('beforeunload', function (e) {
      if (!downloaded && count() > 0) {
        e.preventDefault();
        e.returnValue = '';
      }
    });
  }
})();
