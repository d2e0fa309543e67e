// Loaded in <head>, before the page is drawn: marks the page as having JavaScript, so the CSS
// for pages without it (the menu shown open, since its button needs a script) never flashes.
document.documentElement.classList.replace("no-js", "js");
