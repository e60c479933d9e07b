// communique web UI: progressive enhancement only; every page works without this file.
// It never builds HTML from strings: it toggles attributes and clones server-rendered, escaped nodes.
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
      tabs.forEach(function (t) { t.setAttribute("aria-selected", t.dataset.tab === name ? "true" : "false"); });
      panes.forEach(function (p) { p.hidden = p.dataset.pane !== name; });
      if (mode) mode.value = name;
    }
    tabs.forEach(function (t) {
      t.addEventListener("click", function (e) { e.preventDefault(); choose(t.dataset.tab); });
    });
    var initial = { "#upload": "file", "#fromurl": "url" }[window.location.hash] || "text";
    choose(initial);
  }

  function setupDetails() {
    var text = document.getElementById("doctext");
    var body = document.getElementById("detail-body");
    if (!text || !body) return;
    var active = null;
    function show(el) {
      var id = el.dataset.ev !== undefined ? "info-ev-" + el.dataset.ev : "info-actor-" + el.dataset.actor;
      var src = document.getElementById(id);
      if (!src) return;
      while (body.firstChild) body.removeChild(body.firstChild);
      var copy = src.cloneNode(true);
      copy.removeAttribute("id");
      body.appendChild(copy);
      if (active) active.classList.remove("active");
      active = el;
      el.classList.add("active");
    }
    text.addEventListener("click", function (e) {
      var el = e.target.closest("[data-ev], [data-actor]");
      if (!el) return;
      // On wide screens the panel is beside the text: stay in place instead of jumping to the table row.
      if (window.matchMedia("(min-width: 901px)").matches) e.preventDefault();
      show(el);
    });
    text.addEventListener("mouseover", function (e) {
      var el = e.target.closest("[data-ev], [data-actor]");
      if (el && window.matchMedia("(hover: hover)").matches) show(el);
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
