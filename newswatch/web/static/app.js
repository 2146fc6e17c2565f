// The newswatch dashboard: an SVG map of Syria's governorates with events, the latest
// events beside it, and a subscription form. Talks only to the server that served it.
"use strict";

const SVG_NS = "http://www.w3.org/2000/svg";
const TYPE_COLORS = {
  "Battles": "#d9480f",
  "Explosions/Remote violence": "#c2255c",
  "Violence against civilians": "#7048e8",
  "Protests": "#1c7ed6",
  "Riots": "#e8a200",
  "Strategic developments": "#2b8a3e",
};
const W = 800, H = 700, PAD = 14;

const state = {
  lang: localStorage.getItem("nw-lang") || ((navigator.language || "en").startsWith("ar") ? "ar" : "en"),
  taxonomy: [], govs: {}, region: null, next: null, picking: false,
  pickedRegions: [], project: null,
};

const $ = (id) => document.getElementById(id);
const t = (key) => (window.NW_I18N[state.lang] || {})[key] || window.NW_I18N.en[key] || key;

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === "class") node.className = v;
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else if (v !== null && v !== undefined && v !== false) node.setAttribute(k, v === true ? "" : v);
  }
  for (const c of children.flat()) {
    if (c !== null && c !== undefined) node.append(c instanceof Node ? c : String(c));
  }
  return node;
}

function svg(tag, attrs) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
  return node;
}

async function api(path, options = {}) {
  const headers = { ...(options.headers || {}) };
  if (options.token) headers["Authorization"] = "Bearer " + options.token;
  if (options.body !== undefined) headers["Content-Type"] = "application/json";
  const resp = await fetch(path, {
    method: options.method || "GET", headers,
    body: options.body !== undefined ? JSON.stringify(options.body) : undefined,
  });
  const data = await resp.json().catch(() => null);
  if (!resp.ok) {
    const err = new Error((data && data.error) || resp.statusText);
    err.status = resp.status;
    throw err;
  }
  return data;
}

// ---- language -------------------------------------------------------------------------

function typeName(name) {
  if (state.lang !== "ar") return name;
  for (const kind of state.taxonomy) {
    if (kind.name === name) return kind.name_ar;
    for (const sub of kind.sub_types) if (sub.name === name) return sub.name_ar;
  }
  return name;
}

function govName(pcode) {
  const g = state.govs[pcode];
  if (!g) return pcode || "";
  return state.lang === "ar" ? g.name_ar : g.name_en;
}

function applyLanguage() {
  document.documentElement.lang = state.lang;
  document.documentElement.dir = state.lang === "ar" ? "rtl" : "ltr";
  for (const node of document.querySelectorAll("[data-i18n]")) node.textContent = t(node.dataset.i18n);
  for (const node of document.querySelectorAll("[data-i18n-placeholder]")) {
    node.placeholder = t(node.dataset.i18nPlaceholder);
  }
  document.title = t("title") + " — " + (state.lang === "ar" ? "سوريا" : "Syria");
  for (const node of document.querySelectorAll(".gov-label")) node.textContent = govName(node.dataset.pcode);
  renderLegend();
  renderTypeChoices();
  renderPicked();
  updateRegionChip();
}

// ---- map ------------------------------------------------------------------------------

function rings(geometry) {
  if (geometry.type === "Polygon") return geometry.coordinates;
  if (geometry.type === "MultiPolygon") return geometry.coordinates.flat();
  return [];
}

function makeProjection(features) {
  let minX = 180, maxX = -180, minY = 90, maxY = -90;
  for (const f of features) for (const ring of rings(f.geometry)) for (const [x, y] of ring) {
    minX = Math.min(minX, x); maxX = Math.max(maxX, x);
    minY = Math.min(minY, y); maxY = Math.max(maxY, y);
  }
  const kx = Math.cos(((minY + maxY) / 2) * Math.PI / 180);  // equirectangular at mid-latitude
  const scale = Math.min((W - 2 * PAD) / ((maxX - minX) * kx), (H - 2 * PAD) / (maxY - minY));
  const offX = (W - (maxX - minX) * kx * scale) / 2, offY = (H - (maxY - minY) * scale) / 2;
  return (lon, lat) => [offX + (lon - minX) * kx * scale, offY + (maxY - lat) * scale];
}

