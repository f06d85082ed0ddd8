// The page of graphquery serve: search an entity, draw it and its
// neighbours with cytoscape.js, read cards and evidence sentences.
"use strict";

const $ = (s) => document.querySelector(s);
const arabic = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;
const colors = { Person: "#c0504d", Organization: "#4f81bd", Product: "#9bbb59", Place: "#8064a2", Event: "#f79646" };

// Canvas text follows the Unicode bidi algorithm but its base direction is
// the page's (left to right); an Arabic label is embedded right to left so
// mixed labels (Arabic with Latin or digits) read in the right order.
function label(s) {
  return arabic.test(s) ? "\u202B" + s + "\u202C" : s;
}

// dirOf lays a text out right to left when most of its letters are Arabic
// (dir=auto would go by the first letter: "Medra، التي ..." is Arabic).
function dirOf(s) {
  const ar = (s.match(/[\u0600-\u06FF]/g) || []).length;
  const la = (s.match(/[A-Za-z\u00C0-\u024F]/g) || []).length;
  return ar > 0 && ar >= la ? "rtl" : "ltr";
}

function el(tag, attrs, ...kids) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === "class") e.className = v; else if (k.startsWith("on")) e.addEventListener(k.slice(2), v); else e.setAttribute(k, v);
  }
  for (const k of kids) e.append(k instanceof Node ? k : document.createTextNode(String(k)));
  return e;
}

async function api(path) {
  const r = await fetch(path);
  const body = await r.json();
  if (!r.ok) throw new Error(body.error || r.statusText);
  return body;
}

function status(s) { $("#status").textContent = s; }

const cy = cytoscape({
  container: $("#cy"),
  wheelSensitivity: 0.3,
  minZoom: 0.2,
  maxZoom: 1.5,
  style: [
    { selector: "node", style: {
      "label": "data(label)", "background-color": (n) => colors[n.data("type")] || "#888",
      "font-size": 13, "text-valign": "bottom", "text-margin-y": 4, "width": 22, "height": 22,
      "font-family": "Noto Sans, Noto Naskh Arabic, DejaVu Sans, sans-serif",
      "text-background-color": "#fbfbf8", "text-background-opacity": 0.8, "text-background-padding": 1 } },
    { selector: "node.expanded", style: { "border-width": 3, "border-color": "#222" } },
    { selector: "node:selected", style: { "border-width": 4, "border-color": "#e3a21a" } },
    { selector: "edge", style: {
      "label": "data(label)", "curve-style": "bezier", "target-arrow-shape": "triangle", "width": 2,
      "font-size": 10, "color": "#555", "line-color": "#aab", "target-arrow-color": "#aab",
      "text-rotation": "autorotate", "text-background-color": "#fbfbf8", "text-background-opacity": 0.9 } },
    { selector: "edge:selected", style: { "line-color": "#e3a21a", "target-arrow-color": "#e3a21a", "width": 4 } },
  ],
});
window.cy = cy;

function addNode(n) {
  if (cy.getElementById(n.id).empty()) {
    cy.add({ group: "nodes", data: { id: n.id, name: n.name, label: label(n.name), type: n.type } });
  }
}

function edgeId(e) { return e.subject + " " + e.predicate + " " + e.object; }

function layout() {
  cy.layout({ name: "cose", animate: false, randomize: true, nodeRepulsion: () => 400000, idealEdgeLength: () => 120,
    nodeOverlap: 40, componentSpacing: 150, padding: 60, fit: true }).run();
}

async function expand(id) {
  status("expanding…");
  const g = await api("/api/expand?id=" + encodeURIComponent(id));
  g.nodes.forEach(addNode);
  for (const e of g.edges) {
    if (cy.getElementById(edgeId(e)).empty()) {
      cy.add({ group: "edges", data: { id: edgeId(e), source: e.subject, target: e.object, label: e.predicate, predicate: e.predicate, documents: e.documents.length } });
    }
  }
  cy.getElementById(id).addClass("expanded");
  layout();
  status(cy.nodes().length + " entities, " + cy.edges().length + " facts");
}

async function showEntity(id) {
  const c = await api("/api/entity?id=" + encodeURIComponent(id));
  const d = $("#details");
  d.replaceChildren(
    el("h2", { dir: "auto" }, c.name, el("span", { class: "type " + c.type }, c.type)),
    el("div", { class: "meta", dir: "auto" }, c.names.map((n) => n.text).join(" · ")),
    el("button", { class: "expand", onclick: () => expand(c.id) }, "Expand neighbours"),
  );
  if (c.sameAs.length) d.append(el("div", { class: "meta" }, "sameAs: " + c.sameAs.join(" ")));
  if (c.quotes && c.quotes.length) {
    d.append(el("h3", {}, "Quotes"));
    for (const q of c.quotes.slice(0, 5)) {
      d.append(el("div", { class: "quote", dir: dirOf(q.text) }, q.direct ? "“" + q.text + "”" : q.text,
        el("div", { class: "meta" }, q.speaker + " — " + q.doc)));
    }
  }
  d.append(el("h3", {}, "Articles (" + (c.documents || []).length + ")"));
  for (const doc of c.documents || []) {
    d.append(el("div", { dir: dirOf(doc.title || doc.id) }, doc.title || doc.id, el("div", { class: "meta" }, doc.id + " · " + doc.lang + " · " + (doc.published || ""))));
  }
}

async function showEdge(e) {
  const facts = await api("/api/edge?s=" + encodeURIComponent(e.data("source")) + "&p=" + encodeURIComponent(e.data("predicate")) + "&o=" + encodeURIComponent(e.data("target")));
  const ev = $("#evidence");
  const s = cy.getElementById(e.data("source")).data("name"), o = cy.getElementById(e.data("target")).data("name");
  ev.replaceChildren(el("h2", { dir: "auto" }, s + " — " + e.data("predicate") + " → " + o));
  for (const f of facts) {
    ev.append(el("div", { class: "sentence", dir: dirOf(f.evidence) }, f.evidence),
      el("div", { class: "meta", dir: "auto" }, (f.doc_title || f.doc) + " · " + f.doc + " · " + (f.published || "") + " · confidence " + f.confidence.toFixed(2)));
  }
  ev.scrollIntoView({ block: "nearest" });
}

cy.on("tap", "node", (evt) => showEntity(evt.target.id()).catch((err) => status(err.message)));
cy.on("dbltap", "node", (evt) => expand(evt.target.id()).catch((err) => status(err.message)));
cy.on("tap", "edge", (evt) => showEdge(evt.target).catch((err) => status(err.message)));

$("#search").addEventListener("submit", async (evt) => {
  evt.preventDefault();
  const q = $("#q").value.trim();
  const ul = $("#results");
  ul.replaceChildren();
  if (!q) return;
  try {
    const ms = await api("/api/search?q=" + encodeURIComponent(q));
    for (const m of ms) {
      ul.append(el("li", { dir: "auto", "data-id": m.id, onclick: async () => {
        addNode(m);
        await expand(m.id);
        cy.$(":selected").unselect();
        cy.getElementById(m.id).select();
        await showEntity(m.id);
      } }, m.name, el("span", { class: "type " + m.type }, m.type), el("span", { class: "meta" }, " " + m.documents + " articles")));
    }
    status(ms.length + " found");
  } catch (err) {
    status(err.message);
  }
});
