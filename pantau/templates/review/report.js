// pantau report: filters, search, copying ids and recording decisions, all in this page (no network).
// A filter hides what it excludes with the `hidden` attribute; its state lives in the URL fragment
// (#check=total_mismatch&severity=error), so a filtered view can be linked. A fragment without "=" is
// an anchor (#a-<article id>, #f-<finding id>) and is left to the browser.
(function () {
  "use strict";
  var form = document.getElementById("filters");
  if (!form) return;
  var KEYS = ["severity", "check", "office", "program", "state", "q"];
  var controls = {};
  KEYS.forEach(function (k) { controls[k] = form.elements[k]; });
  var findings = Array.prototype.slice.call(document.querySelectorAll(".finding[data-finding-id]"));
  var sections = Array.prototype.slice.call(document.querySelectorAll("section.article"));
  var entries = Array.prototype.slice.call(document.querySelectorAll("ol.contents li[data-article-id]"));
  var groups = Array.prototype.slice.call(document.querySelectorAll("[data-group]"));
  var counter = document.getElementById("shown-count");
  var template = counter ? counter.getAttribute("data-template") : "";
  var haystacks = new Map();

  function haystack(el) {
    if (!haystacks.has(el)) {
      var section = el.closest("section.article");
      var head = section ? section.querySelector("header") : null;
      haystacks.set(el, ((head ? head.textContent : "") + " " + el.textContent).replace(/\s+/g, " ").toLowerCase());
    }
    return haystacks.get(el);
  }

  function current() {
    var state = {};
    KEYS.forEach(function (k) { var c = controls[k]; if (c && c.value.trim()) state[k] = c.value.trim(); });
    return state;
  }

  function matches(el, s) {
    var d = el.dataset;
    if (s.severity && d.severity !== s.severity) return false;
    if (s.check && d.check !== s.check) return false;
    if (s.office && (d.offices || "").split("|").indexOf(s.office) < 0) return false;
    if (s.program && (d.programs || "").split(" ").indexOf(s.program) < 0) return false;
    if (s.state) {
      if (s.state === "new" ? d.new !== "true" : s.state === "confirmed" ? d.decision !== "confirmed" : d.state !== s.state) return false;
    }
    if (s.q) {
      var text = haystack(el);
      var terms = s.q.toLowerCase().split(/\s+/);
      for (var i = 0; i < terms.length; i++) if (terms[i] && text.indexOf(terms[i]) < 0) return false;
    }
    return true;
  }

  function apply(s) {
    var shown = 0;
    findings.forEach(function (el) { var ok = matches(el, s); el.hidden = !ok; if (ok) shown++; });
    var visible = {};
    sections.forEach(function (sec) {
      var any = sec.querySelector(".finding[data-finding-id]:not([hidden])") !== null;
      sec.hidden = !any;
      if (any) visible[sec.getAttribute("data-article-id")] = true;
    });
    entries.forEach(function (li) { li.hidden = !visible[li.getAttribute("data-article-id")]; });
    groups.forEach(function (g) { g.hidden = g.querySelector(".finding[data-finding-id]:not([hidden])") === null; });
    if (counter) counter.textContent = template.replace("{shown}", shown).replace("{total}", findings.length);
    if (s.office) showChart(s.office);
  }

  function fromHash() {
    var hash = decodeURIComponent(location.hash.replace(/^#/, ""));
    if (hash.indexOf("=") < 0) return null;
    var s = {};
    hash.split("&").forEach(function (pair) {
      var at = pair.indexOf("=");
      if (at > 0) { var k = pair.slice(0, at), v = pair.slice(at + 1); if (KEYS.indexOf(k) >= 0 && v) s[k] = v; }
    });
    return s;
  }

  function toControls(s) {
    KEYS.forEach(function (k) {
      var c = controls[k];
      if (!c) return;
      var v = s[k] || "";
      if (c.tagName === "SELECT" && v && !Array.prototype.some.call(c.options, function (o) { return o.value === v; })) {
        var o = document.createElement("option"); o.value = v; o.textContent = v; c.appendChild(o);
      }
      c.value = v;
    });
  }

  function toHash(s) {
    var parts = KEYS.filter(function (k) { return s[k]; }).map(function (k) { return k + "=" + encodeURIComponent(s[k]); });
    var hash = parts.length ? "#" + parts.join("&") : "";
    if (("#" + decodeURIComponent(location.hash.replace(/^#/, ""))) === decodeURIComponent(hash || "#")) return;
    try { history.replaceState(null, "", hash || location.pathname + location.search); }
    catch (e) { location.hash = hash; }
  }

  function changed() { var s = current(); apply(s); toHash(s); }

  var timer = null;
  form.addEventListener("change", changed);
  form.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(changed, 120); });
  form.addEventListener("submit", function (e) { e.preventDefault(); changed(); });
  var clear = document.getElementById("clear-filters");
  if (clear) clear.addEventListener("click", function () { toControls({}); changed(); });
  window.addEventListener("hashchange", function () { var s = fromHash(); if (s) { toControls(s); apply(s); } });

  // Charts: one office at a time.
  var chartSelect = document.getElementById("chart-office");
  function showChart(office) {
    var figures = document.querySelectorAll("figure.office-chart");
    var found = false;
    Array.prototype.forEach.call(figures, function (f) { if (f.getAttribute("data-office") === office) found = true; });
    if (!found) return;
    Array.prototype.forEach.call(figures, function (f) { f.hidden = f.getAttribute("data-office") !== office; });
    if (chartSelect) chartSelect.value = office;
  }
  if (chartSelect) chartSelect.addEventListener("change", function () { showChart(chartSelect.value); });

  // Copying ids and commands.
  document.addEventListener("click", function (e) {
    var button = e.target.closest("button.copy");
    if (!button) return;
    var text = button.getAttribute("data-copy");
    var done = function () { var was = button.textContent; button.textContent = button.getAttribute("data-done") || "✓"; setTimeout(function () { button.textContent = was; }, 1200); };
    if (navigator.clipboard && window.isSecureContext) { navigator.clipboard.writeText(text).then(done, function () { fallback(text); done(); }); }
    else { fallback(text); done(); }
  });
  function fallback(text) {
    var area = document.createElement("textarea"); area.value = text; document.body.appendChild(area); area.select();
    try { document.execCommand("copy"); } catch (e) { /* the id stays selectable by hand */ }
    document.body.removeChild(area);
  }

  // Decisions taken on this page: kept in this browser until downloaded as CSV for `pantau review --from-csv`.
  var bar = document.getElementById("decision-bar");
  var store = "pantau-decisions:" + (document.body.getAttribute("data-warehouse") || "");
  var decided = {};
  try { decided = JSON.parse(localStorage.getItem(store) || "{}"); } catch (e) { decided = {}; }
  function save() { try { localStorage.setItem(store, JSON.stringify(decided)); } catch (e) { /* private mode */ } }
  function paint() {
    findings.forEach(function (el) {
      var d = decided[el.dataset.findingId];
      Array.prototype.forEach.call(el.querySelectorAll(".decide button[data-decision]"), function (b) {
        b.setAttribute("aria-pressed", d && d.decision === b.getAttribute("data-decision") ? "true" : "false");
      });
      var note = el.querySelector(".decide input");
      if (note && d && document.activeElement !== note) note.value = d.note || "";
    });
    var n = Object.keys(decided).length;
    if (bar) { bar.classList.toggle("active", n > 0); var c = bar.querySelector(".n"); if (c) c.textContent = String(n); }
  }
  document.addEventListener("click", function (e) {
    var b = e.target.closest(".decide button[data-decision]");
    if (!b) return;
    var el = b.closest(".finding"), id = el.dataset.findingId, decision = b.getAttribute("data-decision");
    var note = el.querySelector(".decide input");
    if (decided[id] && decided[id].decision === decision) delete decided[id];
    else decided[id] = { decision: decision, note: note ? note.value : "" };
    save(); paint();
  });
  document.addEventListener("input", function (e) {
    if (!e.target.matches(".decide input")) return;
    var id = e.target.closest(".finding").dataset.findingId;
    if (decided[id]) { decided[id].note = e.target.value; save(); }
  });
  function csvCell(v) { v = String(v == null ? "" : v); return /[",\n]/.test(v) ? '"' + v.replace(/"/g, '""') + '"' : v; }
  var download = document.getElementById("download-decisions");
  if (download) download.addEventListener("click", function () {
    var lines = ["finding_id,decision,note"];
    Object.keys(decided).sort().forEach(function (id) { lines.push([id, decided[id].decision, decided[id].note].map(csvCell).join(",")); });
    var blob = new Blob([lines.join("\n") + "\n"], { type: "text/csv" });
    var a = document.createElement("a"); a.href = URL.createObjectURL(blob); a.download = "pantau-decisions.csv";
    document.body.appendChild(a); a.click(); document.body.removeChild(a);
  });
  var forget = document.getElementById("forget-decisions");
  if (forget) forget.addEventListener("click", function () { decided = {}; save(); paint(); });

  var initial = fromHash();
  if (initial) toControls(initial);
  apply(current());
  paint();
})();