function centroid(ring, project) {
  let a = 0, cx = 0, cy = 0;
  const pts = ring.map(([x, y]) => project(x, y));
  for (let i = 0; i < pts.length - 1; i++) {
    const [x0, y0] = pts[i], [x1, y1] = pts[i + 1];
    const cross = x0 * y1 - x1 * y0;
    a += cross; cx += (x0 + x1) * cross; cy += (y0 + y1) * cross;
  }
  return a ? [cx / (3 * a), cy / (3 * a)] : pts[0];
}

async function drawMap() {
  const geo = await api("/api/governorates.geojson");
  const map = $("map");
  map.setAttribute("viewBox", `0 0 ${W} ${H}`);
  state.project = makeProjection(geo.features);
  const govLayer = svg("g", { id: "govs" }), labels = svg("g", { id: "labels" });
  for (const f of geo.features) {
    const pcode = f.properties.pcode;
    state.govs[pcode] = { name_en: f.properties.name_en, name_ar: f.properties.name_ar };
    const all = rings(f.geometry);
    const d = all.map((ring) => "M" + ring.map(([x, y]) => state.project(x, y).map((v) => v.toFixed(1)).join(",")).join("L") + "Z").join("");
    const path = svg("path", { d, class: "gov", "data-pcode": pcode, tabindex: "0" });
    const title = svg("title", {});
    title.textContent = f.properties.name_en + " · " + f.properties.name_ar;
    path.append(title);
    path.addEventListener("click", () => onGovernorate(pcode));
    path.addEventListener("keydown", (e) => { if (e.key === "Enter") onGovernorate(pcode); });
    govLayer.append(path);
    const biggest = all.reduce((a, b) => (b.length > a.length ? b : a), all[0]);
    const [cx, cy] = centroid(biggest, state.project);
    const label = svg("text", { x: cx.toFixed(1), y: cy.toFixed(1), class: "gov-label", "data-pcode": pcode });
    labels.append(label);
  }
  map.replaceChildren(govLayer, labels, svg("g", { id: "markers" }));  // markers on top
}

function onGovernorate(pcode) {
  if (state.picking) {
    addRegion({ pcode, name_en: state.govs[pcode].name_en, name_ar: state.govs[pcode].name_ar });
    return;
  }
  state.region = state.region === pcode ? null : pcode;
  updateRegionChip();
  refresh();
}

function updateRegionChip() {
  for (const p of document.querySelectorAll(".gov")) {
    p.classList.toggle("selected", p.dataset.pcode === state.region);
    p.classList.toggle("picked", state.pickedRegions.some((r) => r.pcode === p.dataset.pcode));
  }
  $("region-chip").classList.toggle("hidden", !state.region);
  $("region-name").textContent = state.region ? govName(state.region) : "";
}

function shade(days) {
  const totals = {};
  for (const d of days) totals[d.admin1_pcode] = (totals[d.admin1_pcode] || 0) + d.events;
  for (const p of document.querySelectorAll(".gov")) {
    const n = totals[p.dataset.pcode] || 0;
    p.dataset.level = n === 0 ? "0" : n < 3 ? "1" : n < 10 ? "2" : n < 30 ? "3" : "4";
  }
}

function radius(deaths) {
  return 4 + 2.6 * Math.sqrt(Math.max(0, deaths || 0));
}

function drawMarkers(features) {
  const layer = $("markers");
  layer.replaceChildren();
  const sorted = [...features].sort((a, b) => (b.properties.fatalities || 0) - (a.properties.fatalities || 0));
  for (const f of sorted) {
    const [x, y] = state.project(f.geometry.coordinates[0], f.geometry.coordinates[1]);
    const p = f.properties, r = radius(p.fatalities);
    const g = svg("g", { class: "marker" + (p.ceasefire_breach ? " breach" : ""), "data-id": f.id });
    if (p.ceasefire_breach) g.append(svg("circle", { cx: x, cy: y, r: r + 3.5, class: "ring" }));
    const dot = svg("circle", { cx: x, cy: y, r, fill: TYPE_COLORS[p.event_type] || "#555", class: "dot" });
    const title = svg("title", {});
    title.textContent = `${typeName(p.sub_event_type)} — ${p.place_name || ""} ${p.date || ""}` +
      (p.fatalities ? ` (${p.fatalities} ${t("deaths")})` : "");
    dot.append(title);
    g.append(dot);
    g.addEventListener("click", () => focusEvent(f.id));
    layer.append(g);
  }
}

