// GOV.UK Frontend's components (error summary focus, header menu, radios' conditional questions …). Every page works
// without this script; it only enhances.
import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js';

initAll();
