// The issued-key page's copy button: the key goes to the clipboard, never to storage or a URL.
document.getElementById('copy-key').addEventListener('click', function () {
  var result = document.getElementById('copy-result');
  var key = document.getElementById('api-key').textContent;
  if (!navigator.clipboard) { // only secure contexts (https, localhost) have a clipboard API
    result.textContent = 'Select the key and copy it by hand';
    return;
  }
  navigator.clipboard.writeText(key).then(
    function () { result.textContent = 'Copied'; },
    function () { result.textContent = 'Could not copy: select the key and copy it by hand'; });
});
