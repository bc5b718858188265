// The project form offers only the units and organisations its plan year may use (DOMAIN §10): when the year
// changes, the organisations are reloaded from /Projects/Options; the server checks again on save.
(function () {
    var year = document.getElementById('Year');
    if (!year || !year.dataset.optionsUrl) return;
    var organisations = document.getElementById('ImplementingOrganisationId');
    var hint = document.getElementById('reference-hint');

    function refill(select, items, keepFirst) {
        var chosen = select.value;
        while (select.options.length > (keepFirst ? 1 : 0)) select.remove(select.options.length - 1);
        items.forEach(function (item) { select.add(new Option(item.text, item.value, false, item.value === chosen)); });
    }

    year.addEventListener('change', function () {
        var value = parseInt(year.value, 10);
        if (!(value >= 2000 && value <= 2100)) return;
        fetch(year.dataset.optionsUrl + '?year=' + value, { credentials: 'same-origin' })
            .then(function (response) { return response.ok ? response.json() : null; })
            .then(function (options) {
                if (!options) return;
                // The place follows the year in its own picker (location-picker.js).
                refill(organisations, options.organisations, true);
                if (hint) {
                    hint.textContent = options.generations.length > 1 ? hint.dataset.transition
                        : options.generations[0] === 'Legacy' ? hint.dataset.legacy : hint.dataset.current;
                }
            });
    });
})();
