// The consistency report's progress page, enhanced: asks how far the report has got every second and updates the bar
// and its words, announcing each quarter to screen readers, then shows the report once it is complete. Without this
// script the page says the same, and "Check progress" asks again.
const POLL_MILLIS = 1000;

function follow(element) {
  const url = element.dataset.progressUrl;
  const bar = element.querySelector('progress');
  const text = element.querySelector('#report-progress-text');
  const announcement = element.querySelector('#report-progress-announcement');
  let announcedQuarter = Math.floor(Number(bar.value) / 25);

  async function ask() {
    let progress;
    try {
      const response = await fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
      if (!response.ok) {
        return; // Signed out or gone: the "Check progress" button still says why.
      }
      progress = await response.json();
    } catch {
      setTimeout(ask, POLL_MILLIS * 5);
      return;
    }
    if (progress.status === 'COMPLETE' || progress.status === 'FAILED') {
      announcement.textContent = progress.status === 'COMPLETE' ? 'The report is complete.' : 'The report could not be completed.';
      window.location.reload();
      return;
    }
    bar.value = progress.percentDone;
    bar.textContent = `${progress.percentDone}%`;
    text.textContent = progress.status === 'QUEUED'
      ? 'Waiting for the reports submitted before it to finish: 0% done.'
      : `${progress.percentDone}% done: ${progress.judged} of ${progress.cases} cases judged.`;
    const quarter = Math.floor(progress.percentDone / 25);
    if (quarter > announcedQuarter) {
      announcedQuarter = quarter;
      announcement.textContent = `${progress.percentDone}% done`;
    }
    setTimeout(ask, POLL_MILLIS);
  }

  setTimeout(ask, POLL_MILLIS);
}

document.querySelectorAll('[data-module="app-report-progress"]').forEach(follow);
