/* global window -- a plain script in the block editor, on WordPress's wp.* globals */
/*
 * The block in the editor: its settings in the sidebar, and a plain placeholder in the canvas
 * (the widget itself shows on the page). Plain script on WordPress's globals: no build step.
 */
(function (blocks, element, blockEditor, components, i18n) {
  const el = element.createElement;
  const __ = i18n.__;
  const widgets = [
    { value: 'kudos-wall', label: __('Kudos wall', 'chorus') },
    { value: 'poll', label: __('Poll', 'chorus') },
    { value: 'feedback-box', label: __('Feedback box', 'chorus') },
    { value: 'leaderboard', label: __('Leaderboard', 'chorus') },
    { value: 'share-card', label: __('Share card', 'chorus') },
    { value: 'share-feed', label: __('Share feed', 'chorus') },
    { value: 'post-composer', label: __('Post composer', 'chorus') },
  ];
  blocks.registerBlockType('chorus/widget', {
    edit: function (props) {
      const a = props.attributes;
      const set = (name) => (value) => props.setAttributes({ [name]: value });
      const fields = [
        el(components.SelectControl, { key: 'widget', label: __('Widget', 'chorus'), value: a.widget, options: widgets, onChange: set('widget') }),
        el(components.TextControl, {
          key: 'endpoint',
          label: __('Chorus API endpoint', 'chorus'),
          help: __('e.g. /api/chorus, or https://chorus.example.com/api/chorus', 'chorus'),
          value: a.endpoint,
          onChange: set('endpoint'),
        }),
      ];
      if (a.widget === 'poll')
        fields.push(el(components.TextControl, { key: 'poll', label: __('Poll id', 'chorus'), value: a.pollId, onChange: set('pollId') }));
      if (a.widget === 'share-card')
        fields.push(el(components.TextControl, { key: 'post', label: __('Post id', 'chorus'), value: a.postId, onChange: set('postId') }));
      if (['kudos-wall', 'feedback-box', 'leaderboard'].includes(a.widget))
        fields.push(el(components.TextControl, { key: 'heading', label: __('Heading', 'chorus'), value: a.heading, onChange: set('heading') }));
      fields.push(
        el(components.SelectControl, {
          key: 'theme',
          label: __('Theme', 'chorus'),
          value: a.theme,
          options: [
            { value: 'auto', label: __('Follow the site and the system', 'chorus') },
            { value: 'light', label: __('Light', 'chorus') },
            { value: 'dark', label: __('Dark', 'chorus') },
          ],
          onChange: set('theme'),
        }),
      );
      const name = (widgets.find((w) => w.value === a.widget) || widgets[0]).label;
      return el(
        'div',
        blockEditor.useBlockProps(),
        el(blockEditor.InspectorControls, null, el(components.PanelBody, { title: __('Chorus', 'chorus') }, fields)),
        el(components.Placeholder, {
          icon: 'groups',
          label: 'Chorus: ' + name,
          instructions: a.endpoint ? a.endpoint : __('Set the Chorus API endpoint in the block settings.', 'chorus'),
        }),
      );
    },
    // Rendered on the server (render.php).
    save: function () {
      return null;
    },
  });
})(window.wp.blocks, window.wp.element, window.wp.blockEditor, window.wp.components, window.wp.i18n);
