// The project form's cost estimate (Mẫu 1) checked as it is typed (issue 15): each line's total must equal
// support + contribution + other sources (as the server's CostLine refuses it; the line's message shows and the
// form is not sent), and the requested support is compared with the support cap the draft would meet at
// "Gửi đề án" (a warning only: a draft may be saved over the cap, the check belongs to sending). The server stays
// the judge of both.
(function () {
    'use strict';
    var table = document.querySelector('table[data-cost-table]');
    if (!table) return;
    var form = table.closest('form');
    var english = document.documentElement.lang === 'en';
    var money = new Intl.NumberFormat(english ? 'en-US' : 'vi-VN', { maximumFractionDigits: 6 });
    var parts = ['FundSupport', 'Contribution', 'OtherSources'];

    // Amounts in triệu đồng as the server's Vnd.TryParseMillions reads them (1.505 or 1505, decimals after a
    // comma), in đồng; null when empty, NaN when unreadable (the server says why on saving).
    function dong(text) {
        text = (text || '').replace(/[\s\u00A0]/g, '');
        if (!text) return null;
        var negative = text.charAt(0) === '-';
        if (negative) text = text.slice(1);
        var m = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{1,6}))?$/.exec(text);
        if (!m) return NaN;
        var whole = m[1].replace(/\./g, '');
        // "1,505" is refused by the server as ambiguous (1.505 million or 1,505 million?).
        if (m[2] && m[2].length === 3 && m[1].indexOf('.') < 0 && +whole > 0) return NaN;
        var micro = m[2] ? +(m[2] + '000000').slice(0, 6) : 0;
        var value = +whole * 1000000 + micro;
        return negative ? -value : value;
    }

    function millions(d) { return money.format(d / 1000000); }

    function format(template, args) {
        return template.replace(/\{(\d+)\}/g, function (all, i) { return args[+i] !== undefined ? args[+i] : all; });
    }

    function field(prefix, name) { return form.elements.namedItem(prefix + '.' + name); }

    function lines() {
        var result = [];
        table.querySelectorAll('input[name$=".Total"]').forEach(function (total) {
            var prefix = total.name.slice(0, -'.Total'.length);
            var line = { input: total, total: dong(total.value), parts: [] };
            parts.forEach(function (p) {
                var input = field(prefix, p);
                line.parts.push(input ? dong(input.value) : null);
            });
            line.number = +(/\[(\d+)\]/.exec(prefix) || [0, 0])[1] + 1;
            result.push(line);
        });
        return result;
    }

    // The line's total against its sources: true, or the message.
    function checkLine(total) {
        var line = lines().filter(function (l) { return l.input === total; })[0];
        if (!line || line.total === null || isNaN(line.total)) return true;
        if (line.parts.some(function (p) { return p !== null && isNaN(p); })) return true;
        var sum = line.parts.reduce(function (a, p) { return a + (p || 0); }, 0);
        if (sum === line.total) return true;
        return format(table.dataset.msgSum,
            [line.number, millions(line.total), millions(sum), millions(line.total - sum)]);
    }

    var service = window.KhuyenCongValidation;
    if (service) {
        service.addProvider('kcsum', function (value, element) { return checkLine(element); });
        table.querySelectorAll('input[name$=".Total"]').forEach(function (total) {
            total.setAttribute('data-val', 'true');
            total.setAttribute('data-val-kcsum', table.dataset.msgSum);
        });
        service.scan(form);
    }

    // A source changed: its line's total is checked again (only once the total was typed).
    table.addEventListener('input', function (event) {
        var name = event.target.name || '';
        var part = parts.filter(function (p) { return name.slice(-p.length - 1) === '.' + p; })[0];
        if (!part || !service) return;
        var total = field(name.slice(0, -part.length - 1), 'Total');
        if (total && total.value.trim()) service.isFieldValid(total, true);
    });

    // The cap, as GET /Projects/Cap chooses it for the form's fund, content, place and conditions.
    var panel = document.getElementById('cost-check');
    var cap = null;
    var asked = '';

    function value(name) {
        // A bool bound with asp-for also writes a hidden "false" of the same name: read the checkbox itself.
        var input = form.querySelector('input[type=checkbox][name="' + name + '"]') || form.elements.namedItem(name);
        if (!input) return '';
        if (input.type === 'checkbox') return input.checked ? 'true' : 'false';
        return input.value || '';
    }

    function beneficiaries() {
        return form.querySelectorAll('select[name="BeneficiaryIds"] option:checked, input[name="BeneficiaryIds"]'
            + ':not([type="checkbox"]), input[name="BeneficiaryIds"][type="checkbox"]:checked').length;
    }

    function askCap() {
        var query = 'fund=' + encodeURIComponent(value('Fund'))
            + '&content=' + encodeURIComponent(value('ActivityContentId'))
            + '&generation=' + encodeURIComponent(value('LocationGeneration'))
            + '&location=' + encodeURIComponent(value('LocationCode'))
            + '&complete=' + value('IsCompleteProductionLine')
            + '&newEnterprise=' + value('IsNewEnterpriseInDisadvantagedArea');
        if (query === asked) return;
        asked = query;
        fetch(table.dataset.capUrl + '?' + query,
            { credentials: 'same-origin', headers: { Accept: 'application/json' } })
            .then(function (response) { return response.ok ? response.json() : null; })
            .then(function (answer) {
                if (query !== asked) return;
                cap = answer && answer.found ? answer : null;
                show();
            })
            .catch(function () { cap = null; show(); });
    }

    function show() {
        if (!panel) return;
        var all = lines();
        var totalCost = 0, support = 0, readable = true;
        all.forEach(function (l) {
            if (l.total !== null) { if (isNaN(l.total)) readable = false; else totalCost += l.total; }
            if (l.parts[0] !== null) { if (isNaN(l.parts[0])) readable = false; else support += l.parts[0]; }
        });
        var text = format(table.dataset.msgTotals, [millions(totalCost), millions(support)]);
        var over = false;
        if (cap && readable) {
            var units = Math.max(1, cap.multiplier === 'PerEstablishment' ? beneficiaries()
                : cap.multiplier === 'PerDemonstrationModel' ? (+value('DemonstrationModels') || 0) : 1);
            var byPercent = Math.floor(totalCost * cap.maxPercent / 100);
            var byCap = cap.capAmountDong * units;
            var limit = Math.min(byPercent, byCap);
            over = support > limit;
            text += ' ' + (over
                ? format(table.dataset.msgCapOver, [cap.name, cap.legalBasis, cap.maxPercent, millions(totalCost),
                    millions(cap.capAmountDong), cap.unitTerm, units, millions(limit), millions(support),
                    millions(support - limit)])
                : format(table.dataset.msgCapOk, [cap.name, cap.legalBasis, millions(limit)]));
        }
        panel.textContent = text;
        panel.className = 'alert small py-2 ' + (over ? 'alert-warning' : 'alert-light border');
        panel.setAttribute('data-over', over ? 'true' : 'false');
    }

    var timer = null;
    form.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(show, 150); });
    form.addEventListener('change', function (event) {
        var name = event.target.name || '';
        if (['Fund', 'ActivityContentId', 'LocationGeneration', 'LocationCode', 'IsCompleteProductionLine',
            'IsNewEnterpriseInDisadvantagedArea'].indexOf(name) >= 0) askCap();
        show();
    });
    askCap();
    show();
})();
