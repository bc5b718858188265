// The round form: choosing a region (or one of its preset links) ticks that region's provinces. Without script the
// preset links reload the form with the preset ticked. CSP: no inline handlers.
(function () {
    'use strict';
    var boxes = document.querySelectorAll('#round-provinces input[name="ProvinceIds"]');
    if (boxes.length === 0) return;
    function tick(region) {
        boxes.forEach(function (box) { box.checked = box.getAttribute('data-region') === region; });
    }
    var select = document.getElementById('Region');
    if (select) select.addEventListener('change', function () { if (select.value) tick(select.value); });
    document.querySelectorAll('#round-provinces .region-preset').forEach(function (link) {
        link.addEventListener('click', function (event) {
            event.preventDefault();
            var region = link.getAttribute('data-region');
            tick(region);
            if (select) select.value = region;
            var level = document.getElementById('Level');
            if (level) level.value = 'Regional';
        });
    });
})();
