<?php
/**
 * Must-use plugin of the WordPress test (tests/wordpress/): what a stock site needs to reach a
 * chart host on loopback, and to take posts over the REST API on plain http. Nothing else
 * of WordPress is changed.
 */

// WordPress fetches oEmbed with its "safe" HTTP API, which refuses loopback hosts and every
// port but 80, 443 and 8080; the test's chart host is 127.0.0.1 on SLV_CHARTS_PORT.
add_filter( 'http_request_host_is_external', function ( $external, $host ) {
	return $external || '127.0.0.1' === $host;
}, 10, 2 );
add_filter( 'http_allowed_safe_ports', function ( $ports ) {
	$ports[] = (int) SLV_CHARTS_PORT;
	return $ports;
} );

// Application passwords (the REST API's Basic authentication) need https, or this filter.
add_filter( 'wp_is_application_passwords_available', '__return_true' );
