// communique web UI: progressive enhancement only; every page works without this file.
// It never builds HTML from strings: it toggles attributes, and builds the details pane with createElement and
// textContent from the page's data (so the statement's text, however hostile, stays text).
(function () {
  "use strict";
  document.documentElement.classList.add("js");

  function setupTabs() {
    var form = document.getElementById("code-form");
    if (!form) return;
    var tabs = document.querySelectorAll(".tab[data-tab]");
    var panes = form.querySelectorAll(".pane[data-pane]");
    var mode = document.getElementById("mode");
    function choose(name) {
      tabs.forEach(function (t) {
        var on = t.dataset.tab === name;
        t.setAttribute("aria-selected", on ? "true" : "false");
        // One tab stop for the list (the chosen tab); the arrow keys move between tabs (ARIA tabs pattern).
        t.tabIndex = on ? 0 : -1;
      });
      panes.forEach(function (p) { p.hidden = p.dataset.pane !== name; });
      if (mode) mode.value = name;
    }
    var list = Array.prototype.slice.call(tabs);
    tabs.forEach(function (t, i) {
      t.addEventListener("click", function (e) { e.preventDefault(); choose(t.dataset.tab); });
      t.addEventListener("keydown", function (e) {
        var to = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: list.length - 1 }[e.key];
        if (e.key === " ") { e.preventDefault(); choose(t.dataset.tab); return; }
        if (to === undefined) return;
        e.preventDefault();
        var next = list[(to + list.length) % list.length];
        choose(next.dataset.tab);
        next.focus();
      });
    });
    var initial = { "#upload": "file", "#fromurl": "url" }[window.location.hash] || "text";
    choose(initial);
  }

  function node(tag, className, text) {
    var el = document.createElement(tag);
    if (className) el.className = className;
    if (text !== undefined && text !== null) el.textContent = text;
    return el;
  }

  // One details block from detail_infos' data: a heading, then label/value rows.
  function infoBlock(head, name, rows, eventRow) {
    var box = node("div", "info");
    var title = node("p", "info-code");
    title.appendChild(head);
    title.appendChild(document.createTextNode(" " + (name || "")));
    box.appendChild(title);
    var list = node("dl", "kv");
    rows.forEach(function (row) {
      list.appendChild(node("dt", null, row[0]));
      var value = node("dd");
      if (row[2] === "code") {
        var code = node("code", null, row[1]);
        if (row[3]) code.setAttribute("title", row[3]);
        value.appendChild(code);
      } else {
        value.textContent = row[1];
      }
      list.appendChild(value);
    });
    box.appendChild(list);
    if (eventRow !== undefined) {
      var p = node("p");
      var a = node("a", null, "row in the events table \u2193");
      a.setAttribute("href", "#ev-" + eventRow);
      p.appendChild(a);
      box.appendChild(p);
    }
    return box;
  }

  function eventInfo(data, i) {
    var ev = data.events[i];
    if (!ev) return null;
    return infoBlock(node("span", "badge q-" + ev.badge[0], ev.badge[1]), ev.name, ev.rows, ev.row);
  }

  function actorInfo(data, i) {
    var mention = data.actors[i];
    var kind = mention && data.kinds[mention[0]];
    if (!kind) return null;
    var head;
    if (kind.link) {
      head = node("a", "code", kind.link[1]);
      // Served under a root path (a proxy's sub-path), every link of the page carries it.
      head.setAttribute("href", (document.body.dataset.root || "") + kind.link[0]);
    } else {
      head = node("span", "code unresolved", kind.unresolved);
      head.setAttribute("title", "not resolved to a code");
    }
    var rows = [["Text", "\u201c" + (mention[1] || "") + "\u201d"]].concat(kind.rows);
    return infoBlock(head, kind.name, rows);
  }

  function setupDetails() {
    var text = document.getElementById("doctext");
    var body = document.getElementById("detail-body");
    var holder = document.getElementById("infos");
    var pane = document.getElementById("detail");
    var close = document.getElementById("detail-close");
    var restoring = false;
    if (!text || !body || !holder || !pane) return;
    // On a phone the pane stays at the bottom of the screen once it shows something; this puts it back.
    if (close) {
      close.addEventListener("click", function () {
        pane.classList.remove("has-info");
        close.hidden = true;
        if (active) {
          restoring = true; // focus goes back to the mention without showing it again
          active.focus();
          restoring = false;
        }
      });
    }
    var data = null;
    var active = null;
    // On a phone the pane, once it shows something, takes the bottom of the screen: a mention tapped
    // (or tabbed to) in the lower half would sit under the details it opened, so scroll by the overlap.
    function reveal(el) {
      if (!window.matchMedia("(max-width: 900px)").matches) return;
      var r = el.getBoundingClientRect(), p = pane.getBoundingClientRect();
      if (r.bottom > p.top) window.scrollBy(0, r.bottom - p.top + 12);
    }
    function show(el, uncover) {
      if (data === null) data = JSON.parse(holder.dataset.infos || '{"events":[],"actors":[],"kinds":[]}');
      var index = Number(el.dataset.ev !== undefined ? el.dataset.ev : el.dataset.actor);
      var block = el.dataset.ev !== undefined ? eventInfo(data, index) : actorInfo(data, index);
      if (!block) return;
      while (body.firstChild) body.removeChild(body.firstChild);
      body.appendChild(block);
      pane.classList.add("has-info");
      if (close) close.hidden = false;
      if (active) active.classList.remove("active");
      active = el;
      el.classList.add("active");
      if (uncover) reveal(el);
    }
    text.addEventListener("click", function (e) {
      var el = e.target.closest("[data-ev], [data-actor]");
      if (!el) return;
      // On wide screens the panel is beside the text: stay in place instead of jumping to the table row.
      if (window.matchMedia("(min-width: 901px)").matches) e.preventDefault();
      show(el, true);
    });
    text.addEventListener("mouseover", function (e) {
      var el = e.target.closest("[data-ev], [data-actor]");
      // Only where the pane sits beside the text: below 900 px it covers the bottom of the screen, and
      // hovering a mention there would put the details over it, under the mouse (a click reveals it).
      if (el && window.matchMedia("(hover: hover) and (min-width: 901px)").matches) show(el);
    });
    // Keyboard users tabbing through the highlights see each one's details, as mouse users do on hover.
    text.addEventListener("focusin", function (e) {
      var el = e.target.closest("[data-ev], [data-actor]");
      if (el && !restoring) show(el, true);
    });
    text.addEventListener("keydown", function (e) {
      if (e.key === "Enter") {
        var el = e.target.closest("[data-actor]");
        if (el) show(el);
      }
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    setupTabs();
    setupDetails();
  });
})();
