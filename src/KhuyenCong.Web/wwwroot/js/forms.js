// Forms the same way on every page (issue 15): dates typed and shown as dd/MM/yyyy with a Vietnamese date picker,
// and validation in the browser from the model's attributes (aspnet-client-validation, no jQuery). The server stays
// the judge: everything here only says earlier what the server would say.
(function () {
    'use strict';
    var english = document.documentElement.lang === 'en';

    // The same reading as the server's DateText: dd/MM/yyyy (d/M, '-' or '.'), eight digits, or ISO yyyy-MM-dd.
    // Returns { outcome: 'empty' | 'date' | 'impossible' | 'unreadable', date: Date (local midnight) }.
    function readDate(text) {
        text = (text || '').trim();
        if (!text) return { outcome: 'empty' };
        var m, day, month, year;
        if ((m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text))) {
            year = +m[1]; month = +m[2]; day = +m[3];
        } else if ((m = /^(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})$/.exec(text))) {
            day = +m[1]; month = +m[2]; year = +m[3];
        } else if (/^\d{8}$/.test(text)) {
            day = +text.slice(0, 2); month = +text.slice(2, 4); year = +text.slice(4);
        } else {
            return { outcome: 'unreadable' };
        }
        var date = new Date(year, month - 1, day);
        date.setFullYear(year);
        if (year < 1 || month < 1 || month > 12 || date.getMonth() !== month - 1 || date.getDate() !== day) {
            return { outcome: 'impossible' };
        }
        return { outcome: 'date', date: date };
    }

    function pad(n) { return (n < 10 ? '0' : '') + n; }
    function showDate(date) { return pad(date.getDate()) + '/' + pad(date.getMonth() + 1) + '/' + date.getFullYear(); }
    function isoDate(date) { return date.getFullYear() + '-' + pad(date.getMonth() + 1) + '-' + pad(date.getDate()); }

    // For the other scripts (dated-options.js, cost-table.js).
    window.KhuyenCongDates = { read: readDate, show: showDate, iso: isoDate };

    function changed(input) {
        input.dispatchEvent(new Event('input', { bubbles: true }));
        input.dispatchEvent(new Event('change', { bubbles: true }));
    }

    function attachPicker(input) {
        if (typeof window.Datepicker !== 'function' || input.datepicker) return;
        var picker = new window.Datepicker(input, {
            language: english || !window.Datepicker.locales.vi ? 'en' : 'vi',
            format: {
                toValue: function (text) {
                    var read = readDate(text);
                    return read.outcome === 'date' ? read.date : NaN;
                },
                toDisplay: function (date) { return showDate(date); }
            },
            autohide: true,
            buttonClass: 'btn',
            clearButton: true,
            todayButton: true,
            todayButtonMode: 1,
            todayHighlight: true,
            // Typed first: the calendar opens on a click or the down arrow, not on every focus (Tab through a form).
            showOnFocus: false,
            weekStart: 1
        });
        // The picker rewrites the field on leaving it; what cannot be read stays as typed, so that the message
        // says what is wrong with it instead of the typing silently disappearing.
        var update = picker.update.bind(picker);
        picker.update = function (options) {
            var outcome = readDate(input.value).outcome;
            if (outcome === 'impossible' || outcome === 'unreadable') return;
            update(options);
        };
        input.addEventListener('changeDate', function () { changed(input); });
        // Focus moved on to another field (Tab is handled by the picker, a click elsewhere too, not a focus moved
        // by a script or an assistive tool): read what was typed (15032026 becomes 15/03/2026) and close the calendar,
        // which would cover the fields below.
        input.addEventListener('blur', function (event) {
            var calendar = picker.picker && picker.picker.element;
            if (calendar && event.relatedTarget && calendar.contains(event.relatedTarget)) return;
            picker.update();
            if (picker.active) picker.hide();
        });
    }

    function attachPickers(root) {
        root.querySelectorAll('input[data-date-picker]').forEach(attachPicker);
    }

    // A field validated in the browser whose form has no place for its message gets one under it.
    function addMessagePlaces(root) {
        root.querySelectorAll('[data-val="true"][name]').forEach(function (input) {
            var form = input.form;
            // A checkbox's "required" always holds (MVC sends a hidden "false"); a place would split it from its label.
            if (!form || input.type === 'hidden' || input.type === 'checkbox' || input.type === 'radio') return;
            var name = input.getAttribute('name');
            var selector = '[data-valmsg-for="' + name.replace(/(["\\])/g, '\\$1') + '"]';
            if (form.querySelector(selector)) return;
            var span = document.createElement('span');
            span.className = 'text-danger small d-block';
            span.setAttribute('data-valmsg-for', name);
            span.setAttribute('data-valmsg-replace', 'true');
            input.insertAdjacentElement('afterend', span);
        });
    }

    function startValidation() {
        if (!window.aspnetValidation) return null;
        var service = new window.aspnetValidation.ValidationService();
        service.ValidationInputCssClassName = 'is-invalid';
        service.addProvider('kcdate', function (value, element, params) {
            var read = readDate(value);
            if (read.outcome === 'empty') return true;
            if (read.outcome === 'impossible') return (params.impossible || '').replace('{1}', value.trim());
            if (read.outcome === 'unreadable') return false;
            var year = read.date.getFullYear();
            if (params.min && year < +params.min || params.max && year > +params.max) return params.window || false;
            return true;
        });
        return service;
    }

    attachPickers(document);
    addMessagePlaces(document);
    var service = startValidation();
    window.KhuyenCongValidation = service;
    if (service) {
        // addNoValidate false: a form's own "required" attributes on fields without data-val keep working.
        service.bootstrap({ addNoValidate: false });
    }
})();
