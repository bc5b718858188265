// Forms marked data-confirm ask before submitting (closing an organisation, locking an account…).
document.addEventListener('submit', function (event) {
    var message = event.target.getAttribute('data-confirm');
    if (message && !window.confirm(message)) event.preventDefault();
});

// Tables marked kc-stack become cards at phone width (site.css): each cell is labelled with its column's header,
// so that the label stays beside the input when the header row is hidden.
document.querySelectorAll('table.kc-stack').forEach(function (table) {
    var headers = Array.prototype.map.call(table.querySelectorAll('thead th'), function (th) {
        return th.textContent.trim();
    });
    table.querySelectorAll('tbody tr, tfoot tr').forEach(function (row) {
        var column = 0;
        Array.prototype.forEach.call(row.cells, function (cell) {
            var label = headers[column];
            // A cell spanning columns (a row of messages) belongs to none of them.
            if (label && label !== '#' && cell.colSpan === 1 && !cell.hasAttribute('data-label')) {
                cell.setAttribute('data-label', label);
            }
            column += cell.colSpan || 1;
        });
    });
});