function focusEvent(id) {
  const item = document.querySelector(`.event[data-id="${CSS.escape(id)}"]`);
  for (const n of document.querySelectorAll(".event.focus, .marker.focus")) n.classList.remove("focus");
  const marker = document.querySelector(`.marker[data-id="${CSS.escape(id)}"]`);
  if (marker) marker.classList.add("focus");
  if (item) { item.classList.add("focus"); item.scrollIntoView({ block: "nearest", behavior: "smooth" }); }
}

function renderLegend() {
  const legend = $("legend");
  legend.replaceChildren(...Object.entries(TYPE_COLORS).map(([name, color]) => {
    const sw = el("span", { class: "swatch" });
    sw.style.background = color;
    return el("span", { class: "legend-item" }, sw, typeName(name));
  }), el("span", { class: "legend-item" }, el("span", { class: "swatch ring-swatch" }), t("breach")));
}

// ---- events ---------------------------------------------------------------------------

function query(extra) {
  const params = new URLSearchParams();
  if ($("from").value) params.set("since", $("from").value);
  if ($("to").value) params.set("until", $("to").value);
  if (state.region) params.set("admin1", state.region);
  if ($("breach-only").checked) params.set("breach", "true");
  for (const [k, v] of Object.entries(extra || {})) params.set(k, v);
  return params.toString();
}

async function refresh() {
  const whole = new URLSearchParams(query({ since: $("from").value || "1970-01-01" }));
  whole.delete("admin1");  // shade every governorate, whichever is selected
  const [geo, page, stats] = await Promise.all([
    api("/api/events.geojson?" + query({ limit: 2000 })),
    api("/api/events?" + query({ limit: 30 })),
    api("/api/stats/governorates?" + whole.toString()),
  ]);
  shade(stats.items);
  drawMarkers(geo.features);
  $("events").replaceChildren();
  appendEvents(page);
  const total = stats.items.filter((d) => !state.region || d.admin1_pcode === state.region)
    .reduce((n, d) => n + d.events, 0);
  $("count").textContent = `${total} ${t("events")}` + (state.region ? ` · ${govName(state.region)}` : "");
}

async function loadMore() {
  if (!state.next) return;
  appendEvents(await api("/api/events?" + query({ limit: 30, cursor: state.next })));
}

function appendEvents(page) {
  state.next = page.next;
  $("more").classList.toggle("hidden", !page.next);
  const list = $("events");
  if (!page.items.length && !list.children.length) {
    list.append(el("li", { class: "empty" }, t("noEvents")));
    return;
  }
  for (const e of page.items) list.append(eventItem(e));
}

function eventItem(e) {
  const dot = el("span", { class: "dot-small" });
  dot.style.background = TYPE_COLORS[e.event_type] || "#555";
  const parts = [e.place_name, govName(e.admin1_pcode)].filter(Boolean);
  const place = parts.flatMap((p, i) => (i ? [state.lang === "ar" ? "، " : ", ", el("bdi", {}, p)] : [el("bdi", {}, p)]));
  const sources = e.sources.map((s, i) => el("a", {
    href: e.urls[i] || "#", target: "_blank", rel: "noopener noreferrer nofollow", class: "source",
  }, s));
  return el("li", { class: "event" + (e.ceasefire_breach ? " is-breach" : ""), "data-id": e.id,
                    onclick: () => focusEvent(e.id) },
    el("div", { class: "event-head" }, dot,
      el("strong", {}, typeName(e.sub_event_type)),
      e.ceasefire_breach ? el("span", { class: "badge" }, t("breach")) : null,
      el("time", { datetime: e.date || "" }, e.date || "")),
    el("div", { class: "event-place" }, place,
      e.fatalities ? el("span", { class: "deaths" }, ` · ${e.fatalities} ${t("deaths")}`) : null),
    e.evidence ? el("blockquote", { dir: "auto" }, e.evidence) : null,
    el("div", { class: "event-sources" }, t("sources") + ": ", sources));
}

