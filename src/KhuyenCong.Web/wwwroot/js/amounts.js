// Amounts as officers type them (DOMAIN §4): triệu đồng in vi-VN form, dots between thousands and one comma before the
// fraction ("1.505,5"), or plain digits. The same reading as Vnd.TryParseMillions on the server, which stays the judge:
// anything ambiguous is NaN here and is left out of running totals.
window.kcAmounts = (function () {
    function parse(text) {
        var value = (text || '').replace(/[\s\u00A0]/g, '');
        if (!value) return NaN;
        var negative = value.charAt(0) === '-';
        if (negative) value = value.substring(1);
        if (!/^[0-9.,]+$/.test(value)) return NaN;
        var comma = value.indexOf(',');
        var whole = comma < 0 ? value : value.substring(0, comma);
        var fraction = comma < 0 ? '' : value.substring(comma + 1);
        if (/[.,]/.test(fraction)) return NaN;
        var groups = whole.split('.');
        if (groups.length > 1 && (groups[0].length < 1 || groups[0].length > 3
            || groups.slice(1).some(function (g) { return g.length !== 3; }))) return NaN;
        var number = parseFloat(groups.join('') + (fraction ? '.' + fraction : ''));
        return isNaN(number) ? NaN : (negative ? -number : number);
    }

    var format = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 6 });

    return {
        parse: parse,
        // vi-VN groups with dots and separates the fraction with a comma, as the portal shows amounts.
        format: function (millions) { return format.format(millions).replace(/\u00A0/g, ''); }
    };
})();
