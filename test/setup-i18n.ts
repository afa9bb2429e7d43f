// Outside the browser there is no i18n API: give the popup and page code the English strings.
import en from "../_locales/en/messages.json";
import { useCatalogue } from "../src/platform/i18n";

useCatalogue(en);
