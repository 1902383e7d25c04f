// Styles that fold things away only do so when this script runs to unfold them again.
document.documentElement.classList.add('js');

// htmx requests carry the CSRF token as a header, read from the page's meta tags (no inline script: the CSP forbids it).
document.addEventListener('htmx:configRequest', function (event) {
	var header = document.querySelector('meta[name="csrf-header"]');
	var token = document.querySelector('meta[name="csrf-token"]');
	if (header && token) {
		event.detail.headers[header.content] = token.content;
	}
});

// The desk's bulk selection: "all on this page" checks every row (and shows mixed when
// only some are), and the bar says how many are selected. Without script the "all" box
// still works: its value lists the page's rows for the server.
(function () {
	function bulkForm() {
		return document.getElementById('bulk-form');
	}

	function rows(form) {
		return Array.prototype.slice.call(form.querySelectorAll('input.select-row'));
	}

	function showCount(form) {
		var all = form.querySelector('#select-all');
		var checked = rows(form).filter(function (box) { return box.checked; }).length;
		var total = rows(form).length;
		all.checked = checked === total && total > 0;
		all.indeterminate = checked > 0 && checked < total;
		form.querySelector('#bulk-count').textContent = checked === 0 ? '' : checked + (checked === 1 ? ' ticket selected' : ' tickets selected');
		form.querySelector('#bulk-bar').classList.toggle('has-selection', checked > 0);
	}

	document.addEventListener('change', function (event) {
		var form = bulkForm();
		if (!form || !form.contains(event.target)) {
			return;
		}
		if (event.target.id === 'select-all') {
			rows(form).forEach(function (box) { box.checked = event.target.checked; });
		}
		if (event.target.id === 'select-all' || event.target.classList.contains('select-row')) {
			showCount(form);
		}
	});

	// The queue the agent is working through, for "next ticket" on the ticket page: the
	// rows as they were shown, so a ticket that leaves the queue once changed does not
	// make the agent skip the one after it.
	function rememberQueue() {
		var results = document.getElementById('queue-results');
		if (!results || !window.sessionStorage) {
			return;
		}
		var ids = Array.prototype.map.call(results.querySelectorAll('tr[data-ticket]'), function (row) {
			return row.getAttribute('data-ticket');
		});
		var next = document.getElementById('next-page');
		sessionStorage.setItem('tierdesk.queue', JSON.stringify({
			url: location.pathname + location.search,
			ids: ids,
			nextPage: next ? next.getAttribute('href') : null
		}));
	}

	document.addEventListener('DOMContentLoaded', rememberQueue);
	document.addEventListener('htmx:afterSettle', rememberQueue);
})();

// The ticket page: previous/next in the remembered queue, and keyboard shortcuts for the
// frequent moves. Each has a visible button or link; shortcuts never fire while typing.
(function () {
	function queue() {
		try {
			return JSON.parse(sessionStorage.getItem('tierdesk.queue') || 'null');
		} catch (e) {
			return null;
		}
	}

	function ticketId() {
		var match = location.pathname.match(/^\/tickets\/(\d+)$/);
		return match ? match[1] : null;
	}

	function showLink(id, href) {
		var link = document.getElementById(id);
		if (link && href) {
			link.setAttribute('href', href);
			link.hidden = false;
		}
	}

	function showQueueNav() {
		var nav = document.getElementById('queue-nav');
		var remembered = queue();
		var at = remembered && remembered.ids ? remembered.ids.indexOf(ticketId()) : -1;
		if (!nav || at < 0) {
			return;
		}
		nav.hidden = false;
		showLink('queue-back', remembered.url);
		showLink('queue-previous', at > 0 ? '/tickets/' + remembered.ids[at - 1] : null);
		var next = at + 1 < remembered.ids.length ? '/tickets/' + remembered.ids[at + 1] : remembered.nextPage;
		showLink('queue-next', next);
	}

	function typing(target) {
		return target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
	}

	function writeMessage(intent) {
		var body = document.getElementById('body');
		if (!body) {
			return;
		}
		body.setAttribute('data-intent', intent);
		body.placeholder = intent === 'INTERNAL' ? 'Internal note: only agents see it' : 'Reply to the requester';
		body.focus();
	}

	function follow(id) {
		var link = document.getElementById(id);
		if (link && !link.hidden && link.getAttribute('href')) {
			location.href = link.getAttribute('href');
		}
	}

	function openHelp() {
		var dialog = document.getElementById('shortcuts');
		if (dialog && !dialog.open) {
			dialog.showModal();
		}
	}

	var keys = {
		j: function () { follow('queue-next'); },
		k: function () { follow('queue-previous'); },
		r: function () { writeMessage('PUBLIC'); },
		n: function () { writeMessage('INTERNAL'); },
		a: function () {
			var button = document.getElementById('assign-to-me');
			if (button) {
				button.click();
			}
		},
		'?': openHelp
	};

	document.addEventListener('keydown', function (event) {
		if (event.target.id === 'body' && event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
			var send = document.getElementById(event.target.getAttribute('data-intent') === 'INTERNAL' ? 'add-note' : 'send-reply');
			if (send) {
				event.preventDefault();
				send.click();
			}
			return;
		}
		var dialog = document.getElementById('shortcuts');
		if (!document.getElementById('shortcuts') || event.ctrlKey || event.metaKey || event.altKey
			|| typing(event.target) || (dialog && dialog.open) || !keys[event.key]) {
			return;
		}
		event.preventDefault();
		keys[event.key]();
	});

	document.addEventListener('DOMContentLoaded', function () {
		var opener = document.getElementById('shortcuts-open');
		if (opener) {
			opener.hidden = false;
			opener.addEventListener('click', openHelp);
		}
		showQueueNav();
	});
})();

// On a phone: the header's menu button folds the navigation, and the desk's filters start
// folded (the server sends them open, which is what a wide screen and a page without
// script get).
(function () {
	var phone = window.matchMedia('(max-width: 47.99rem)');

	function toggleMenu(button) {
		var open = button.getAttribute('aria-expanded') !== 'true';
		button.setAttribute('aria-expanded', String(open));
		document.getElementById(button.getAttribute('aria-controls')).classList.toggle('is-open', open);
	}

	document.addEventListener('DOMContentLoaded', function () {
		var button = document.getElementById('menu-button');
		if (button) {
			button.hidden = false;
			button.addEventListener('click', function () { toggleMenu(button); });
		}
		var filters = document.getElementById('filters');
		if (filters && phone.matches) {
			filters.open = false;
		}
	});
})();
