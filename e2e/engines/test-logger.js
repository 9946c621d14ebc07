// Served by `e2e/serve.mjs --inject-logger` as the first element of <head>, for
// drivers that cannot read the console (plain WebDriver in WebKit). It collects
// in window.__errors what a console would show as an error: uncaught exceptions,
// unhandled rejections, console.error calls, failed resource loads and CSP
// violations. An external file, not inline, so a strict CSP still runs it.
(() => {
  const errors = (window.__errors = []);
  const text = (v) => {
    if (v instanceof Error) return `${v.name}: ${v.message}`;
    if (typeof v === 'string') return v;
    try { return JSON.stringify(v); } catch { return String(v); }
  };
  addEventListener('error', (e) => {
    const t = e.target;
    if (t && t !== window && (t.src || t.href)) errors.push(`failed to load: ${t.src || t.href}`);
    else errors.push(`uncaught: ${e.message || text(e.error)}`);
  }, true);
  addEventListener('unhandledrejection', (e) => errors.push(`unhandled rejection: ${text(e.reason)}`));
  addEventListener('securitypolicyviolation', (e) => errors.push(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  const original = console.error;
  console.error = function (...args) {
    errors.push(`console error: ${args.map(text).join(' ')}`);
    return original.apply(this, args);
  };
})();
