// Enhancements of server-rendered HTML, run on every page. Each one finds its elements by data-*
// attribute and works without React, so a reading page needs nothing else in the browser.
import { followAnchorRedirects } from "./anchor-redirect";
import { enableChangesFilter } from "./changes-filter";
import { enableCopyLinks } from "./copy-link";
import { enableFeedback } from "./feedback";
import { enableLanguageSwitch } from "./language-switch";
import { spyOnScroll } from "./scroll-spy";
import { enableSearch } from "./search-launcher";
import { guardStaleStatus } from "./stale-guard";

guardStaleStatus();
followAnchorRedirects();
spyOnScroll();
enableCopyLinks();
enableLanguageSwitch();
enableFeedback();
enableSearch();
enableChangesFilter();
