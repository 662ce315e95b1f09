/**
 * The plugin's blocks in the block editor: a sidebar with each block's main settings and a live
 * preview rendered by the server (the same HTML as on the page, upgraded by the widgets' loader).
 * No build step: plain JavaScript on WordPress's own globals.
 */
( function ( wp, definitions ) {
	if ( ! wp || ! wp.blocks || ! definitions ) {
		return;
	}
	var el = wp.element.createElement;
	var InspectorControls = wp.blockEditor.InspectorControls;
	var useBlockProps = wp.blockEditor.useBlockProps;
	var PanelBody = wp.components.PanelBody;
	var TextControl = wp.components.TextControl;
	var ServerSideRender = wp.serverSideRender;
	var __ = wp.i18n.__;

	definitions.forEach( function ( definition ) {
		var attributes = {};
		Object.keys( definition.fields ).forEach( function ( field ) {
			attributes[ field ] = { type: 'string', default: '' };
		} );
		wp.blocks.registerBlockType( definition.name, {
			apiVersion: 2,
			title: definition.title,
			icon: definition.icon,
			category: 'widgets',
			attributes: attributes,
			edit: function ( props ) {
				var fields = Object.keys( definition.fields ).map( function ( field ) {
					return el( TextControl, {
						key: field,
						label: definition.fields[ field ],
						value: props.attributes[ field ] || '',
						onChange: function ( value ) {
							var change = {};
							change[ field ] = value;
							props.setAttributes( change );
						},
					} );
				} );
				return el(
					'div',
					useBlockProps(),
					el( InspectorControls, null, el( PanelBody, { title: __( 'Settings', 'learning-circle-widgets' ) }, fields ) ),
					el( ServerSideRender, { block: definition.name, attributes: props.attributes } )
				);
			},
			save: function () {
				return null;
			},
		} );
	} );
} )( window.wp, window.learningCircleWidgetsBlocks );