function quickRange(days) {
  const fmt = (d) => d.toISOString().slice(0, 10);
  $("to").value = "";
  $("from").value = days ? fmt(new Date(Date.now() - days * 86400000)) : "";
  for (const b of document.querySelectorAll(".quick button")) b.classList.toggle("on", b.dataset.days === String(days));
  refresh();
}

// ---- subscription form ----------------------------------------------------------------

function renderTypeChoices() {
  const box = $("sub-types");
  const checked = new Set([...box.querySelectorAll("input:checked")].map((i) => i.value));
  box.replaceChildren(...state.taxonomy.map((kind) => {
    const sw = el("span", { class: "swatch" });
    sw.style.background = TYPE_COLORS[kind.name] || "#555";
    return el("label", { class: "check" },
      el("input", { type: "checkbox", value: kind.name, checked: checked.has(kind.name) }), sw, typeName(kind.name));
  }));
}

function addRegion(place) {
  if (!state.pickedRegions.some((r) => r.pcode === place.pcode)) state.pickedRegions.push(place);
  renderPicked();
  updateRegionChip();
}

function renderPicked() {
  $("regions").replaceChildren(...state.pickedRegions.map((r) => el("span", { class: "chip", "data-pcode": r.pcode },
    el("bdi", {}, state.lang === "ar" ? r.name_ar : r.name_en), " ",
    el("button", { type: "button", "aria-label": "remove", onclick: () => {
      state.pickedRegions = state.pickedRegions.filter((x) => x.pcode !== r.pcode);
      renderPicked(); updateRegionChip();
    } }, "×"))));
}

let suggestTimer = null;
function onRegionInput() {
  clearTimeout(suggestTimer);
  const q = $("region-input").value.trim();
  if (!q) { $("suggestions").replaceChildren(); return; }
  suggestTimer = setTimeout(async () => {
    const found = await api("/api/places?limit=8&q=" + encodeURIComponent(q)).catch(() => ({ items: [] }));
    $("suggestions").replaceChildren(...found.items.map((p) => el("li", {},
      el("button", { type: "button", class: "suggestion", onclick: () => {
        addRegion(p); $("region-input").value = ""; $("suggestions").replaceChildren();
      } }, el("bdi", {}, p.name_ar), " · ", el("bdi", {}, p.name_en), el("small", {}, ` ${p.pcode}`)))));
  }, 150);
}

function togglePicking() {
  state.picking = !state.picking;
  $("pick-map").classList.toggle("on", state.picking);
  $("pick-map").textContent = t(state.picking ? "pickingOnMap" : "pickOnMap");
  $("map").classList.toggle("picking", state.picking);
}

function onChannelKind() {
  const kind = $("channel-kind").value;
  document.querySelector(".url-field").classList.toggle("hidden", kind === "redis");
  document.querySelector(".secret-field").classList.toggle("hidden", kind !== "webhook");
}

function formBody() {
  const kind = $("channel-kind").value;
  const body = {
    name: $("sub-name").value.trim(),
    regions: state.pickedRegions.map((r) => r.pcode),
    event_types: [...$("sub-types").querySelectorAll("input:checked")].map((i) => i.value),
    breach_only: $("sub-breach").checked,
    language: $("sub-language").value,
    channel: kind === "redis" ? "redis" : $("channel-url").value.trim(),
  };
  if (kind === "webhook" && $("secret").value.trim()) body.secret = $("secret").value.trim();
  return body;
}

function message(text, kind) {
  const box = $("form-message");
  box.className = "message " + (kind || "");
  box.replaceChildren(...(Array.isArray(text) ? text : [text]));
}

function token() {
  const value = $("token").value.trim();
  if (value) sessionStorage.setItem("nw-token", value);
  return value;
}

async function onSubmit(ev) {
  ev.preventDefault();
  const tok = token();
  if (!tok) { message(t("needToken"), "bad"); return; }
  try {
    const made = await api("/api/subscriptions", { method: "POST", token: tok, body: formBody() });
    message([t("created") + " ", el("code", { class: "token-out" }, made.token)], "good");
    state.pickedRegions = []; renderPicked(); updateRegionChip();
    await loadSubscriptions();
  } catch (err) {
    message(err.status === 401 ? t("unauthorized") : `${t("error")}: ${err.message}`, "bad");
  }
}

