// htmx requests carry the CSRF token as a header, read from the page's meta tags (no inline script: the CSP forbids it).
document.addEventListener('htmx:configRequest', function (event) {
	var header = document.querySelector('meta[name="csrf-header"]');
	var token = document.querySelector('meta[name="csrf-token"]');
	if (header && token) {
		event.detail.headers[header.content] = token.content;
	}
});
