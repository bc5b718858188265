// Draws the dashboard's charts from the JSON block the page carries (CSP: no inline script).
// Every chart repeats figures that are also in the table next to it, which stays the accessible source.
(function () {
    'use strict';
    var source = document.getElementById('dashboard-data');
    if (!source || typeof Chart === 'undefined') return;
    var data = JSON.parse(source.textContent);
    var names = data.names;
    var blue = '#0d6efd', green = '#198754', orange = '#fd7e14', grey = '#6c757d';
    var number = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 3 });
    var common = {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        plugins: { tooltip: { callbacks: { label: function (c) { return c.dataset.label + ': ' + number.format(c.parsed.y ?? c.parsed); } } } }
    };

    function draw(id, config) {
        var canvas = document.getElementById(id);
        if (!canvas) return;
        var chart = new Chart(canvas, config);
        canvas.dataset.rendered = 'true';
        return chart;
    }

    function options(extra) { return Object.assign({}, common, extra || {}); }

    draw('chart-trend', {
        type: 'bar',
        data: { labels: data.trend.labels, datasets: [
            { label: names.kcqg, data: data.trend.kcqg, backgroundColor: blue },
            { label: names.kcdp, data: data.trend.kcdp, backgroundColor: green }] },
        options: options()
    });
    draw('chart-provinces', {
        type: 'bar',
        data: { labels: data.provinces.labels, datasets: [
            { label: names.kcqg, data: data.provinces.kcqg, backgroundColor: blue },
            { label: names.kcdp, data: data.provinces.kcdp, backgroundColor: green }] },
        options: options({
            indexAxis: 'y',
            scales: { x: { stacked: true }, y: { stacked: true, ticks: { autoSkip: false, font: { size: 10 } } } },
            plugins: { tooltip: { callbacks: { label: function (c) { return c.dataset.label + ': ' + number.format(c.parsed.x); } } } }
        })
    });
    draw('chart-contents', {
        type: 'bar',
        data: { labels: data.contents.labels, datasets: [
            { label: names.approved, data: data.contents.approved, backgroundColor: orange },
            { label: names.disbursed, data: data.contents.disbursed, backgroundColor: green }] },
        options: options({ scales: { x: { ticks: { callback: function (v) { var t = this.getLabelForValue(v); return t.length > 24 ? t.slice(0, 22) + '…' : t; } } } } })
    });
    draw('chart-statuses', {
        type: 'bar',
        data: { labels: data.statuses.labels, datasets: [{ label: names.projects, data: data.statuses.counts, backgroundColor: grey }] },
        options: options({ plugins: { legend: { display: false } }, scales: { y: { ticks: { precision: 0 } } } })
    });
    draw('chart-products', {
        type: 'bar',
        data: { labels: data.products.labels, datasets: [
            { label: names.entries, data: data.products.entries, backgroundColor: blue },
            { label: names.certified, data: data.products.certified, backgroundColor: green }] },
        options: options({ scales: { y: { ticks: { precision: 0 } }, x: { ticks: { callback: function (v) { var t = this.getLabelForValue(v); return t.length > 24 ? t.slice(0, 22) + '…' : t; } } } } })
    });
})();
