<?php
/**
 * Installs the WordPress of the test (tests/wordpress/) from the command line, as its
 * installer would: the site, an Administrator and an Author, each with an application password
 * for the REST API, printed as JSON. Usage: php setup.php <wordpress dir> <site URL>.
 */
[, $dir, $url] = $argv;
$parts = parse_url( $url );
$_SERVER['HTTP_HOST'] = $parts['host'] . ':' . $parts['port'];
$_SERVER['REQUEST_URI'] = '/';
define( 'WP_INSTALLING', true );
require $dir . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';

$installed = wp_install( 'A newsroom', 'editor', 'editor@example.org', false, '', wp_generate_password( 24 ) );
update_option( 'siteurl', $url );
update_option( 'home', $url );
switch_theme( 'twentytwentythree' );

$author = wp_insert_user( array(
	'user_login' => 'reporter',
	'user_email' => 'reporter@example.org',
	'user_pass'  => wp_generate_password( 24 ),
	'role'       => 'author',
) );
if ( is_wp_error( $author ) ) {
	fwrite( STDERR, $author->get_error_message() . "\n" );
	exit( 1 );
}

$out = array( 'theme' => get_stylesheet(), 'version' => get_bloginfo( 'version' ) );
foreach ( array( 'administrator' => $installed['user_id'], 'author' => $author ) as $role => $id ) {
	[ $password ] = WP_Application_Passwords::create_new_application_password( $id, array( 'name' => 'test' ) );
	$out[ $role ] = array( 'user' => get_userdata( $id )->user_login, 'password' => $password );
}
echo wp_json_encode( $out );