async function loadSubscriptions() {
  const tok = token();
  if (!tok) { message(t("needToken"), "bad"); return; }
  try {
    const subs = await api("/api/subscriptions", { token: tok });
    const list = $("sub-list");
    list.replaceChildren();
    if (!subs.items.length) list.append(el("li", { class: "empty" }, t("noSubs")));
    for (const sub of subs.items) list.append(await subscriptionItem(sub, tok));
  } catch (err) {
    message(err.status === 401 ? t("unauthorized") : `${t("error")}: ${err.message}`, "bad");
  }
}

async function subscriptionItem(sub, tok) {
  const history = await api(`/api/subscriptions/${encodeURIComponent(sub.id)}/deliveries`, { token: tok })
    .catch(() => ({ items: [] }));
  const act = (label, path, method) => el("button", { type: "button", class: "ghost small", onclick: async () => {
    try {
      const res = await api(`/api/subscriptions/${encodeURIComponent(sub.id)}${path}`, { method, token: tok });
      if (path === "/test") message(`${t("testSent")} ${t(res.status)}${res.error ? " — " + res.error : ""}`, res.error ? "bad" : "good");
      if (method === "DELETE") message(t("removed"), "good");
    } catch (err) { message(`${t("error")}: ${err.message}`, "bad"); }
    loadSubscriptions();
  } }, t(label));
  const regions = sub.regions.length ? sub.regions.map((p) => state.govs[p] ? govName(p) : p).join("، ") : t("anyRegion");
  const types = sub.event_types.length ? sub.event_types.map(typeName).join("، ") : t("anyType");
  return el("li", { class: "sub", "data-id": sub.id },
    el("div", { class: "sub-head" }, el("strong", {}, sub.name),
      el("span", { class: "state " + (sub.paused ? "paused" : "active") }, t(sub.paused ? "paused" : "active")),
      el("code", {}, sub.channel)),
    el("div", { class: "sub-what" }, el("bdi", {}, regions), " · ", types, sub.breach_only ? ` · ${t("breachOnly")}` : ""),
    el("div", { class: "sub-actions" },
      sub.paused ? act("resume", "/resume", "POST") : act("pause", "/pause", "POST"),
      act("test", "/test", "POST"), act("remove", "", "DELETE")),
    el("details", { open: true }, el("summary", {}, `${t("history")} (${history.items.length})`),
      history.items.length
        ? el("ul", { class: "history" }, history.items.slice(0, 10).map((d) => el("li", {},
            el("span", { class: "status " + d.status }, t(d.status)), " ",
            el("code", {}, d.kind), " ", d.kind === "test" ? "" : el("span", {}, d.event_id), " ",
            el("time", {}, (d.updated_at || "").slice(0, 16).replace("T", " ")),
            d.last_error ? el("span", { class: "err" }, " — " + d.last_error) : null)))
        : el("p", { class: "empty" }, t("noHistory"))));
}

// ---- start ----------------------------------------------------------------------------

async function start() {
  $("lang").addEventListener("click", () => {
    state.lang = state.lang === "ar" ? "en" : "ar";
    localStorage.setItem("nw-lang", state.lang);
    message("");  // a status line in the other language would be out of place
    applyLanguage();
    refresh();
    if ($("sub-list").querySelector(".sub") && token()) loadSubscriptions();
  });
  for (const b of document.querySelectorAll(".quick button")) b.addEventListener("click", () => quickRange(Number(b.dataset.days)));
  for (const id of ["from", "to", "breach-only"]) $(id).addEventListener("change", refresh);
  $("clear-region").addEventListener("click", () => { state.region = null; updateRegionChip(); refresh(); });
  $("more").addEventListener("click", loadMore);
  $("region-input").addEventListener("input", onRegionInput);
  $("pick-map").addEventListener("click", togglePicking);
  $("channel-kind").addEventListener("change", onChannelKind);
  $("sub-form").addEventListener("submit", onSubmit);
  $("load-subs").addEventListener("click", loadSubscriptions);
  $("token").value = sessionStorage.getItem("nw-token") || "";
  state.taxonomy = (await api("/api/taxonomy")).items;
  await drawMap();
  applyLanguage();
  await refresh();
  document.body.dataset.ready = "true";
}

document.addEventListener("DOMContentLoaded", () => {
  start().catch((err) => { message(`${t("error")}: ${err.message}`, "bad"); });
});
