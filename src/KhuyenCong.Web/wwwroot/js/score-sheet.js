// The score sheet's running total (issue 15): the sum of the points typed so far, updated on every keystroke.
// The server still checks every criterion's range when the sheet is saved.
(function () {
    'use strict';
    document.querySelectorAll('form[data-score-sheet]').forEach(function (form) {
        var output = form.querySelector('#score-total');
        if (!output) return;
        var inputs = form.querySelectorAll('input[name="points"]');
        function update() {
            var total = 0;
            inputs.forEach(function (input) {
                var value = parseInt(input.value, 10);
                if (!isNaN(value)) total += value;
            });
            output.value = String(total);
            output.textContent = String(total);
        }
        inputs.forEach(function (input) { input.addEventListener('input', update); });
        update();
    });
})();
