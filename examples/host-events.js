// An intranet page's own script, listening to Partner Radar's events on its iframe.
// The end-to-end tests read window.partnerRadarEvents.
window.partnerRadarEvents = [];
for (const type of ['ready', 'resize', 'start', 'progress', 'complete', 'restart']) {
  document.addEventListener(`partner-radar:${type}`, (event) => {
    window.partnerRadarEvents.push(event.detail);
  }, true);
}
