// The moment the first content is on screen (the same mark Opencall sets).
requestAnimationFrame(() => { window.__firstData = Date.now(); });
