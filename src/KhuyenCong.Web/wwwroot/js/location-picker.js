// The cascading location picker (issue 15, Views/Shared/_LocationPicker): province → commune for current units,
// province → district → commune for legacy ones, loaded from /AdminUnits/Picker/Units with the record's plan year
// (both generations in 2025). The deepest unit chosen that lies in the user's scope fills the two hidden fields the
// server binds (generation and statistics code); the server checks scope and period again on save.
window.kcLocationPicker = (function () {
    function option(unit) {
        var o = new Option(unit.name, unit.id);
        o.dataset.code = unit.code;
        o.dataset.generation = unit.generation;
        o.dataset.inScope = unit.inScope ? '1' : '0';
        return o;
    }

    function fill(select, units, keep) {
        while (select.options.length > 1) select.remove(1);
        units.forEach(function (u) { select.add(option(u)); });
        select.value = keep && units.some(function (u) { return String(u.id) === keep; }) ? keep : '';
    }

    function init(box) {
        var province = box.querySelector('select[data-level=province]');
        var district = box.querySelector('select[data-level=district]');
        var commune = box.querySelector('select[data-level=commune]');
        var districtBox = box.querySelector('[data-district-box]');
        var generation = document.getElementById(box.dataset.generationField);
        var code = document.getElementById(box.dataset.codeField);
        var year = box.dataset.yearInput ? document.getElementById(box.dataset.yearInput) : null;

        function load(parent) {
            var query = [];
            if (parent) query.push('parentId=' + encodeURIComponent(parent));
            var y = year ? parseInt(year.value, 10) : NaN;
            if (y >= 2000 && y <= 2100) query.push('year=' + y);
            return fetch(box.dataset.url + (query.length ? '?' + query.join('&') : ''),
                { credentials: 'same-origin', headers: { Accept: 'application/json' } })
                .then(function (r) { return r.ok ? r.json() : []; });
        }

        // The hidden fields follow the deepest unit chosen that may be a record's place.
        function write() {
            var chosen = [commune, district].map(function (s) { return s.selectedOptions[0]; })
                .find(function (o) { return o && o.value && o.dataset.inScope === '1'; });
            code.value = chosen ? chosen.dataset.code : '';
            generation.value = chosen ? (chosen.dataset.generation === 'legacy' ? 'Legacy' : 'Current')
                : (province.selectedOptions[0] && province.value
                    ? (province.selectedOptions[0].dataset.generation === 'legacy' ? 'Legacy' : 'Current') : '');
            code.dispatchEvent(new Event('change', { bubbles: true }));
        }

        function provinceChosen(keepDistrict, keepCommune) {
            fill(district, [], null);
            fill(commune, [], null);
            if (!province.value) { districtBox.hidden = true; write(); return Promise.resolve(); }
            return load(province.value).then(function (units) {
                var districts = units.filter(function (u) { return u.level === 'district'; });
                districtBox.hidden = districts.length === 0;
                if (districts.length) {
                    fill(district, districts, keepDistrict);
                    return district.value ? districtChosen(keepCommune) : write();
                }
                fill(commune, units.filter(function (u) { return u.level === 'commune'; }), keepCommune);
                write();
            });
        }

        function districtChosen(keepCommune) {
            fill(commune, [], null);
            if (!district.value) { write(); return Promise.resolve(); }
            return load(district.value).then(function (units) {
                fill(commune, units, keepCommune);
                write();
            });
        }

        function reload() {
            var keep = [province.value, district.value, commune.value];
            return load(null).then(function (units) {
                fill(province, units, keep[0]);
                return provinceChosen(keep[1], keep[2]);
            });
        }

        province.addEventListener('change', function () { provinceChosen(null, null); });
        district.addEventListener('change', function () { districtChosen(null); });
        commune.addEventListener('change', write);
        if (year) year.addEventListener('change', reload);
        box.kcReady = reload();
        return box;
    }

    document.querySelectorAll('[data-location-picker]').forEach(init);
    return { init: init };
})();
