// The activity page's glance: sends per minute by outcome over the last hour, drawn with uPlot
// from the figures the page carries (data-glance), then redrawn every minute from its /glance
// endpoint (the gateway's own message log).
(function () {
  var box = document.getElementById('glance-chart');
  if (!box) {
    return;
  }
  // One colour per outcome (Glance.Series.outcome); an unknown outcome is drawn in grey.
  var COLOURS = { SENT: '#0b7a55', FAILED: '#b42318', UNKNOWN: '#b54708', ACCEPTED: '#5a6570' };
  var chart = null;

  function options(glance) {
    var series = [{}].concat(glance.series.map(function (s) {
      return { label: s.label, stroke: COLOURS[s.outcome] || '#888', width: 2, points: { show: false } };
    }));
    return {
      width: Math.max(280, box.clientWidth),
      height: 220,
      // UTC, as the rest of the page.
      tzDate: function (seconds) { return uPlot.tzDate(new Date(seconds * 1000), 'Etc/UTC'); },
      series: series,
      scales: { y: { range: function (u, min, max) { return [0, Math.max(4, max)]; } } },
      axes: [{}, { label: 'sends/min' }]
    };
  }

  function draw(glance) {
    var data = [glance.minutes].concat(glance.series.map(function (s) { return s.counts; }));
    if (chart) {
      chart.setData(data);
    } else {
      chart = new uPlot(options(glance), data, box);
      box.setAttribute('data-drawn', 'true');
    }
  }

  function refresh() {
    fetch(box.getAttribute('data-src'), { headers: { Accept: 'application/json' } })
      .then(function (answer) {
        if (!answer.ok) {
          throw new Error('HTTP ' + answer.status);
        }
        return answer.json();
      })
      .then(draw)
      .catch(function (failure) {
        box.textContent = 'The chart could not be loaded (' + failure.message + '); reload the page.';
      });
  }

  draw(JSON.parse(box.getAttribute('data-glance')));
  setInterval(refresh, 60000);
  window.addEventListener('resize', function () {
    if (chart) {
      chart.setSize({ width: Math.max(280, box.clientWidth), height: 220 });
    }
  });
})();
