// The beneficiaries of the project form (issue 15): a search-as-you-type picker (Tom Select) over the establishments
// of the user's scope, a page at a time from /Establishments/Picker/Search, and "add new" in place: the dialog
// (_EstablishmentQuickAdd) saves through /Establishments/Picker/Create and the new establishment is chosen. The
// server checks again on save that every beneficiary exists and lies in scope.
(function () {
    var select = document.getElementById('BeneficiaryIds');
    if (!select || !window.TomSelect) return;
    var searchUrl = select.dataset.searchUrl;
    var createUrl = select.dataset.createUrl;
    var dialog = document.getElementById('establishment-quick-add');
    var form = document.getElementById('project-form');
    var modal = dialog && createUrl && window.bootstrap ? new bootstrap.Modal(dialog) : null;
    var pending = null;

    function url(query, page) {
        return searchUrl + '?q=' + encodeURIComponent(query || '') + '&page=' + (page || 1);
    }

    var picker = new TomSelect(select, {
        // refreshThrottle 0, as in allocation-form.js: a delayed refresh reopened the list and took the focus back.
        valueField: 'id', labelField: 'text', searchField: [], maxOptions: null, loadThrottle: 250, refreshThrottle: 0,
        placeholder: select.dataset.placeholder, plugins: ['remove_button', 'virtual_scroll'],
        // The server searched accent-free: show every row it returned, in its order.
        score: function () { return function () { return 1; }; },
        firstUrl: function (query) { return url(query, 1); },
        shouldLoad: function () { return true; },
        load: function (query, callback) {
            var self = this;
            var next = self.getUrl(query);
            fetch(next, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
                .then(function (r) { return r.ok ? r.json() : { items: [], more: false }; })
                .then(function (page) {
                    if (page.more) {
                        var current = parseInt(/[?&]page=(\d+)/.exec(next)[1], 10);
                        self.setNextUrl(query, url(query, current + 1));
                    }
                    callback(page.items);
                })
                .catch(function () { callback(); });
        },
        create: modal ? function (input) {
            pending = input;
            dialog.querySelector('[name=Name]').value = input;
            modal.show();
            return false;
        } : false,
        render: {
            option_create: function (data, escape) {
                return '<div class="create">' + escape(select.dataset.addText) + ': <strong>' + escape(data.input)
                    + '</strong>…</div>';
            },
            no_results: function () {
                return '<div class="no-results">' + select.dataset.noResults + '</div>';
            },
            loading_more: function () {
                return '<div class="loading-more-results py-2 d-flex align-items-center">'
                    + '<div class="spinner"></div></div>';
            },
            no_more_results: function () { return ''; }
        },
        preload: 'focus'
    });

    if (!modal) return;
    var quick = dialog.querySelector('form');
    var errors = quick.querySelector('[data-errors]');
    dialog.addEventListener('hidden.bs.modal', function () { pending = null; picker.focus(); });
    quick.addEventListener('submit', function (event) {
        event.preventDefault();
        var data = new FormData(quick);
        data.append('__RequestVerificationToken', form.querySelector('[name=__RequestVerificationToken]').value);
        fetch(createUrl,
            { method: 'POST', body: data, credentials: 'same-origin', headers: { Accept: 'application/json' } })
            .then(function (r) { return r.json().then(function (body) { return { ok: r.ok, body: body }; }); })
            .then(function (result) {
                if (!result.ok) {
                    var messages = [];
                    Object.keys(result.body.errors || {}).forEach(function (k) {
                        messages = messages.concat(result.body.errors[k]);
                    });
                    errors.textContent = messages.join(' ');
                    errors.hidden = false;
                    return;
                }
                errors.hidden = true;
                picker.addOption(result.body);
                picker.addItem(String(result.body.id));
                quick.reset();
                modal.hide();
            });
    });
})();
