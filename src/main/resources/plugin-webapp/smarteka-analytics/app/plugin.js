// «Аналитика Смартеки» on Cockpit's dashboard (Camunda 7 Cockpit plugin API): the figures of /api/analytics, read
// from the plugin's own server resource (auditors only) and drawn with Chart.js 4 (vendored: chart.umd.min.js).
// Everything the user reads is Russian; values from the server are put into the page as text, never as HTML.

const PLUGIN = "smarteka-analytics";

const FIGURES = [
  { id: "funnel", title: "Воронка публикации практик",
    hint: "Практики, впервые поданные за период: сколько дошли до каждого этапа, сколько выбыли и почему." },
  { id: "stages", title: "Время на этапах (часы)",
    hint: "Медиана и 90-й процентиль времени, которое практика провела на этапе, вошедшая в него за период." },
  { id: "stage-trend", title: "Время на этапах по месяцам (медиана, часы)",
    hint: "Как меняется медиана времени на этапе по месяцам входа в этап." },
  { id: "overdue-tasks", title: "Просроченные задачи сейчас",
    hint: "Задачи, срок которых прошёл, по группам исполнителей и регионам (период не применяется)." },
  { id: "experts", title: "Нагрузка экспертов и средние оценки",
    hint: "Открытые назначения сейчас, назначения и оценки за период, средний балл (1–5)." },
  { id: "replications-by-region", title: "Итоги тиражирования по регионам",
    hint: "Заявки «Хочу внедрить», поданные за период, по тому, где они сейчас (по практикам: "
      + "GET /api/analytics/replications)." },
  { id: "quarterly-reports", title: "Квартальные отчёты: в срок и с опозданием",
    hint: "Отчёты регионов со сроком в периоде (категория не применяется)." },
];

const COLORS = ["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#17becf", "#7f7f7f"];

let chartLoading = null;

/** Loads the vendored Chart.js once (its UMD build sets window.Chart). */
function loadChart(base) {
  if (window.Chart) {
    return Promise.resolve(window.Chart);
  }
  if (!chartLoading) {
    chartLoading = new Promise((resolve, reject) => {
      const script = document.createElement("script");
      script.src = base + "/static/app/chart.umd.min.js";
      // an AMD loader on the page would take the anonymous module; the global is what we want
      const amd = window.define;
      window.define = undefined;
      script.onload = () => {
        window.define = amd;
        resolve(window.Chart);
      };
      script.onerror = () => {
        window.define = amd;
        chartLoading = null;
        reject(new Error("Библиотека графиков не загрузилась"));
      };
      document.head.appendChild(script);
    });
  }
  return chartLoading;
}

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  Object.entries(attrs || {}).forEach(([key, value]) => {
    if (key === "style") {
      node.style.cssText = value;
    } else if (key in node && key !== "list") {
      node[key] = value;
    } else {
      node.setAttribute(key, value);
    }
  });
  children.flat().forEach((child) => {
    if (child !== null && child !== undefined) {
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
  });
  return node;
}

function select(name, label, options) {
  return el("label", { style: "margin-right:1em" }, label + " ",
    el("select", { name, className: "form-control", style: "display:inline-block;width:auto" },
      el("option", { value: "" }, "все"),
      options.map(([value, text]) => el("option", { value }, text))));
}

function table(figure) {
  const head = el("tr", {}, figure.columns.map((c) => el("th", {}, c.label)));
  const rows = figure.rows.map((row) => el("tr", {}, figure.columns.map((c) => {
    const v = row[c.key];
    return el("td", {}, v === null || v === undefined ? "—" : String(v));
  })));
  return el("div", { style: "max-height:320px;overflow:auto" },
    el("table", { className: "table table-condensed cam-table" }, el("thead", {}, head),
      el("tbody", {}, rows.length ? rows : el("tr", {}, el("td", { colSpan: figure.columns.length },
        "Нет данных для выбранного фильтра")))));
}

function sumBy(rows, key, fields) {
  const out = new Map();
  rows.forEach((row) => {
    const k = row[key];
    const acc = out.get(k) || {};
    fields.forEach((f) => { acc[f] = (acc[f] || 0) + (row[f] || 0); });
    out.set(k, acc);
  });
  return out;
}

