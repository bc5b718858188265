// Pickers that follow a record's date as it is typed (DOMAIN §10: a record refers to the units and organisations of
// its date). A select marked data-year-input offers the options whose data-first-year..data-last-year contain the
// year in that input; one marked data-date-input, the options whose data-first-date..data-last-date (yyyy-MM-dd)
// contain the date. The server checks again on save.
(function () {
    function follow(select, inputId, fits) {
        var input = document.getElementById(inputId);
        if (!input) return;
        input.addEventListener('change', function () {
            var value = input.value;
            if (!value) return;
            Array.prototype.forEach.call(select.options, function (option) {
                if (!option.value) return;
                var ok = fits(option, value);
                option.disabled = !ok;
                option.hidden = !ok;
            });
            if (select.selectedOptions.length > 0 && select.selectedOptions[0].disabled) select.value = '';
        });
    }

    document.querySelectorAll('select[data-year-input]').forEach(function (select) {
        follow(select, select.dataset.yearInput, function (option, value) {
            var year = parseInt(value, 10);
            return year >= parseInt(option.dataset.firstYear, 10) && year <= parseInt(option.dataset.lastYear, 10);
        });
    });
    // The date field is typed dd/MM/yyyy (forms.js); compared as yyyy-MM-dd. A date not yet readable changes nothing.
    document.querySelectorAll('select[data-date-input]').forEach(function (select) {
        follow(select, select.dataset.dateInput, function (option, value) {
            var read = window.KhuyenCongDates ? window.KhuyenCongDates.read(value) : { outcome: 'date', iso: value };
            if (read.outcome !== 'date') return !option.disabled;
            var iso = read.date ? window.KhuyenCongDates.iso(read.date) : value;
            return iso >= option.dataset.firstDate && iso <= option.dataset.lastDate;
        });
    });
})();
