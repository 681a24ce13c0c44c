/*
 * 整改落实情况看板. Reads only the public report API (/api/v1/reports/...) with the caller's bearer
 * token, and the public readiness check (/q/health/ready) for the feeds' state. The token comes
 * from the URL fragment (#token=...) or the paste box and is kept in sessionStorage only.
 */
(function () {
  'use strict';

  var TOKEN_KEY = 'bihuan.dashboard.token';
  // A feed that has not answered for this long (or is failing) makes the figures stale.
  var STALE_AFTER_SECONDS = 60;
  var FEEDS = { problem: '问题数据源（problem-service）', rectification: '整改任务数据源（rectification-service）' };
  var CHART_UNITS = 12;
  var COLORS = { RED: '#d9363e', YELLOW: '#e6a23c', GREEN: '#2e9d5b' };

  var params = new URLSearchParams(location.search);
  var refreshSeconds = Math.max(10, parseInt(params.get('refresh'), 10) || 60);
  var charts = {};
  var timer = null;
  // Each load has a number; only the latest one's answers reach the page, so quick filter changes
  // never leave an earlier filter's figures on screen. The previous load is also aborted.
  var generation = 0;
  var inFlight = null;
  // The organisation's time zone (from the answers' timeZone); the report's "today" is its date.
  var zone = 'Asia/Shanghai';

  function $(id) { return document.getElementById(id); }

  function takeToken() {
    var hash = location.hash.replace(/^#/, '');
    if (hash) {
      var h = new URLSearchParams(hash);
      if (h.get('token')) {
        sessionStorage.setItem(TOKEN_KEY, h.get('token').trim());
        h.delete('token');
        var rest = h.toString();
        // The token leaves the address bar (and so screenshots, history and shared links).
        history.replaceState(null, '', location.pathname + location.search + (rest ? '#' + rest : ''));
      }
    }
    return sessionStorage.getItem(TOKEN_KEY);
  }

  function filters() {
    var f = {};
    ['sourceId', 'unit', 'from', 'to'].forEach(function (name) {
      var el = $('filters').elements[name];
      if (el.value) { f[name] = el.value; }
    });
    return f;
  }

  function query(f, extra) {
    var q = new URLSearchParams(Object.assign({}, f, extra || {}));
    var s = q.toString();
    return s ? '?' + s : '';
  }

  function AuthError(status) { this.status = status; }

  function api(path, f, extra, signal) {
    var token = sessionStorage.getItem(TOKEN_KEY);
    return fetch('/api/v1/reports/' + path + query(f, extra), {
      headers: { Authorization: 'Bearer ' + token, Accept: 'application/json' }, signal: signal
    }).then(function (r) {
      if (r.status === 401 || r.status === 403) { throw new AuthError(r.status); }
      if (!r.ok) {
        return r.json().catch(function () { return {}; }).then(function (p) {
          throw new Error((p.title || ('HTTP ' + r.status)) + (p.detail ? '：' + p.detail : ''));
        });
      }
      return r.json();
    });
  }

  function health(signal) {
    return fetch('/q/health/ready', { headers: { Accept: 'application/json' }, signal: signal })
      .then(function (r) { return r.json(); })
      .catch(function () { return null; });
  }

  function pct(rate) {
    return rate === null || rate === undefined ? '—' : (rate * 100).toFixed(1) + '%';
  }

  function setFigure(id, value, text) {
    var el = $(id);
    el.textContent = text !== undefined ? text : (value === null || value === undefined ? '—' : String(value));
    el.setAttribute('data-value', value === null || value === undefined ? '' : String(value));
  }

  function showSummary(s) {
    var p = s.problems, t = s.tickets;
    setFigure('kpi-closure-rate', p.closureRate, pct(p.closureRate));
    setFigure('kpi-problems-closed', p.closed);
    setFigure('kpi-problems-counted', p.total - p.withdrawn);
    setFigure('kpi-completion-rate', t.completionRate, pct(t.completionRate));
    // The rate is verified time-bound tickets / time-bound tickets; long-term ones are apart.
    var longTermVerified = t.longTermDetail ? t.longTermDetail.verified : 0;
    setFigure('kpi-timebound-verified', t.verified - longTermVerified);
    setFigure('kpi-timebound', t.timeBound);
    setFigure('kpi-long-term-verified', longTermVerified);
    setFigure('kpi-tickets-total', t.total);
    setFigure('kpi-on-time-rate', t.onTimeRate, pct(t.onTimeRate));
    setFigure('kpi-mean-days', t.meanDaysToVerify);
    setFigure('kpi-overdue', t.overdue);
    setFigure('kpi-due-soon', t.dueSoon);
    setFigure('kpi-stagnant', t.stagnant);
    setFigure('kpi-red', t.lights.RED);
    setFigure('kpi-yellow', t.lights.YELLOW);
    setFigure('kpi-green', t.lights.GREEN);
    setFigure('kpi-long-term', t.longTerm);
    $('as-of').textContent = '数据截至：' + (s.asOf ? formatInstant(s.asOf) : '暂无数据');
    $('as-of').setAttribute('data-as-of', s.asOf || '');
    setFigure('kpi-assigned', t.byStatus.ASSIGNED);
    setFigure('kpi-in-progress', t.byStatus.IN_PROGRESS);
    setFigure('kpi-submitted', t.byStatus.SUBMITTED);
    setFigure('kpi-verified', t.byStatus.VERIFIED);
    setFigure('kpi-cancelled', t.byStatus.CANCELLED);
  }

  /** An instant as the organisation reads it (its time zone, not the browser's). */
  function formatInstant(iso) {
    var d = new Date(iso);
    try {
      return d.toLocaleString('zh-CN', { hour12: false, timeZone: zone }) + '（' + zoneLabel() + '）';
    } catch (e) {
      return d.toLocaleString('zh-CN', { hour12: false });
    }
  }

  function zoneLabel() {
    return zone === 'Asia/Shanghai' ? '北京时间' : zone;
  }

  function worst(lights) {
    if (lights.RED > 0) { return 'red'; }
    if (lights.YELLOW > 0) { return 'yellow'; }
    if (lights.GREEN > 0) { return 'green'; }
    return 'none';
  }

  function showUnits(b) {
    var board = $('unit-board');
    board.textContent = '';
    var groups = b.groups.slice().sort(function (x, y) {
      return (y.tickets.lights.RED - x.tickets.lights.RED) || (y.tickets.lights.YELLOW - x.tickets.lights.YELLOW)
        || x.key.localeCompare(y.key, 'zh-CN');
    });
    groups.forEach(function (g) {
      var l = g.tickets.lights;
      var tile = document.createElement('div');
      tile.className = 'unit ' + worst(l);
      tile.setAttribute('data-unit', g.key);
      tile.setAttribute('data-red', l.RED);
      tile.setAttribute('data-yellow', l.YELLOW);
      tile.setAttribute('data-green', l.GREEN);
      var name = document.createElement('div');
      name.className = 'unit-name';
      name.textContent = g.key;
      name.title = g.key;
      tile.title = g.key + '：红 ' + l.RED + ' · 黄 ' + l.YELLOW + ' · 绿 ' + l.GREEN + ' · 逾期 ' + g.tickets.overdue;
      var counts = document.createElement('div');
      counts.className = 'unit-counts';
      counts.textContent = '红 ' + l.RED + ' · 黄 ' + l.YELLOW + ' · 绿 ' + l.GREEN;
      var rate = document.createElement('div');
      rate.className = 'unit-counts';
      rate.textContent = '逾期 ' + g.tickets.overdue + ' · 完成率 ' + pct(g.tickets.completionRate);
      tile.appendChild(name);
      tile.appendChild(counts);
      tile.appendChild(rate);
      board.appendChild(tile);
    });
    if (!groups.length) { board.textContent = '暂无责任单位数据'; }
    // Many units: smaller tiles, so that every unit shows without scrolling on a wall screen.
    board.className = 'board' + (groups.length > 24 ? ' dense' : groups.length > 10 ? ' compact' : '');
    // The chart shows the worst units (at most CHART_UNITS) as horizontal bars with truncated
    // names; the board above lists every unit.
    var shown = groups.slice(0, CHART_UNITS);
    var names = shown.map(function (g) { return g.key; });
    chart('chart-units').setOption({
      title: groups.length > shown.length ? { text: '红黄灯最多的 ' + shown.length + ' 个单位（共 ' + groups.length + ' 个）',
        right: 8, top: 0, textStyle: { fontSize: 12, fontWeight: 'normal', color: '#6b7785' } } : undefined,
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { data: ['红灯', '黄灯', '绿灯'], bottom: 0 },
      grid: { left: 8, right: 16, top: groups.length > shown.length ? 22 : 8, bottom: 30, containLabel: true },
      yAxis: { type: 'category', data: names, inverse: true,
        axisLabel: { interval: 0, width: 140, overflow: 'truncate', ellipsis: '…', hideOverlap: true } },
      xAxis: { type: 'value', minInterval: 1 },
      series: ['RED', 'YELLOW', 'GREEN'].map(function (k, i) {
        return {
          name: ['红灯', '黄灯', '绿灯'][i], type: 'bar', stack: 'lights', itemStyle: { color: COLORS[k] },
          barMaxWidth: 18, data: shown.map(function (g) { return g.tickets.lights[k]; })
        };
      })
    }, true);
  }

  function showTrend(t) {
    chart('chart-trend').setOption({
      tooltip: { trigger: 'axis' },
      legend: { data: ['新增任务', '销号', '逾期'], bottom: 0 },
      grid: { left: 8, right: 16, top: 12, bottom: 30, containLabel: true },
      xAxis: { type: 'category', data: trendLabels(t.points) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: '新增任务', type: 'line', data: t.points.map(function (p) { return p.opened; }) },
        { name: '销号', type: 'line', itemStyle: { color: COLORS.GREEN }, data: t.points.map(function (p) { return p.verified; }) },
        { name: '逾期', type: 'line', itemStyle: { color: COLORS.RED }, data: t.points.map(function (p) { return p.overdue; }) }
      ]
    }, true);
  }

  /** Week starts as MM-DD, with the year when the weeks span more than one year. */
  function trendLabels(points) {
    var years = {};
    points.forEach(function (p) { years[p.start.slice(0, 4)] = true; });
    var withYear = Object.keys(years).length > 1;
    return points.map(function (p) { return withYear ? p.start : p.start.slice(5); });
  }

  function showBreakdown(id, b) {
    var groups = b.groups;
    var names = groups.map(function (g) { return g.label || g.key; });
    chart(id).setOption({
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' },
        valueFormatter: function (v) { return v === null || v === undefined ? '—' : v; } },
      legend: { data: ['问题', '任务', '已销号', '逾期', '完成率%'], bottom: 0 },
      grid: { left: 8, right: 8, top: 12, bottom: 30, containLabel: true },
      xAxis: { type: 'category', data: names,
        axisLabel: { interval: 0, rotate: names.length > 4 ? 30 : 0, width: 90, overflow: 'truncate' } },
      yAxis: [{ type: 'value', minInterval: 1 }, { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } }],
      series: [
        { name: '问题', type: 'bar', itemStyle: { color: '#8a94a3' },
          data: groups.map(function (g) { return g.problems.total - g.problems.withdrawn; }) },
        { name: '任务', type: 'bar', data: groups.map(function (g) { return g.tickets.total; }) },
        { name: '已销号', type: 'bar', itemStyle: { color: COLORS.GREEN }, data: groups.map(function (g) { return g.tickets.verified; }) },
        { name: '逾期', type: 'bar', itemStyle: { color: COLORS.RED }, data: groups.map(function (g) { return g.tickets.overdue; }) },
        { name: '完成率%', type: 'line', yAxisIndex: 1, data: groups.map(function (g) {
          return g.tickets.completionRate === null ? null : Math.round(g.tickets.completionRate * 1000) / 10;
        }) }
      ]
    }, true);
  }

  function showOverdue(o, total) {
    var body = $('overdue-rows');
    body.textContent = '';
    // The most overdue first (the API pages in a stable order, not by days overdue).
    o.items.slice().sort(function (x, y) {
      return (y.daysOverdue - x.daysOverdue) || String(x.number || '').localeCompare(String(y.number || ''));
    }).forEach(function (t) {
      var tr = document.createElement('tr');
      tr.setAttribute('data-ticket', t.id);
      [t.number || '', t.measure || '', (t.responsibleUnits || []).join('、'), t.leaderInCharge || '',
        t.effectiveDeadline || t.deadline || '', String(t.daysOverdue)].forEach(function (text, i) {
        var td = document.createElement('td');
        td.textContent = text;
        if (i === 1) { td.className = 'measure'; }
        if (i === 5) { td.className = 'days'; td.textContent = text + ' 天'; td.setAttribute('data-days', text); }
        tr.appendChild(td);
      });
      body.appendChild(tr);
    });
    if (!o.items.length) {
      var tr = document.createElement('tr');
      var td = document.createElement('td');
      td.colSpan = 6;
      td.textContent = '没有逾期的整改任务';
      tr.appendChild(td);
      body.appendChild(tr);
    }
    $('overdue-count').textContent = o.nextCursor
      ? '（共 ' + total + ' 项，显示前 ' + o.items.length + ' 项）'
      : '（共 ' + o.items.length + ' 项）';
  }

  function fillOptions(select, groups, allLabel) {
    var current = select.value;
    select.textContent = '';
    var all = document.createElement('option');
    all.value = '';
    all.textContent = allLabel;
    select.appendChild(all);
    // Sources may share a title: those get the start of their id, so that each can be told apart.
    var seen = {};
    groups.forEach(function (g) { var t = g.label || g.key; seen[t] = (seen[t] || 0) + 1; });
    var keys = groups.map(function (g) {
      var t = g.label || g.key;
      return { value: g.key, text: seen[t] > 1 && g.label ? t + '（' + g.key.slice(0, 8) + '）' : t };
    });
    if (current && !keys.some(function (k) { return k.value === current; })) {
      keys.push({ value: current, text: current });
    }
    keys.sort(function (a, b) { return a.text.localeCompare(b.text, 'zh-CN'); }).forEach(function (k) {
      var o = document.createElement('option');
      o.value = k.value;
      o.textContent = k.text;
      select.appendChild(o);
    });
    select.value = current;
  }

  /**
   * The feeds' state from the readiness check: fresh, stale (with the reason) or unknown. Every
   * replica reports the state the following replica stores in the shared database, so the page
   * says the same whichever replica answers.
   */
  function showFreshness(h) {
    var badge = $('freshness');
    var banner = $('stale-banner');
    var check = h && h.checks && h.checks.filter(function (c) { return c.name === 'report-projection'; })[0];
    var data = check && check.data;
    var problems = [];
    var known = 0;
    if (data) {
      Object.keys(FEEDS).forEach(function (feed) {
        var lag = data[feed + '.lagSeconds'];
        if (lag === undefined || lag === null) { return; }
        known++;
        var failures = data[feed + '.consecutiveFailures'] || 0;
        var last = data[feed + '.lastSuccessAt'];
        var lastText = last && last !== 'never' ? formatInstant(last) : '从未';
        if (failures > 0) {
          problems.push(FEEDS[feed] + '连续 ' + failures + ' 次读取失败（最后成功：' + lastText + '）');
        } else if (lag < 0 || lag > STALE_AFTER_SECONDS) {
          problems.push(FEEDS[feed] + '已 ' + (lag < 0 ? '—' : lag) + ' 秒未更新（最后成功：' + lastText + '）');
        }
      });
      if (data.database) { problems.push('报表数据库不可用'); }
    }
    var state = problems.length ? 'stale' : known === Object.keys(FEEDS).length ? 'fresh' : 'unknown';
    if (state === 'stale') {
      badge.className = 'badge badge-stale';
      badge.textContent = '数据可能已过时';
      banner.hidden = false;
      banner.textContent = '注意：上游数据源中断，以下数字停留在“数据截至”所示时刻，可能已过时。' + problems.join('；') + '。';
    } else if (state === 'fresh') {
      badge.className = 'badge badge-fresh';
      badge.textContent = '数据为最新';
      banner.hidden = true;
    } else {
      badge.className = 'badge badge-unknown';
      badge.textContent = '数据源状态：未知';
      banner.hidden = true;
    }
    badge.setAttribute('data-state', state);
  }

  /** The report service did not answer: the figures on screen are of an earlier moment. */
  function showUnreachable() {
    var badge = $('freshness');
    badge.className = 'badge badge-stale';
    badge.textContent = '数据可能已过时（报表服务无法访问）';
    badge.setAttribute('data-state', 'stale');
    var banner = $('stale-banner');
    banner.hidden = false;
    banner.textContent = '注意：无法读取报表服务，以下数字停留在“数据截至”所示时刻，可能已过时。';
  }

  function chart(id) {
    if (!charts[id]) {
      charts[id] = echarts.init($(id), null, { renderer: 'canvas' });
    }
    return charts[id];
  }

  function showError(message) {
    var e = $('error-banner');
    e.hidden = !message;
    e.textContent = message || '';
  }

  function needToken(message) {
    $('token-box').hidden = false;
    showError(message);
  }

  function syncAddress() {
    var q = new URLSearchParams(filters());
    if (params.get('refresh')) { q.set('refresh', params.get('refresh')); }
    var s = q.toString();
    history.replaceState(null, '', location.pathname + (s ? '?' + s : '') + location.hash);
  }

  function load() {
    if (!sessionStorage.getItem(TOKEN_KEY)) {
      needToken('');
      return Promise.resolve();
    }
    var mine = ++generation;
    if (inFlight) { inFlight.abort(); }
    var controller = typeof AbortController === 'function' ? new AbortController() : null;
    var signal = controller ? controller.signal : undefined;
    inFlight = controller;
    var f = filters();
    document.body.setAttribute('data-loading', 'true');
    var all = {};
    return Promise.all([
      api('summary', f, {}, signal),
      api('breakdown', f, { by: 'unit' }, signal),
      api('breakdown', f, { by: 'leader' }, signal),
      api('breakdown', f, { by: 'category' }, signal),
      api('breakdown', f, { by: 'source' }, signal),
      api('trend', f, { interval: 'week' }, signal),
      api('overdue', f, { limit: 100 }, signal),
      api('breakdown', all, { by: 'source' }, signal),
      api('breakdown', all, { by: 'unit' }, signal),
      health(signal)
    ]).then(function (r) {
      if (mine !== generation) { return; } // a later filter's load owns the page
      if (r[0].timeZone) { zone = r[0].timeZone; }
      $('token-box').hidden = true;
      showError('');
      fillOptions($('f-source'), r[7].groups, '全部来源');
      fillOptions($('f-unit'), r[8].groups, '全部单位');
      showSummary(r[0]);
      showUnits(r[1]);
      showBreakdown('chart-leader', r[2]);
      showBreakdown('chart-category', r[3]);
      showBreakdown('chart-source', r[4]);
      showTrend(r[5]);
      showOverdue(r[6], r[0].tickets.overdue);
      showFreshness(r[9], r[0]);
      $('exports').hidden = !f.sourceId;
      $('loaded-at').textContent = '页面刷新于 ' + formatInstant(new Date().toISOString());
      document.body.setAttribute('data-loaded-filters', JSON.stringify(f));
    }).catch(function (e) {
      if (mine !== generation) { return; }
      if (e instanceof AuthError) {
        needToken(e.status === 401 ? '令牌无效或已过期，请重新提供令牌。' : '此令牌没有查看报表的权限。');
      } else {
        showUnreachable();
        showError('读取报表失败：' + (e && e.message ? e.message : e) + '。将在下次刷新时重试。');
      }
    }).then(function () {
      if (mine !== generation) { return; }
      inFlight = null;
      document.body.setAttribute('data-loading', 'false');
    });
  }

  function download(format) {
    var id = filters().sourceId;
    if (!id) { return; }
    var extra = {};
    if (filters().unit) { extra.unit = filters().unit; }
    var q = new URLSearchParams(Object.assign({ format: format }, extra)).toString();
    var win = format === 'html' ? window.open('', '_blank') : null;
    fetch('/api/v1/reports/sources/' + encodeURIComponent(id) + '?' + q, {
      headers: { Authorization: 'Bearer ' + sessionStorage.getItem(TOKEN_KEY) }
    }).then(function (r) {
      if (!r.ok) { throw new Error('HTTP ' + r.status); }
      var name = 'source-report.docx';
      var cd = r.headers.get('Content-Disposition') || '';
      var m = cd.match(/filename\*=UTF-8''([^;]+)/);
      if (m) { name = decodeURIComponent(m[1]); }
      return r.blob().then(function (blob) { return { blob: blob, name: name }; });
    }).then(function (x) {
      var url = URL.createObjectURL(x.blob);
      if (win) {
        win.location = url;
      } else {
        var a = document.createElement('a');
        a.href = url;
        a.download = x.name;
        document.body.appendChild(a);
        a.click();
        a.remove();
      }
      setTimeout(function () { URL.revokeObjectURL(url); }, 60000);
    }).catch(function (e) {
      if (win) { win.close(); }
      showError('导出报告失败：' + e.message);
    });
  }

  function start() {
    ['sourceId', 'unit', 'from', 'to'].forEach(function (name) {
      var v = params.get(name);
      if (v) {
        var el = $('filters').elements[name];
        if (el.tagName === 'SELECT') {
          var o = document.createElement('option');
          o.value = v;
          o.textContent = v;
          el.appendChild(o);
        }
        el.value = v;
      }
    });
    $('refresh-seconds').textContent = refreshSeconds;
    $('filters').addEventListener('change', function () { syncAddress(); load(); });
    $('filters').addEventListener('submit', function (e) { e.preventDefault(); load(); });
    $('f-reset').addEventListener('click', function () {
      $('filters').reset();
      $('f-source').value = '';
      $('f-unit').value = '';
      syncAddress();
      load();
    });
    $('token-use').addEventListener('click', function () {
      var t = $('token-input').value.trim().replace(/^Bearer\s+/i, '');
      if (t) {
        sessionStorage.setItem(TOKEN_KEY, t);
        $('token-input').value = '';
        load();
      }
    });
    $('export-docx').addEventListener('click', function () { download('docx'); });
    $('export-html').addEventListener('click', function () { download('html'); });
    window.addEventListener('resize', function () {
      Object.keys(charts).forEach(function (k) { charts[k].resize(); });
    });
    window.addEventListener('hashchange', function () { takeToken(); load(); });
    takeToken();
    load();
    timer = setInterval(load, refreshSeconds * 1000);
  }

  start();
})();