/** The chart of each figure: type, labels and data sets, from the figure's rows. */
function chartOf(id, figure) {
  const rows = figure.rows;
  const label = (key) => (figure.columns.find((c) => c.key === key) || { label: key }).label;
  const bars = (labels, fields, stacked, horizontal) => ({
    type: "bar",
    data: { labels, datasets: fields.map(([field, values], i) => ({ label: label(field), data: values,
      backgroundColor: COLORS[i % COLORS.length] })) },
    options: { indexAxis: horizontal ? "y" : "x", responsive: true, maintainAspectRatio: false,
      scales: { x: { stacked }, y: { stacked, beginAtZero: true } } },
  });
  switch (id) {
    case "funnel":
      return bars(rows.map((r) => r.stage), [["reached", rows.map((r) => r.reached)],
        ["lost", rows.map((r) => r.lost)]], false, true);
    case "stages":
      return bars(rows.map((r) => r.stageName), [["medianHours", rows.map((r) => r.medianHours)],
        ["p90Hours", rows.map((r) => r.p90Hours)]], false, false);
    case "stage-trend": {
      const months = [...new Set(rows.map((r) => r.month))].sort();
      const stages = [...new Set(rows.map((r) => r.stageName))];
      return {
        type: "line",
        data: { labels: months, datasets: stages.map((stage, i) => ({ label: stage,
          data: months.map((m) => { const r = rows.find((x) => x.month === m && x.stageName === stage);
            return r ? r.medianHours : null; }),
          borderColor: COLORS[i % COLORS.length], backgroundColor: COLORS[i % COLORS.length], spanGaps: true })) },
        options: { responsive: true, maintainAspectRatio: false, scales: { y: { beginAtZero: true,
          title: { display: true, text: "часы" } } } },
      };
    }
    case "overdue-tasks": {
      const byGroup = sumBy(rows, "groupName", ["overdue", "claimed"]);
      const groups = [...byGroup.keys()];
      return bars(groups, [["overdue", groups.map((g) => byGroup.get(g).overdue)],
        ["claimed", groups.map((g) => byGroup.get(g).claimed)]], false, true);
    }
    case "experts": {
      const top = rows.slice(0, 30);
      return bars(top.map((r) => r.name), [["openNow", top.map((r) => r.openNow)],
        ["assessed", top.map((r) => r.assessed)]], false, false);
    }
    case "replications-by-region": {
      const fields = ["inProgress", "implemented", "evaluated", "abandoned", "rejected"];
      const byRegion = sumBy(rows, "regionName", fields);
      const regions = [...byRegion.keys()];
      return bars(regions, fields.map((f) => [f, regions.map((r) => byRegion.get(r)[f])]), true, false);
    }
    case "quarterly-reports":
      return bars(rows.map((r) => r.regionName), ["onTime", "late", "pending"].map((f) => [f,
        rows.map((r) => r[f])]), true, false);
    default:
      return null;
  }
}

function render(node, api) {
  const base = api.cockpitApi + "/plugin/" + PLUGIN;
  const data = base + "/" + api.engine + "/figures";
  const charts = [];
  const get = (url) => fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
    .then((response) => response.json().then((body) => ({ status: response.status, body })));

  const message = el("div", { className: "alert alert-info", style: "display:none" });
  const form = el("form", { className: "form-inline", style: "margin-bottom:1em" });
  const sections = el("div", {});
  node.append(el("section", { className: "smarteka-analytics" },
    el("h3", {}, "Аналитика Смартеки: публикация и тиражирование практик"),
    el("p", { className: "text-muted" }, "Показатели считаются в базе данных по истории статусов практик, заявок и "
      + "отчётов. Те же данные в JSON, CSV и XLSX: GET /api/analytics/{показатель}."),
    message, form, sections));

  const show = (text, kind) => {
    message.className = "alert alert-" + (kind || "info");
    message.textContent = text;
    message.style.display = text ? "" : "none";
  };

  const draw = () => {
    charts.splice(0).forEach((c) => c.destroy());
    sections.textContent = "";
    show("");
    const params = new URLSearchParams();
    new FormData(form).forEach((value, key) => { if (value) { params.append(key, value); } });
    return loadChart(base).then((Chart) => Promise.all(FIGURES.map((f) => get(data + "/" + f.id + "?" + params)
      .then(({ status, body }) => {
        if (status !== 200) {
          const fields = (body.errors || []).map((e) => e.field + ": " + e.message).join("; ");
          throw new Error((body.message || "Ошибка " + status) + (fields ? " (" + fields + ")" : ""));
        }
        return [f, body];
      }))).then((figures) => figures.forEach(([f, figure]) => {
        const canvas = el("canvas", { "aria-label": f.title, role: "img" });
        sections.append(el("div", { className: "panel panel-default", "data-figure": f.id },
          el("div", { className: "panel-heading" }, el("h4", { className: "panel-title" }, f.title)),
          el("div", { className: "panel-body" }, el("p", { className: "text-muted" }, f.hint),
            el("div", { style: "position:relative;height:280px" }, canvas), table(figure))));
        const config = chartOf(f.id, figure);
        if (config) {
          charts.push(new Chart(canvas, config));
        }
      })))
      .catch((error) => show(error.message, "danger"));
  };

  get(data + "/filters").then(({ status, body }) => {
    if (status === 403 || status === 401) {
      show(body.message || "Аналитика доступна только аудиторам", "warning");
      return;
    }
    form.append(
      el("label", { style: "margin-right:1em" }, "Период с ", el("input", { type: "date", name: "from",
        className: "form-control" })),
      el("label", { style: "margin-right:1em" }, "по ", el("input", { type: "date", name: "to",
        className: "form-control" })),
      select("region", "Регион", body.regions.map((r) => [r.code, r.code + " " + r.name])),
      select("district", "Федеральный округ", body.districts.map((d) => [d, d])),
      select("category", "Категория", body.categories.map((c) => [c.code, c.name])),
      el("button", { type: "submit", className: "btn btn-primary" }, "Показать"));
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      draw();
    });
    draw();
  }).catch((error) => show(error.message, "danger"));
}

export default {
  id: "smarteka-analytics.dashboard",
  pluginPoint: "cockpit.dashboard",
  priority: 50,
  render: (node, { api }) => render(node, api),
};
