// Runs first in <body>, before the page is drawn, so components that JavaScript enhances are styled for it from the start.
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
