"""The inline CSS and JS of the HTML review page, kept apart from the markup code.

Colours are the Okabe–Ito palette (distinguishable with the common forms of
colour blindness); each kind also has its own line style, so colour is never
the only cue: person solid, organisation double, quote dotted, amount boxed,
list item dashed.
"""

from __future__ import annotations

import base64
import hashlib

# kind (the CSS class is k-<kind>) -> what the legend calls it
KINDS: dict[str, str] = {
    "person": "person",
    "org": "organisation",
    "quote": "quote",
    "amount": "amount",
    "item": "list item",
}

STYLE = """
:root {
  --person: #0072B2; --org: #009E73; --quote: #CC79A7; --amount: #E69F00; --item: #56B4E9;
  --target: #D55E00; --ink: #1a1a1a; --muted: #555; --panel: #f6f6f4;
}
* { box-sizing: border-box; }
html { scroll-behavior: smooth; }
/* Header and legend stay in view; the text and the panel scroll on their own. */
body { margin: 0; color: var(--ink); background: #fff; height: 100vh; display: flex; flex-direction: column;
  font-family: "Noto Sans CJK KR", "Noto Sans KR", "NanumGothic", "Apple SD Gothic Neo",
    "Malgun Gothic", sans-serif; }
header { flex: none; padding: 1rem 1.5rem .5rem; border-bottom: 1px solid #ddd; }
h1 { font-size: 1.35rem; margin: 0 0 .3rem; }
h2 { font-size: 1rem; margin: 1.1rem 0 .4rem; }
.meta, .dim { color: var(--muted); font-size: .9rem; }
.legend { display: flex; flex-wrap: wrap; gap: .4rem 1.2rem; margin: .6rem 0 .2rem; padding: 0;
  list-style: none; font-size: .95rem; }
.layout { flex: 1; min-height: 0; display: grid; grid-template-columns: minmax(0, 1fr) 24rem; }
main { overflow-y: auto; padding: 1rem 1.5rem 8rem; }
.text { white-space: pre-wrap; line-height: 2.3; font-size: 1.05rem; max-width: 52rem;
  overflow-wrap: anywhere; }
aside { overflow-y: auto; padding: .5rem 1.2rem 5rem;
  background: var(--panel); border-left: 1px solid #ddd; font-size: .9rem; line-height: 1.5; }
aside ul, aside ol { padding-left: 1.2rem; margin: .2rem 0; }
aside li { margin: .25rem 0; }
aside a { color: #0a4f8a; }
.warnings { background: #fff4d6; border: 1px solid var(--amount); padding: .4rem .6rem; border-radius: 4px; }
mark.hl { background: none; color: inherit; position: relative; scroll-margin: 35vh; }
.k-person { border-bottom: 3px solid var(--person); background: rgba(0, 114, 178, .10); }
.k-org { border-bottom: 4px double var(--org); background: rgba(0, 158, 115, .12); }
.k-quote { border-bottom: 3px dotted var(--quote); background: rgba(204, 121, 167, .13); }
.k-amount { border: 2px solid var(--amount); border-radius: 3px; background: rgba(230, 159, 0, .16);
  font-weight: 600; }
.k-item { border-bottom: 2px dashed var(--item); background: rgba(86, 180, 233, .12); }
/* Nested highlights: each level's line sits lower so every enclosing span stays visible. */
.d0 { padding-bottom: 1px; } .d1 { padding-bottom: 5px; }
.d2 { padding-bottom: 9px; } .d3 { padding-bottom: 13px; }
.hl:focus-visible { outline: 3px solid var(--ink); outline-offset: 2px; }
.hl:target { outline: 3px solid var(--target); outline-offset: 2px; }
/* Tooltip: on hover only for the innermost highlight under the pointer, and on keyboard focus. */
.hl:hover:not(:has(.hl:hover))::after, .hl:focus-visible::after {
  content: attr(data-tip); position: absolute; left: 0; top: calc(100% + 8px); z-index: 10;
  white-space: pre; font-size: .82rem; line-height: 1.45; font-weight: 400; color: #fff;
  background: #222; padding: .4em .6em; border-radius: 4px; pointer-events: none;
}
.swatch { display: inline-block; padding: 0 .35em; line-height: 1.6; }
#inspector { position: fixed; left: 0; right: 24rem; bottom: 0; margin: 0; padding: .5rem 1.5rem;
  background: #222; color: #fff; white-space: pre-line; font-size: .88rem; min-height: 2.4rem; }
@media (max-width: 60rem) {
  body { height: auto; display: block; }
  .layout { grid-template-columns: 1fr; }
  main, aside { overflow: visible; }
  aside { border-left: 0; border-top: 1px solid #ddd; }
  #inspector { right: 0; }
}
"""

# The only script on the page: shows the hovered or focused highlight's values in
# the status bar (read out by screen readers), and moves focus to a mention when a
# panel link is followed so its tooltip shows too.
SCRIPT = """
(() => {
  const box = document.getElementById("inspector");
  const show = (event) => {
    const mark = event.target.closest ? event.target.closest(".hl") : null;
    if (mark) { box.textContent = mark.dataset.tip; }
  };
  document.addEventListener("mouseover", show);
  document.addEventListener("focusin", show);
  document.addEventListener("click", (event) => {
    const link = event.target.closest ? event.target.closest("aside a[href^='#']") : null;
    const mark = link ? document.getElementById(link.getAttribute("href").slice(1)) : null;
    if (mark) { mark.focus({preventScroll: true}); }
  });
})();
"""


def _script_hash(script: str) -> str:
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return "sha256-" + base64.b64encode(digest).decode("ascii")


# Defence in depth behind the escaping: only our own script (by hash) may run,
# and nothing may be fetched, so the page stays standalone and offline.
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; style-src 'unsafe-inline'; "
    f"script-src '{_script_hash(SCRIPT)}'; img-src 'none'; base-uri 'none'; form-action 'none'"
)
